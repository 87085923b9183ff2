#!/usr/bin/env bash
# Fails when a file under src/ includes a header of a layer it may not use (README, "Layout"):
#   core -> core · client -> core · sandbox -> core · cli -> client, core · gui -> client, sandbox, core
# Qt modules are kept apart by the targets themselves: core does not even see the Network headers.
set -euo pipefail
cd "$(dirname "$0")/../src"
declare -A allowed=(
    [core]="core"
    [client]="core client"
    [sandbox]="core sandbox"
    [cli]="core client cli"
    [gui]="core client sandbox gui"
)
bad=0
for layer in "${!allowed[@]}"; do
    while IFS=: read -r file line include; do
        target=$(sed -E 's/.*#include "([^"]+)".*/\1/' <<<"$include")
        [[ "$target" == */* ]] || continue # beside the including file
        top=${target%%/*}
        if [[ " ${allowed[$layer]} " != *" $top "* ]]; then
            echo "$file:$line: the $layer layer includes $target (a layer it may not use)" >&2
            bad=1
        fi
    done < <(grep -rn '#include "' "$layer" || true)
done
[ $bad -eq 0 ] && echo "Layers: every include points to the same layer or one below it."
exit $bad
