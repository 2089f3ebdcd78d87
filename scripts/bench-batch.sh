#!/usr/bin/env bash
# End to end: CASES test cases through `promptwerk-cli eval --batch` against
# the fake server's Message Batches API (split at 100,000 requests per batch,
# results read as a stream of JSON lines, graded with one assertion each).
# Prints the CLI's wall time, CPU time and peak memory (maximum resident set
# size), the batches created and the cells that passed. RUNS repeats it.
#
#   scripts/bench-batch.sh [build-dir]     (CASES=100000 RUNS=1 PROCESSING_MS=2000 OUTPUT=csv)
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:-build}")
cli=$build/app/cli/promptwerk-cli
fake=$build/tests/fakes/promptwerk-fake-server
cases=${CASES:-100000}
runs=${RUNS:-1}
processing=${PROCESSING_MS:-2000}
output=${OUTPUT:-csv}
for binary in "$cli" "$fake"; do
    [[ -x "$binary" ]] || { echo "bench-batch: $binary is missing (cmake --build $build)" >&2; exit 1; }
done

work=$(mktemp -d)
fake_pid=
cleanup() {
    if [[ -n "$fake_pid" ]]; then kill "$fake_pid" 2>/dev/null || true; wait "$fake_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

# Two variables and a contains assertion per case, like the peers' measurements.
python3 - "$work/cases.csv" "$cases" <<'PY'
import csv, sys
with open(sys.argv[1], "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["CITY", "WORD", "__expected"])
    for i in range(1, int(sys.argv[2]) + 1):
        w.writerow([f"city{i}", f"word{i}", f"contains:word{i}"])
PY
printf 'Say {{WORD}} about {{CITY}}' >"$work/prompt.txt"

"$fake" --quiet --batch-processing "$processing" >"$work/fake.out" 2>"$work/fake.log" &
fake_pid=$!
for _ in $(seq 100); do
    grep -q listening "$work/fake.out" 2>/dev/null && break
    sleep 0.1
done
base=$(sed -n 's/^listening on //p' "$work/fake.out")

echo "bench-batch: $cases cases, one batch API run each, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq "$runs"); do
    rm -f "$work/results.$output" "$work/results.$output.batch.json"
    status=0
    ANTHROPIC_BASE_URL=$base ANTHROPIC_API_KEY=test-key HOME=$work XDG_CONFIG_HOME=$work/config \
        /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" \
        "$cli" eval "$work/prompt.txt" --cases "$work/cases.csv" --batch --poll-interval 0.5 \
        --target-model claude-sonnet-5-5 -o "$work/results.$output" >"$work/cli.out" 2>"$work/cli.err" || status=$?
    read -r wall user system peak <"$work/time.txt"
    batches=$(grep -c ' created; its id is in ' "$work/cli.err" || true)
    passed=$(sed -n 's/^  \([0-9]*\) passed.*/\1/p' "$work/cli.out")
    printf 'run %d: exit %d, %s s wall, %.1f s CPU, peak %d MiB, %d batches, %s of %d passed\n' \
        "$run" "$status" "$wall" "$(echo "$user + $system" | bc)" $((peak / 1024)) "$batches" "${passed:-0}" "$cases"
done
