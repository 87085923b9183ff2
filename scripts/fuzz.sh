#!/usr/bin/env bash
# Builds the parser fuzzer with clang + libFuzzer + ASan/UBSan and runs it.
# Usage: scripts/fuzz.sh [seconds, default 600]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/packages.sh
scripts/ensure-packages.sh "${BUILD_PACKAGES[@]}" clang libclang-rt-14-dev
seconds=${1:-600}
cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DOCNUMBERS_BUILD_FUZZERS=ON -DOCNUMBERS_BUILD_TESTS=OFF -DOCNUMBERS_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build-fuzz --target fuzz_numberparser
corpus=build-fuzz/corpus
mkdir -p "$corpus"
cp tests/data/*.json "$corpus/"
exec build-fuzz/fuzz/fuzz_numberparser "$corpus" -max_total_time="$seconds" -max_len=65536 \
    -dict=fuzz/json.dict -print_final_stats=1
