#!/usr/bin/env bash
# The optimization chart for the README: docs/screenshots/optimize-suite.promptwerk
# (24 support tickets with assertions) optimized in the shipped binary under
# Xvfb, as a user would: xdotool presses Ctrl+5, Ctrl+Shift+O and Ctrl+Return
# (4 rounds of 3 candidates, 30 % held out, seed 1). The local fake server plays
# both models from docs/screenshots/optimize-demo.json: the tool model writes
# the candidates listed there, and the target model answers each ticket
# correctly except where the prompt lacks the rule that prevents a listed
# mistake, so the candidates are scored by the same queue, graders and
# held-out check as with a real model. Settings and keys stay in a temporary folder.
#
#   scripts/screenshot-optimize.sh [OUT.png] [LANG]     (e.g. ja; default: the system's)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${PROMPTWERK_BUILD_DIR:-build}
out=$(realpath -m "${1:-docs/screenshots/optimize.png}")
lang=${2:-}
cmake --build "$build" --target promptwerk promptwerk-fake-server >/dev/null

work=$(mktemp -d)
server=""
cleanup() {
    [[ -n "$server" ]] && kill "$server" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

"$build/tests/fakes/promptwerk-fake-server" --port 0 --optimize-demo docs/screenshots/optimize-demo.json \
    >"$work/server.out" 2>"$work/requests.log" &
server=$!
for _ in $(seq 100); do
    grep -q '^listening on ' "$work/server.out" 2>/dev/null && break
    sleep 0.1
done
url=$(sed -n 's/^listening on //p' "$work/server.out")
[[ -n "$url" ]] || { echo "screenshot: the fake server did not start" >&2; exit 1; }

mkdir -p "$work/config/Promptwerk"
printf '[General]\nengine=claude\ntargetModel=claude-sonnet-5-5\n\n[optimize]\nrounds=4\ncandidates=3\nholdout=0.3\nseed=1\nbudgetTokens=0\n' \
    >"$work/config/Promptwerk/Promptwerk.conf"
export XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" XDG_DATA_HOME="$work/data"
export ANTHROPIC_BASE_URL="$url" ANTHROPIC_API_KEY=test-key
export LC_ALL=C.UTF-8 QT_QPA_PLATFORMTHEME=
unset OPENAI_API_KEY OPENAI_BASE_URL
cp docs/screenshots/optimize-suite.promptwerk "$work/support-triage-suite.promptwerk"

xvfb-run -a -s "-screen 0 1600x1000x24" bash -c '
    set -euo pipefail
    app=$1 shot=$2 doc=$3 lang=$4 log=$5 requests=$6
    "$app" -qwindowgeometry 1600x1000+0+0 ${lang:+--lang "$lang"} "$doc" >"$log" 2>&1 &
    pid=$!
    window=$(timeout 30 xdotool search --sync --onlyvisible --name "Promptwerk" | head -1)
    [[ -n "$window" ]] || { cat "$log" >&2; exit 1; }
    sleep 1
    xdotool windowfocus --sync "$window"
    xdotool key --window "$window" ctrl+5
    sleep 0.5
    xdotool key --window "$window" ctrl+shift+o
    dialog=$(timeout 30 xdotool search --sync --onlyvisible --name "Optimize the Prompt" | head -1)
    [[ -n "$dialog" ]] || { cat "$log" >&2; exit 1; }
    sleep 0.5
    xdotool windowfocus --sync "$dialog"
    xdotool key ctrl+Return
    # Done when the server has heard nothing new for three seconds.
    last=-1
    for _ in $(seq 120); do
        sleep 3
        now=$(grep -c "^POST /v1/messages$" "$requests" || true)
        [[ "$now" -gt 0 ]] || continue
        [[ "$now" == "$last" && "$now" -gt 0 ]] && break
        last=$now
    done
    sleep 1
    import -window root "$shot"
    kill "$pid"
' _ "$(realpath "$build/app/promptwerk")" "$work/full.png" "$work/support-triage-suite.promptwerk" "$lang" "$work/app.log" \
    "$work/requests.log"
cp "$work/full.png" "$out"
echo "$out"
