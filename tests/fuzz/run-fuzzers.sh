#!/usr/bin/env bash
# Runs every fuzz target built in BUILD_DIR/tests/fuzz for SECONDS on a copy of its seed
# corpus (tests/fuzz/corpus/NAME, when there is one) with its dictionary (NAME.dict, when
# there is one), as many at once as there are cores, in a temporary directory so the
# repository is not modified.  Exits non-zero if any target finds a crash, a sanitizer
# report, a leak or a timeout; the inputs that did it are kept in BUILD_DIR/fuzz-artifacts/
# for reproduction (run the target on the file).
#   usage: tests/fuzz/run-fuzzers.sh BUILD_DIR SECONDS
set -euo pipefail

if [[ $# -ne 2 ]]; then
    echo "usage: $0 BUILD_DIR SECONDS" >&2
    exit 2
fi
build=$(cd "$1" && pwd)
seconds=$2
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Fuzzes target NAME; its verdict goes to $work/NAME/verdict, its status is the exit status.
fuzz_one() {
    local name=$1 fuzzer=$build/tests/fuzz/fuzz_$1
    mkdir -p "$work/$name/corpus" "$work/$name/artifacts"
    if [[ -d $here/corpus/$name ]]; then
        cp "$here/corpus/$name/"* "$work/$name/corpus/"
    fi
    local dict=()
    if [[ -f $here/$name.dict ]]; then
        dict=(-dict="$here/$name.dict")
    fi
    # -timeout: an input taking over 10 s is a hang, and a bug like a crash.
    if "$fuzzer" -max_total_time="$seconds" -timeout=10 "${dict[@]}" \
        -artifact_prefix="$work/$name/artifacts/" "$work/$name/corpus" \
        >"$work/$name/log" 2>&1; then
        echo "fuzz_$name: OK, $(grep -o 'Done [0-9]* runs in [0-9]* second(s)' "$work/$name/log")" \
            >"$work/$name/verdict"
        return 0
    fi
    mkdir -p "$build/fuzz-artifacts"
    cp "$work/$name/artifacts/"* "$build/fuzz-artifacts/" 2>/dev/null || true
    {
        echo "fuzz_$name: FAILED (inputs kept in $build/fuzz-artifacts/); end of its log:"
        tail -n 40 "$work/$name/log"
    } >"$work/$name/verdict"
    return 1
}

names=()
for fuzzer in "$build"/tests/fuzz/fuzz_*; do
    [[ -x $fuzzer && -f $fuzzer ]] && names+=("${fuzzer##*/fuzz_}")
done
if [[ ${#names[@]} -eq 0 ]]; then
    echo "no fuzz target in $build/tests/fuzz: configure with -DHOPFIELD_FUZZ=ON and build target fuzzers" >&2
    exit 2
fi

status=0
running=0
for name in "${names[@]}"; do
    fuzz_one "$name" &
    running=$((running + 1))
    if ((running >= $(nproc))); then
        wait -n || status=1
        running=$((running - 1))
    fi
done
while ((running > 0)); do
    wait -n || status=1
    running=$((running - 1))
done
for name in "${names[@]}"; do
    cat "$work/$name/verdict"
done
exit $status
