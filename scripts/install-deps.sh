#!/usr/bin/env bash
# Installs the Debian 12 packages Hopfield Lab needs, only those missing, so a second
# run does nothing.  Usage: scripts/install-deps.sh [app|test]
#   app:  what building and running the app needs
#   test: that plus the tools of the test suite (Xvfb, clang with libFuzzer, NumPy peer)
set -euo pipefail

packages=(build-essential cmake ninja-build pkg-config
          qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-image-formats-plugins libgl-dev
          libeigen3-dev libboost-dev libcli11-dev nlohmann-json3-dev zlib1g-dev ccache)
if [[ "${1:-app}" == test ]]; then
    packages+=(xvfb xauth clang libclang-rt-14-dev clang-format python3 python3-numpy
               libopenblas0-pthread parallel)
fi

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' ||
        missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing: ${missing[*]}"
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
