#!/usr/bin/env bash
# Builds and runs the benchmarks (README's performance figures).
# Usage: scripts/bench.sh [--sizes 10000,100000]   parse, filter, sort, export, convert (few and many ids)
#        scripts/bench.sh --load 1000000 [--ids many]
#                                                   loading from ocnumbers-sandbox --cache over loopback:
#                                                   bare transfer (curl), ocnumbers-cli fetch and its peak RSS
#        scripts/bench.sh --window [100000]         the window: GUI-thread stalls while loading, keystrokes
#                                                   (on a 1366x768 virtual display)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/packages.sh
scripts/ensure-packages.sh "${BUILD_PACKAGES[@]}" jq python3 curl
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DOCNUMBERS_BUILD_TESTS=OFF >/dev/null
if [ "${1:-}" = --window ]; then
    scripts/ensure-packages.sh xvfb xauth
    cmake --build build-release --target ocnumbers-bench-window ocnumbers-sandbox
    exec xvfb-run -a -s "-screen 0 1366x768x24" build-release/bench/ocnumbers-bench-window --numbers "${2:-100000}"
fi
cmake --build build-release --target ocnumbers-bench ocnumbers-cli ocnumbers-sandbox
exec build-release/bench/ocnumbers-bench "$@"
