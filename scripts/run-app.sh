#!/usr/bin/env bash
# Installs what is missing, builds Hopfield Lab in Release (incrementally) and opens it
# on its default demo.  Extra arguments go to the app, e.g. --demo letters-mixture.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh" app
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DHOPFIELD_BUILD_TESTS=OFF >/dev/null
cmake --build "$root/build" --target hopfield-lab hopfield-lab-cli
exec "$root/build/app/gui/hopfield-lab" "$@"
