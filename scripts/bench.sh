#!/usr/bin/env bash
# Builds and runs the benchmarks (README's performance figures).
# Usage: scripts/bench.sh [--sizes 10000,100000]   parse, filter, sort, export, convert
#        scripts/bench.sh --load 100000             loading from ocnumbers-sandbox over loopback
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/packages.sh
scripts/ensure-packages.sh "${BUILD_PACKAGES[@]}" jq python3
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DOCNUMBERS_BUILD_TESTS=OFF >/dev/null
cmake --build build-release --target ocnumbers-bench ocnumbers-cli ocnumbers-sandbox
exec build-release/bench/ocnumbers-bench "$@"
