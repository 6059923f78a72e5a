#!/usr/bin/env bash
# Runs each file parser's fuzz target for SECONDS on a copy of its seed corpus, in a
# temporary directory so the repository is not modified.  Exits non-zero if any target
# finds a crash, a sanitizer report, a leak or a timeout; the inputs that did it are
# kept in BUILD_DIR/fuzz-artifacts/ for reproduction (run the target on the file).
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

status=0
for name in pbm asciiart matrix session; do
    fuzzer=$build/tests/fuzz/fuzz_$name
    if [[ ! -x $fuzzer ]]; then
        echo "$fuzzer not found: configure with -DHOPFIELD_FUZZ=ON and build it" >&2
        exit 2
    fi
    mkdir -p "$work/$name/corpus" "$work/$name/artifacts"
    cp "$here/corpus/$name/"* "$work/$name/corpus/"
    # -timeout: an input taking over 10 s is a hang, and a bug like a crash.
    if "$fuzzer" -max_total_time="$seconds" -timeout=10 -dict="$here/$name.dict" \
        -artifact_prefix="$work/$name/artifacts/" "$work/$name/corpus" \
        >"$work/$name/log" 2>&1; then
        echo "fuzz_$name: OK, $(grep -o 'Done [0-9]* runs in [0-9]* second(s)' "$work/$name/log")"
    else
        status=1
        mkdir -p "$build/fuzz-artifacts"
        cp "$work/$name/artifacts/"* "$build/fuzz-artifacts/" 2>/dev/null || true
        echo "fuzz_$name: FAILED (inputs kept in $build/fuzz-artifacts/); end of its log:"
        tail -n 40 "$work/$name/log"
    fi
done
exit $status
