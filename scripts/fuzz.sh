#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang, ASan and UBSan in
# build-fuzz/, and runs each for SECONDS (default 20) at the lowest priority,
# one after another: scripts/fuzz.sh 3600 runs an hour each; naming targets
# (scripts/fuzz.sh 600 sse diff) runs only those.
# Each target starts from its seeds in tests/fuzz/corpus/NAME and keeps what it
# grows in fuzz-corpus/NAME (not in git), so later runs go on from there. A
# crash, a sanitizer report or a broken property stops the script with exit 1;
# the input that caused it is saved in fuzz-corpus/findings/.
# FUZZ_RUNS=N makes a run repeatable instead (the short one in scripts/test.sh):
# each target tries N inputs with a fixed seed, starting from the seeds in git
# alone (its grown corpus is kept aside), so every machine tries as many
# inputs, however fast it is. Which inputs still varies a little from run to
# run (some coverage depends on addresses; README, Fuzzing).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-20}
shift || true

cmake_args=(-S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPROMPTWERK_FUZZ=ON)
if command -v ccache >/dev/null 2>&1; then
    cmake_args+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
CC=clang-14 CXX=clang++-14 cmake "${cmake_args[@]}" >/dev/null
cmake --build build-fuzz -j "$(nproc)" --target promptwerk_fuzzers

targets=("$@")
if ((${#targets[@]} == 0)); then
    for seeds in tests/fuzz/corpus/*/; do
        targets+=("$(basename "$seeds")")
    done
fi

mkdir -p fuzz-corpus/findings
export ASAN_OPTIONS=abort_on_error=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
if [[ -n "${FUZZ_RUNS:-}" ]]; then
    # Qt seeds its hashes at random in every process, and a QHash's order
    # steers what the fuzzer sees: a fixed seed keeps the repeatable run
    # repeatable (two runs here give the same coverage, input for input).
    export QT_HASH_SEED=0
fi
failed=()
for name in "${targets[@]}"; do
    args=(-timeout=10 -print_final_stats=1 -artifact_prefix="fuzz-corpus/findings/$name-")
    if [[ -n "${FUZZ_RUNS:-}" ]]; then
        corpus=$(mktemp -d)
        # -use_cmp=0: the values a comparison saw guide the mutations, and
        # among them are addresses, which differ from run to run (ASLR).
        args+=(-runs="$FUZZ_RUNS" -seed=1 -use_cmp=0)
        what="$FUZZ_RUNS inputs"
    else
        corpus="fuzz-corpus/$name"
        mkdir -p "$corpus"
        args+=(-max_total_time="$seconds")
        what="${seconds}s"
    fi
    if [[ -f "tests/fuzz/$name.dict" ]]; then
        args+=(-dict="tests/fuzz/$name.dict")
    fi
    log="fuzz-corpus/$name.log"
    echo "== fuzz_$name, $what (log: $log) =="
    if nice -n 19 "build-fuzz/tests/fuzz/fuzz_$name" "${args[@]}" "$corpus" "tests/fuzz/corpus/$name" >"$log" 2>&1; then
        # The last status line: executions, coverage (cov:), features (ft:), corpus size.
        grep -E '^#[0-9]+' "$log" | tail -n 1
        grep -E '^stat::number_of_executed_units' "$log" || true
    else
        tail -n 40 "$log"
        echo "fuzz_$name: FOUND A PROBLEM, input saved in fuzz-corpus/findings/ (full log: $log)"
        failed+=("$name")
    fi
    if [[ -n "${FUZZ_RUNS:-}" ]]; then
        rm -rf "$corpus"
    fi
done

if ((${#failed[@]} > 0)); then
    echo "fuzzing found problems in: ${failed[*]}"
    exit 1
fi
