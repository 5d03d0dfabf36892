#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test through
# ctest. Without a display the tests run under Xvfb (Mesa llvmpipe).
set -euo pipefail
cd "$(dirname "$0")"
./scripts/install-deps.sh --test
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DDEEPCORE_BUILD_TESTS=ON >/dev/null
cmake --build build
cd build
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1920x1080x24" ctest --output-on-failure "$@"
else
  exec ctest --output-on-failure "$@"
fi
