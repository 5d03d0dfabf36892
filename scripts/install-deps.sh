#!/usr/bin/env bash
# Installs the Debian 12 packages Deepcore builds, runs and tests with.
# Only what is missing is installed; re-running is cheap.
set -euo pipefail

build_pkgs=(
  cmake ninja-build g++ pkg-config python3
  libsdl2-dev libimgui-dev libstb-dev libassimp-dev libglm-dev
  python3-glad nlohmann-json3-dev libtomlplusplus-dev libspdlog-dev libcli11-dev
  libmeshoptimizer-dev libopenvdb-dev libboost-dev libboost-iostreams-dev libtbb-dev
  libssl-dev catch2 fonts-dejavu-core
)
test_pkgs=(xvfb xauth xdotool libgl1-mesa-dri clang)

want=("${build_pkgs[@]}")
if [ "${1:-}" = "--test" ]; then want+=("${test_pkgs[@]}"); fi

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi

echo "Installing: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
