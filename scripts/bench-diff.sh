#!/usr/bin/env bash
# Benchmarks the word diff on a Release build and prints a small table:
#   - promptwerk-cli diff --json against git diff --no-index --word-diff=porcelain
#     on two generated 1 MiB prompts (2 % of the words changed), whole processes
#     run in turns (scripts/interleaved-timing.py);
#   - the same on two 10 MiB prompts: must finish under 2 s in under 300 MiB;
#   - the diff view on the 1 MiB pair: first paint, result shown, and how long
#     the GUI thread is kept from its event loop: the longest gap between two
#     ticks of a 2 ms timer (wall clock, includes the machine's load) and the
#     most CPU the GUI thread used between two ticks (its own work; must stay
#     under 50 ms).
# Exits 1 when a hard limit is missed. PROMPTWERK_BENCH_BUILD picks the build
# directory (default build-bench).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

build=${PROMPTWERK_BENCH_BUILD:-build-bench}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target promptwerk-cli bench_diff -j "$(nproc)" >/dev/null
cli=$PWD/$build/app/cli/promptwerk-cli
bench=$PWD/$build/tests/benchmarks/bench_diff

data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
"$bench" generate "$data" 1 10 >/dev/null
a1=$data/before-1m.txt b1=$data/after-1m.txt a10=$data/before-10m.txt b10=$data/after-10m.txt
export QT_QPA_PLATFORM=offscreen

# Whole processes, taking turns so that the machine's load falls on both alike:
# median wall time with its quartiles, and median CPU time (user + system).
{
    read -r cli_ms cli_q1 cli_q3 cli_cpu
    read -r git_ms git_q1 git_q3 git_cpu
} < <(scripts/interleaved-timing.py 40 -- "$cli" diff --json "$a1" "$b1" \
    -- git diff --no-index --word-diff=porcelain "$a1" "$b1")

# 10 MiB: wall time and peak memory of one run.
# Both exit 1 because the files differ.
/usr/bin/time --quiet -f '%e %M' -o "$data/t10" "$cli" diff --json "$a10" "$b10" >/dev/null || [ $? -eq 1 ]
read -r big_s big_kb <"$data/t10"
/usr/bin/time --quiet -f '%e %M' -o "$data/g10" git diff --no-index --word-diff=porcelain "$a10" "$b10" >/dev/null || [ $? -eq 1 ]
read -r gbig_s gbig_kb <"$data/g10"

core1=$("$bench" core "$a1" "$b1" 5)
view=$("$bench" view "$a1" "$b1" 2>/dev/null)
num() { sed -E "s/.*$1 ([0-9.]+) ms.*/\\1/" <<<"$2"; }

verdict() { python3 -c "print('ok' if $1 else 'MISSED')"; }
faster=$(python3 -c "print('yes' if $cli_ms <= $git_ms else 'no')")
stall=$(num 'GUI stall' "$view")
busy=$(num 'GUI busy \(CPU\)' "$view")
time_ok=$(verdict "$big_s < 2")
memory_ok=$(verdict "$big_kb < 300 * 1024")
busy_ok=$(verdict "$busy <= 50")
status=0
[[ $time_ok == ok && $memory_ok == ok && $busy_ok == ok ]] || status=1

printf '\n%-46s %14s %14s  %s\n' "measurement" "promptwerk" "git" "target"
printf '%-46s %14s %14s  %s\n' "1 MiB pair, whole process, wall (median)" "$cli_ms ms" "$git_ms ms" \
    "as fast as git: $faster"
printf '%-46s %14s %14s\n' "1 MiB pair, wall, quartiles" "$cli_q1-$cli_q3 ms" "$git_q1-$git_q3 ms"
printf '%-46s %14s %14s\n' "1 MiB pair, CPU user + system (median)" "$cli_cpu ms" "$git_cpu ms"
printf '%-46s %14s %14s  %s\n' "10 MiB pair, wall time" "$big_s s" "$gbig_s s" "< 2 s: $time_ok"
printf '%-46s %14s %14s  %s\n' "10 MiB pair, peak memory" "$((big_kb / 1024)) MiB" "$((gbig_kb / 1024)) MiB" \
    "< 300 MiB: $memory_ok"
printf '%-46s %14s\n' "1 MiB diff in process (median)" "$(sed -E 's/.*median ([0-9.]+) ms.*/\1/' <<<"$core1") ms"
printf '%-46s %14s\n' "view, 1 MiB: first paint" "$(num 'first paint' "$view") ms"
printf '%-46s %14s\n' "view, 1 MiB: result shown" "$(num 'result shown' "$view") ms"
printf '%-46s %14s %14s  %s\n' "view, 1 MiB: GUI thread busy, CPU (comparing)" "$busy ms" "" "<= 50 ms: $busy_ok"
printf '%-46s %14s\n' "view, 1 MiB: GUI thread busy, CPU (navigating)" "$(sed -E 's/.*CPU\) [0-9.]+ ms while comparing, ([0-9.]+) ms while navigating.*/\1/' <<<"$view") ms"
printf '%-46s %14s\n' "view, 1 MiB: GUI thread busy, CPU (again)" "$(sed -E 's/.*CPU\).*navigating, ([0-9.]+) ms comparing again.*/\1/' <<<"$view") ms"
printf '%-46s %14s\n' "view, 1 MiB: longest timer gap, wall (comparing)" "$stall ms"
printf '\n%s\n%s\n' "$core1" "$view"
exit $status
