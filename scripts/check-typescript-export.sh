#!/usr/bin/env bash
# Type-checks Promptwerk's TypeScript export against the real @anthropic-ai/sdk
# with tsc (strict). Run by scripts/test.sh after the normal build; the first run needs the npm
# registry (about 10 s, 62 MB in node_modules); later runs reuse
# build/typescript-export-check and the npm cache in build/npm-cache.
#
#   scripts/check-typescript-export.sh [path/to/promptwerk-cli]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
cli=$(realpath "${1:-build/app/cli/promptwerk-cli}")
work=build/typescript-export-check
mkdir -p "$work"
cd "$work"

# Pinned, so that a run is repeatable and the cache is reused.
cat > package.json <<'JSON'
{"name": "promptwerk-typescript-export-check", "private": true,
 "devDependencies": {"typescript": "7.0.2", "@anthropic-ai/sdk": "1.12.0"}}
JSON
cat > tsconfig.json <<'JSON'
{"compilerOptions": {"strict": true, "noEmit": true, "target": "ES2020", "module": "NodeNext",
  "moduleResolution": "NodeNext", "types": []},
 "include": ["exports/*.ts"]}
JSON
if [[ ! -x node_modules/.bin/tsc ]]; then
    npm install --no-audit --no-fund --cache "$root/build/npm-cache" >/dev/null
fi

# Prompts that need escaping, with and without a system prompt and variables.
mkdir -p prompts exports
printf '%s\n' '## System' '' 'Quote " backtick ` backslash \ dollar ${x} $& {{{TRIPLE}}} {%x%}' \
    '' '## User' '' 'Translate {{WORD}} to {{TARGET_LANGUAGE}} ✓ 😀' '' '## Assistant' '' 'Sure:' > prompts/tricky.md
printf 'No variables at all.\n' > prompts/plain.txt
for prompt in prompts/*; do
    name=$(basename "${prompt%.*}")
    "$cli" export "$prompt" --format typescript -o "exports/$name.ts"
done
node_modules/.bin/tsc -p tsconfig.json
echo "check-typescript-export: $(ls exports | wc -l) exports type-check against @anthropic-ai/sdk"
