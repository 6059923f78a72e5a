#!/usr/bin/env bash
# Installs what is missing, builds Hopfield Lab (incrementally, in the build tree the
# tests share) and opens it on its default demo.  Extra arguments go to the app, e.g.
# --demo letters-mixture.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh" app
"$root/scripts/configure.sh"
cmake --build "$root/build" --target hopfield-lab hopfield-lab-cli
exec "$root/build/app/gui/hopfield-lab" "$@"
