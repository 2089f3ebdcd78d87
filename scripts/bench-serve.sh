#!/usr/bin/env bash
# Load test of `promptwerk-cli serve`: REQUESTS templatize requests (the
# documentation's example) on the local engine over CONNECTIONS keep-alive
# connections, sent by ab (Apache Bench: an exact number of requests, unlike
# wrk, which runs for a duration). Prints requests per second, p50/p99
# latency, failures and the server's peak memory, then the same for
# GET /healthz (the HTTP work alone) as the reference. RUNS repeats both.
#
#   scripts/bench-serve.sh [path/to/promptwerk-cli]     (REQUESTS=2000 CONNECTIONS=32 RUNS=3)
set -euo pipefail
cd "$(dirname "$0")/.."
cli=$(realpath "${1:-build/app/cli/promptwerk-cli}")
requests=${REQUESTS:-2000}
connections=${CONNECTIONS:-32}
runs=${RUNS:-3}
command -v ab >/dev/null || { echo "bench-serve: ab is missing (scripts/install-deps.sh installs apache2-utils)" >&2; exit 1; }

work=$(mktemp -d)
server_pid=
cleanup() {
    if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$cli" serve --engine local --listen "127.0.0.1:$port" --max-connections $((connections * 2)) 2>"$work/serve.log" &
server_pid=$!
for _ in $(seq 100); do
    curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
    sleep 0.1
done
printf '%s' '{"messages": [{"role": "user", "content": "Translate hello to German"}], "system": "You are an English to German translator"}' \
    >"$work/body.json"

report() { # name ab-output
    awk -v name="$1" '
        /^Complete requests:/ { done = $3 }
        /^Failed requests:/ { failed = $3 }
        /^Non-2xx responses:/ { non2xx = $3 }
        /^Requests per second:/ { rps = $4 }
        $1 == "50%" { p50 = $2 }
        $1 == "99%" { p99 = $2 }
        END { printf "%-11s %5d requests %9.0f req/s  p50 %3d ms  p99 %3d ms  failed %d, non-2xx %d\n",
                     name, done, rps, p50, p99, failed, non2xx }' "$2"
}

echo "bench-serve: $requests requests over $connections connections (ab -k), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq "$runs"); do
    ab -q -k -n "$requests" -c "$connections" -p "$work/body.json" -T application/json \
        -H "x-api-key: bench-key" -H "anthropic-version: 2023-06-01" -H "anthropic-beta: prompt-tools-2025-04-02" \
        "http://127.0.0.1:$port/v1/experimental/templatize_prompt" >"$work/templatize.txt"
    report templatize "$work/templatize.txt"
    ab -q -k -n "$requests" -c "$connections" "http://127.0.0.1:$port/healthz" >"$work/healthz.txt"
    report healthz "$work/healthz.txt"
done
peak=$(awk '/VmHWM/ {print $2}' "/proc/$server_pid/status")
ok=$(grep -c ' POST /v1/experimental/templatize_prompt 200 ' "$work/serve.log" || true)
other=$(grep -c ' POST /v1/experimental/templatize_prompt [^2]' "$work/serve.log" || true)
echo "server log: $ok templatize answers with 200, $other with another status; peak memory (VmHWM) $((peak / 1024)) MiB"
