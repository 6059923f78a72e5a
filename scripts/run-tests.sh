#!/usr/bin/env bash
# Installs what is missing, builds everything (in the build tree the app shares) and runs
# every test with CTest.  Incremental: a second run rebuilds only what changed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh" test
"$root/scripts/configure.sh"
cmake --build "$root/build"
ctest --test-dir "$root/build" --output-on-failure --timeout 600 -j "$(nproc)"
