#!/usr/bin/env bash
# Installs what is missing, builds Release and starts the viewer.
# Extra arguments go to deepcore, e.g. ./run.sh --view left --peel 4
set -euo pipefail
cd "$(dirname "$0")"
./scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DDEEPCORE_BUILD_TESTS=OFF >/dev/null
cmake --build build --target deepcore model
exec ./build/deepcore "$@"
