#!/usr/bin/env bash
# Fails when a log holds something that looks like a credential: a JWT (every Entra access or ID token),
# the sandbox's client secret, or a long opaque token (refresh tokens, authorization and device codes).
# Usage: scripts/check-logs-for-secrets.sh LOG...
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 LOG..." >&2; exit 2; }

patterns=(
    'eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.'   # a JWT: base64url '{"' header and payload
    'sandbox~secret'                                  # the sandbox app registration's secret
    '(^|[^A-Za-z0-9_~.-])[A-Za-z0-9_-]{60,}($|[^A-Za-z0-9_~.-])' # refresh tokens and codes
)
found=0
for pattern in "${patterns[@]}"; do
    if matches=$(grep -HnE -- "$pattern" "$@"); then
        found=1
        echo "Credential-like text in the logs (pattern: $pattern):" >&2
        # Show where, never the value itself.
        echo "$matches" | cut -d: -f1-2 | head -n 20 | sed 's/^/  at /' >&2
    fi
done
if [ $found -ne 0 ]; then
    echo "A token or secret reached log output. Find the line above and stop logging it." >&2
    exit 1
fi
echo "No token or secret in $(cat "$@" | wc -l) lines of test logs."
