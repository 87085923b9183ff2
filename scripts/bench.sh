#!/usr/bin/env bash
# Builds and runs the benchmarks (README's performance figures).
# Usage: scripts/bench.sh [--sizes 10000,100000]   parse, filter, sort, export, convert (few and many ids)
#        scripts/bench.sh --load 1000000 [--ids many]
#                                                   loading from ocnumbers-sandbox --cache over loopback:
#                                                   bare transfer (curl), ocnumbers-cli fetch and its peak RSS
#        scripts/bench.sh --window [100000] [--ids many] [--type TEXT]
#                                                   the window: GUI-thread stalls while loading, keystrokes
#                                                   (on a 1366x768 virtual display)
#        scripts/bench.sh --compare [100000]        comparing two loads: ocnumbers-cli diff against convert of
#                                                   one of them, and the changes window (time to the table,
#                                                   GUI-thread stalls)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/packages.sh
scripts/ensure-packages.sh "${BUILD_PACKAGES[@]}" jq python3 curl
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DOCNUMBERS_BUILD_TESTS=OFF >/dev/null
if [ "${1:-}" = --window ]; then
    scripts/ensure-packages.sh xvfb xauth
    cmake --build build-release --target ocnumbers-bench-window ocnumbers-sandbox
    exec xvfb-run -a -s "-screen 0 1366x768x24" build-release/bench/ocnumbers-bench-window --numbers "${2:-100000}" "${@:3}"
fi
if [ "${1:-}" = --compare ]; then
    scripts/ensure-packages.sh xvfb xauth
    count="${2:-100000}"
    cmake --build build-release --target ocnumbers-bench-compare ocnumbers-cli
    dir="$(mktemp -d)"
    QT_QPA_PLATFORM=offscreen build-release/bench/ocnumbers-bench-compare --numbers "$count" --write "$dir"
    cli=build-release/app/ocnumbers-cli
    # The best wall time of three runs, in ms; diff exits with 1 when it finds differences.
    best_ms() {
        local best=0 start end status
        for _ in 1 2 3; do
            start=$(date +%s%N)
            status=0
            "$@" >/dev/null 2>&1 || status=$?
            end=$(date +%s%N)
            if [ "$status" -gt 1 ]; then
                echo "failed ($status): $*" >&2
                exit 1
            fi
            if [ "$best" -eq 0 ] || [ $(((end - start) / 1000000)) -lt "$best" ]; then
                best=$(((end - start) / 1000000))
            fi
        done
        echo "$best"
    }
    convert_ms=$(best_ms "$cli" convert "$dir/old.json" --out "$dir/old.csv")
    diff_ms=$(best_ms "$cli" diff "$dir/old.json" "$dir/new.json" --out "$dir/changes.csv")
    echo "# ocnumbers-cli diff against convert ($count numbers, best of 3)"
    echo
    echo "| command | time |"
    echo "|---|---:|"
    echo "| convert old.json to CSV | $convert_ms ms |"
    echo "| diff old.json new.json to CSV | $diff_ms ms |"
    awk -v d="$diff_ms" -v c="$convert_ms" 'BEGIN { printf "\ndiff / convert: %.2fx (goal: 2.5x or less)\n\n", d / (c > 0 ? c : 1) }'
    rm -rf "$dir"
    exec xvfb-run -a -s "-screen 0 1366x768x24" build-release/bench/ocnumbers-bench-compare --numbers "$count"
fi
cmake --build build-release --target ocnumbers-bench ocnumbers-cli ocnumbers-sandbox
exec build-release/bench/ocnumbers-bench "$@"
