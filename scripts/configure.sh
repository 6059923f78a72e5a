#!/usr/bin/env bash
# The one build tree both README commands share (build/, Release, warnings as errors,
# tests included): whichever runs second reuses what the first compiled.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DHOPFIELD_WERROR=ON \
      >/dev/null
