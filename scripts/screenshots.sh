#!/usr/bin/env bash
# Takes the README's screenshots at 1366x768 on a virtual display: the main window on the demo in the light
# and dark palettes, the detail pane and the SBC routing dialog.
# Usage: scripts/screenshots.sh [output folder, default resources/screenshots]
# LANGUAGE_CODES="de fr es" scripts/screenshots.sh … also takes them in those languages (main-window-de.png,
# detail-pane-de.png, sbc-routing-de.png, …).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/packages.sh
scripts/ensure-packages.sh "${BUILD_PACKAGES[@]}" xvfb xauth
out=${1:-resources/screenshots}
mkdir -p "$out"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --target ocnumbers-screenshots
for scheme in "" --dark; do
    xvfb-run -a -s "-screen 0 1366x768x24" build/bench/ocnumbers-screenshots --out "$out" $scheme
done
for code in ${LANGUAGE_CODES:-}; do
    xvfb-run -a -s "-screen 0 1366x768x24" build/bench/ocnumbers-screenshots --out "$out" --language "$code"
done
