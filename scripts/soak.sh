#!/usr/bin/env bash
# Runs every network, sign-in and window test 5 times in a row, 4 at once, while a busy loop keeps every
# core occupied: a test that fails once in twenty runs fails here. Uses the build of ./test.sh (build/).
# Usage: scripts/soak.sh [REPEATS]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
repeats="${1:-5}"
[ -d build ] || { echo "build/ is missing: run ./test.sh first" >&2; exit 2; }
cmake --build build >/dev/null

tests='tst_sandbox|tst_numbersload|tst_devicecodetokensource|tst_browsertokensource|tst_browserchromium'
tests+='|tst_signinsession|tst_fetchcommand|tst_profilecommand|tst_mainwindow|tst_profiledialog'
tests+='|tst_translatedwindow|tst_windowlogs|tst_filterbar|tst_detailpane|tst_sbcroutingdialog|tst_numbersloadcontroller'
tests+='|tst_dailyuse|tst_findnumber|tst_parsewarnings|tst_activitylog|tst_activitydialog|tst_secretprompt'

# The busy loops end with this script, however it ends.
busy=()
trap 'kill "${busy[@]}" 2>/dev/null || true' EXIT
for _ in $(seq "$(nproc)"); do
    (while :; do :; done) &
    busy+=($!)
done

echo "Soaking ($repeats runs each, 4 at once, $(nproc) busy loops): $tests"
ctest --test-dir build -R "$tests" -j4 --repeat "until-fail:$repeats" --output-on-failure
scripts/check-logs-for-secrets.sh build/Testing/Temporary/LastTest.log
