#!/usr/bin/env bash
# Fails if a C++ file differs from .clang-format. With --fix, reformats them.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files --cached --others --exclude-standard -- '*.cpp' '*.h' | while read -r f; do [[ -f "$f" ]] && echo "$f"; done)
((${#files[@]})) || exit 0
if [[ "${1:-}" == --fix ]]; then
    clang-format -i "${files[@]}"
else
    clang-format --dry-run --Werror "${files[@]}"
fi
