#!/usr/bin/env bash
# Builds Deepcore with AddressSanitizer + UndefinedBehaviorSanitizer and runs
# the whole test suite on it (under Xvfb when there is no display). The model
# is taken from the release build (./test.sh makes it), so the slow
# instrumented generator does not run. Unit tests also check for leaks; the
# tests that open a GL context do not, because Mesa and SDL keep
# process-lifetime allocations that are not ours.
set -euo pipefail
cd "$(dirname "$0")/.."
model="$PWD/build/lower_torso.glb"
if [ ! -f "$model" ]; then
  echo "sanitize.sh: run ./test.sh first (it builds $model)" >&2
  exit 1
fi
# -O1 -g: what the sanitizers recommend (readable reports, quick to build); asserts stay on.
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" \
  -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -g" -DDEEPCORE_SANITIZE=ON \
  -DDEEPCORE_BUILD_TESTS=ON -DDEEPCORE_PREBUILT_MODEL="$model" >/dev/null
cmake --build build-asan
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
cd build-asan
ASAN_OPTIONS=detect_leaks=1 ./tests/unit_tests --reporter compact
export ASAN_OPTIONS=detect_leaks=0
# The kiosk soak still runs (GL errors, crashes, sanitizer reports), but
# ASan's allocator keeps freed memory resident, so its flat-memory bound is
# checked in the release run of ./test.sh, not here.
export DC_SOAK_RSS_LIMIT_MB=100
export DC_SOAK_HOURS=0.25
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1920x1080x24" ctest --output-on-failure -E '^unit$'
else
  exec ctest --output-on-failure -E '^unit$'
fi
