#!/usr/bin/env bash
# clang-tidy 14 over src/ and app/ with the project's .clang-tidy (modelled on qBittorrent's; warnings are
# errors, the baseline is clean). Uses build/ (./test.sh makes it); takes a few minutes on two cores.
# Usage: scripts/lint.sh [FILE-REGEX]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/packages.sh
scripts/ensure-packages.sh "${BUILD_PACKAGES[@]}" clang-tidy
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
cmake --build build # the generated headers (moc, uic) the sources include
regex="${1:-$PWD/(src|app)/.*\.cpp$}"
run-clang-tidy-14 -p build -j "$(nproc)" -quiet "$regex"
echo "clang-tidy: no findings."
