#!/usr/bin/env bash
# Installs what is missing, builds everything (Release, warnings as errors) and runs
# every test with CTest.  Incremental: a second run rebuilds only what changed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh" test
cmake -S "$root" -B "$root/build-tests" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DHOPFIELD_WERROR=ON >/dev/null
cmake --build "$root/build-tests"
ctest --test-dir "$root/build-tests" --output-on-failure --timeout 600 -j "$(nproc)"
