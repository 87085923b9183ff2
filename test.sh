#!/usr/bin/env bash
# Builds OC Numbers and runs the whole test suite.
# Usage: ./test.sh              regular build (build/)
#        ./test.sh --sanitize   AddressSanitizer + UndefinedBehaviorSanitizer build (build-sanitize/)
set -euo pipefail
cd "$(dirname "$0")"
source scripts/packages.sh

builddir=build
cmake_args=(-DCMAKE_BUILD_TYPE=RelWithDebInfo)
case "${1:-}" in
    "") ;;
    --sanitize)
        builddir=build-sanitize
        cmake_args+=(-DOCNUMBERS_SANITIZE=ON)
        export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
        export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
        ;;
    *) echo "usage: $0 [--sanitize]" >&2; exit 2 ;;
esac

scripts/ensure-packages.sh "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
# Unformatted code fails the run before anything is built.
scripts/check-format.sh
cmake -S . -B "$builddir" -G Ninja "${cmake_args[@]}" >/dev/null
cmake --build "$builddir"
ctest --test-dir "$builddir" --output-on-failure -j "$(nproc)"
# Every test's output, passing or not, is in LastTest.log: no token or secret may appear in it.
scripts/check-logs-for-secrets.sh "$builddir/Testing/Temporary/LastTest.log"
