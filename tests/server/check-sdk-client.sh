#!/usr/bin/env bash
# Runs tests/server/sdk-client.mjs: the official @anthropic-ai/sdk from npm as
# a client of `promptwerk-cli serve`. The first run installs the SDK (pinned)
# into WORKDIR with the npm cache beside it; later runs reuse both. Exits 77
# (CTest: skipped) when the npm registry cannot be reached.
#
#   check-sdk-client.sh PROMPTWERK_CLI PROMPTWERK_FAKE_SERVER WORKDIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cli=$(realpath "$1")
fake=$(realpath "$2")
work=$3
mkdir -p "$work"
cd "$work"

cat > package.json <<'JSON'
{"name": "promptwerk-sdk-client-check", "private": true, "type": "module",
 "dependencies": {"@anthropic-ai/sdk": "1.17.0"}}
JSON
if [[ ! -f node_modules/@anthropic-ai/sdk/package.json ]]; then
    if ! npm install --no-audit --no-fund --cache "$work/npm-cache" >npm-install.log 2>&1; then
        echo "check-sdk-client: cannot install @anthropic-ai/sdk from the npm registry (see $work/npm-install.log)"
        exit 77
    fi
fi
cp "$here/sdk-client.mjs" .
node sdk-client.mjs "$cli" "$fake"
