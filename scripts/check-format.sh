#!/usr/bin/env bash
# Fails when a C++ file is not formatted as .clang-format says (clang-format 14). Fix with:
#   clang-format -i $(git ls-files '*.cpp' '*.h')
set -euo pipefail
cd "$(dirname "$0")/.."
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    mapfile -t files < <(git ls-files '*.cpp' '*.h')
else
    mapfile -t files < <(find app src tests bench fuzz -name '*.cpp' -o -name '*.h')
fi
clang-format --dry-run -Werror "${files[@]}"
echo "Formatting: ${#files[@]} C++ files as .clang-format says."
