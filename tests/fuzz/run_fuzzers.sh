#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for a
# bounded time on its corpus in tests/fuzz/corpus/<target>. A crash, a leak or
# a sanitizer report fails the run and leaves the input in build-fuzz/artifacts.
#   tests/fuzz/run_fuzzers.sh [SECONDS_PER_TARGET]   (default 20)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-20}"
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DDEEPCORE_BUILD_TESTS=OFF -DDEEPCORE_FUZZ=ON >/dev/null
targets=(annotation motion tour config model model_cache)
cmake --build build-fuzz --target "${targets[@]/#/fuzz_}"
mkdir -p build-fuzz/artifacts
status=0
for t in "${targets[@]}"; do
  corpus="tests/fuzz/corpus/$t"
  work="build-fuzz/corpus-$t"
  mkdir -p "$work"
  extra=()
  # Assimp keeps process-wide caches; leaks there are not ours.
  if [ "$t" = model ]; then export ASAN_OPTIONS=detect_leaks=0; else export ASAN_OPTIONS=detect_leaks=1; fi
  echo "== fuzz_$t for ${seconds}s"
  if ! ./build-fuzz/tests/fuzz/fuzz_$t "$work" "$corpus" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
        -rss_limit_mb=2048 -artifact_prefix=build-fuzz/artifacts/$t- -print_final_stats=1 "${extra[@]}" \
        > "build-fuzz/fuzz_$t.log" 2>&1; then
    echo "FAIL fuzz_$t (see build-fuzz/fuzz_$t.log)"
    tail -30 "build-fuzz/fuzz_$t.log"
    status=1
  else
    grep -E "stat::number_of_executed_units|cov:" "build-fuzz/fuzz_$t.log" | tail -2
  fi
done
exit $status
