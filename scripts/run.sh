#!/usr/bin/env bash
# Installs what is missing, builds Promptwerk and launches the window.
# Arguments are passed to the app (e.g. a .promptwerk file to open).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --target promptwerk promptwerk-cli
exec build/app/promptwerk "$@"
