#!/usr/bin/env bash
# Takes docs/screenshots/main.png: the window right after Improve ran on the
# sample prompt with the claude engine, under Xvfb. The shipped binary is
# driven from outside, as a user would: xdotool presses Ctrl+I in the window,
# and the fake server's request log says when the answer went out. The local fake API server
# plays the tool model and answers with docs/screenshots/support-triage-improved.json,
# an improved prompt written the way a model answers the improve meta-prompt. Settings,
# cache and keys are kept in a temporary folder; nothing of the user's is read.
# PROMPTWERK_BUILD_DIR picks the build folder (default: build); PROMPTWERK_LANG
# a language for the window (e.g. ja, ru: docs/screenshots/main-ja.png).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${PROMPTWERK_BUILD_DIR:-build}
output=${1:-docs/screenshots/main.png}

scripts/install-deps.sh
if [[ ! -f "$build/build.ninja" ]]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" --target promptwerk promptwerk-fake-server

work=$(mktemp -d)
server=""
cleanup() {
    [[ -n "$server" ]] && kill "$server" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

"$build/tests/fakes/promptwerk-fake-server" --port 0 --slow 0 \
    --tool-answer docs/screenshots/support-triage-improved.json >"$work/server.out" 2>"$work/server.err" &
server=$!
for _ in $(seq 100); do
    grep -q '^listening on ' "$work/server.out" 2>/dev/null && break
    sleep 0.1
done
url=$(sed -n 's/^listening on //p' "$work/server.out")
[[ -n "$url" ]] || { echo "screenshot: the fake server did not start" >&2; exit 1; }

mkdir -p "$work/config/Promptwerk"
printf '[General]\nengine=claude\ntargetModel=claude-sonnet-5-5\n' >"$work/config/Promptwerk/Promptwerk.conf"

export XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" XDG_DATA_HOME="$work/data"
export ANTHROPIC_BASE_URL="$url" ANTHROPIC_API_KEY=test-key
export LC_ALL=C.UTF-8 QT_QPA_PLATFORMTHEME=
unset OPENAI_API_KEY OPENAI_BASE_URL

xvfb-run -a -s "-screen 0 1400x900x24" bash -c '
    set -euo pipefail
    app=$1 shot=$2 log=$3 lang=$4 requests=$5
    "$app" -qwindowgeometry 1400x900+0+0 ${lang:+--lang "$lang"} resources/samples/support-triage.promptwerk >"$log" 2>&1 &
    pid=$!
    window=$(timeout 30 xdotool search --sync --onlyvisible --name "Promptwerk" | head -1)
    [[ -n "$window" ]] || { cat "$log" >&2; exit 1; }
    sleep 1 # the first paint
    xdotool windowfocus --sync "$window"
    xdotool key --window "$window" ctrl+i
    for _ in $(seq 300); do
        grep -q "^POST /v1/messages" "$requests" && break
        sleep 0.1
    done
    grep -q "^POST /v1/messages" "$requests" || { echo "screenshot: Improve sent nothing" >&2; cat "$log" >&2; exit 1; }
    sleep 2 # the answer streams in, then the comparison paints
    import -window root "$shot"
    kill "$pid"
' _ "$build/app/promptwerk" "$work/main.png" "$work/app.log" "${PROMPTWERK_LANG:-}" "$work/server.err"

mkdir -p "$(dirname "$output")"
# An 8-bit palette keeps the PNG small enough to commit.
convert "$work/main.png" -colors 256 -strip PNG8:"$output"
echo "screenshot: $output ($(du -k "$output" | cut -f1) KB)"
