#!/usr/bin/env bash
# The Evaluate view for the README: docs/screenshots/evaluate-suite.promptwerk
# (22 support tickets, two prompt versions with their outputs, some failures
# and a few grades of a person) opened in the shipped binary under Xvfb;
# xdotool presses Ctrl+5 and selects a failing cell.
#
#   scripts/screenshot-evaluate.sh [OUT.png] [LANG]     (e.g. ja; default: the system's)
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-docs/screenshots/evaluate.png}")
lang=${2:-}
app=$(realpath build/app/promptwerk)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/config/Promptwerk"
printf '[General]\nengine=claude\ntargetModel=claude-sonnet-5-5\n' >"$work/config/Promptwerk/Promptwerk.conf"
export XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" XDG_DATA_HOME="$work/data"
# Nothing is sent: the outputs are in the document; a closed port keeps it so.
export ANTHROPIC_BASE_URL=http://127.0.0.1:9 ANTHROPIC_API_KEY=test-key
export LC_ALL=C.UTF-8 QT_QPA_PLATFORMTHEME=
cp docs/screenshots/evaluate-suite.promptwerk "$work/support-triage-suite.promptwerk"
xvfb-run -a -s "-screen 0 1600x1000x24" bash -c '
    set -euo pipefail
    app=$1 shot=$2 doc=$3 lang=$4 log=$5
    "$app" -qwindowgeometry 1600x1000+0+0 ${lang:+--lang "$lang"} "$doc" >"$log" 2>&1 &
    pid=$!
    window=$(timeout 30 xdotool search --sync --onlyvisible --name "Promptwerk" | head -1)
    sleep 1
    xdotool windowfocus --sync "$window"
    xdotool key --window "$window" ctrl+5
    sleep 0.5
    xdotool mousemove --window "$window" 330 665 click 1
    sleep 1
    import -window root "$shot"
    kill "$pid"
' _ "$app" "$work/full.png" "$work/support-triage-suite.promptwerk" "$lang" "$work/app.log"
cp "$work/full.png" "$out"
echo "$out"
