#!/usr/bin/env bash
# Installs what is missing, builds Promptwerk and runs the whole test suite
# twice: a normal build, then an AddressSanitizer + UBSan build, with a short
# run of every fuzz target in between.
# PROMPTWERK_SKIP_ASAN=1 skips the sanitizer pass (for quick local runs).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/check-format.sh

jobs=$(nproc)
run_suite() { # build-dir cmake-args...
    local dir=$1
    shift
    cmake -S . -B "$dir" -G Ninja "$@" >/dev/null
    cmake --build "$dir" -j "$jobs"
    (cd "$dir" && ctest --output-on-failure -j "$jobs" --timeout 300)
}

echo "== normal build =="
run_suite build -DCMAKE_BUILD_TYPE=RelWithDebInfo
echo "== TypeScript export against @anthropic-ai/sdk (npm registry) =="
scripts/check-typescript-export.sh build/app/cli/promptwerk-cli
echo "== libFuzzer targets (tests/fuzz), 50,000 inputs each, fixed seed =="
# A fixed number of inputs from a fixed seed and the checked-in seeds makes this
# short run repeatable in length: every machine, fast or slow, tries as many
# inputs (which ones still varies a little; README, Fuzzing).
# Exploring is scripts/fuzz.sh 3600's job.
FUZZ_RUNS=50000 scripts/fuzz.sh
if [[ "${PROMPTWERK_SKIP_ASAN:-0}" != 1 ]]; then
    echo "== AddressSanitizer + UndefinedBehaviorSanitizer build =="
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    export LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp
    run_suite build-asan -DCMAKE_BUILD_TYPE=Debug -DPROMPTWERK_SANITIZE=ON
fi
