#!/usr/bin/env bash
# Builds OC Numbers and opens its window. Usage: ./run.sh [application options, e.g. --demo-numbers 500000]
# Without options and without a configured Live Platform connection, the window opens on the built-in demo.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/packages.sh
scripts/ensure-packages.sh "${BUILD_PACKAGES[@]}"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build build --target ocnumbers ocnumbers-cli
    cat >&2 <<'TXT'

Built, but there is no graphical display here (DISPLAY and WAYLAND_DISPLAY are not set), so the window
cannot open.
  - On a desktop, run ./run.sh from a terminal inside the desktop session.
  - Over SSH, forward X11 (ssh -X), or use a virtual display:  apt-get install xvfb && xvfb-run -a ./run.sh
  - Without any display, the command-line tool works on saved responses:
      build/app/ocnumbers-cli convert response.json --out numbers.csv
TXT
    exit 1
fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --target ocnumbers ocnumbers-cli
if [ $# -eq 0 ] && [ -z "$(build/app/ocnumbers-cli profile list 2>/dev/null)" ]; then
    set -- --demo
fi
exec build/app/ocnumbers "$@"
