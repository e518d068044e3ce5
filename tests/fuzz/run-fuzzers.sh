#!/bin/sh
# Runs every libFuzzer target of tests/fuzz for a bounded time on a copy of
# its seed corpus (tests/fixtures/interop, tests/fixtures/answers) and fails if any of them crashes,
# leaks, times out or breaks an invariant.
#
#   cmake --preset fuzz -B build/fuzz && cmake --build build/fuzz --target fuzzers
#   tests/fuzz/run-fuzzers.sh build/fuzz [SECONDS_PER_TARGET]   # default 30
#
# Findings are kept in BUILD_DIR/fuzz-findings/<target>/ (crash-*, leak-*,
# timeout-* files: run the target on one to reproduce it).
set -eu

build=${1:?usage: run-fuzzers.sh BUILD_DIR [SECONDS_PER_TARGET]}
seconds=${2:-30}
here=$(cd "$(dirname "$0")" && pwd)
seeds=$here/../fixtures/interop
answers=$here/../fixtures/answers
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
findings=$build/fuzz-findings

# Seed files of each target.
seed_files() {
    case $1 in
    curl) ls "$seeds"/curl/* "$seeds"/malformed/*.txt ;;
    postman_collection) ls "$seeds"/postman/*collection* "$seeds"/malformed/*collection* ;;
    postman_environment) ls "$seeds"/postman/*environment* "$seeds"/malformed/*environment* ;;
    har) ls "$seeds"/har/* "$seeds"/malformed/*.har ;;
    detector) find "$seeds" -type f ! -name '*.dict' ;;
    json_answer) ls "$answers"/* "$seeds"/postman/* "$seeds"/har/* ;;
    esac
}

status=0
summary=""
for target in curl postman_collection postman_environment har detector json_answer; do
    exe=$build/tests/fuzz/fuzz_$target
    if [ ! -x "$exe" ]; then
        echo "run-fuzzers: $exe is missing (build the \"fuzzers\" target with the fuzz preset)" >&2
        exit 2
    fi
    corpus=$work/$target
    mkdir -p "$corpus" "$findings/$target"
    for file in $(seed_files "$target"); do
        cp "$file" "$corpus/"
    done
    dict=""
    if [ -f "$here/$target.dict" ]; then
        dict="-dict=$here/$target.dict"
    fi
    log=$work/$target.log
    echo "== fuzz_$target: $seconds s, $(ls "$corpus" | wc -l) seeds"
    # shellcheck disable=SC2086
    if "$exe" $dict -max_total_time="$seconds" -timeout=20 -rss_limit_mb=3072 -max_len=65536 \
        -print_final_stats=1 \
        -artifact_prefix="$findings/$target/" "$corpus" >"$log" 2>&1; then
        runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' | tail -n 1)
        echo "   ok: ${runs:-?} runs"
        summary="$summary fuzz_$target:${runs:-?}"
    else
        status=1
        echo "   FAILED (see $findings/$target/):"
        grep -E 'ERROR|invariant violated|SUMMARY|Test unit written' "$log" | head -n 20 || tail -n 40 "$log"
        summary="$summary fuzz_$target:FAILED"
    fi
done
echo "== runs per target:$summary"
exit $status
