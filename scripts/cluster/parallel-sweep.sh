#!/usr/bin/env bash
# Runs one phase-diagram sweep as SHARDS shards with GNU parallel, on this machine or over
# ssh on other hosts, and merges them into the CSV the unsharded sweep prints.
#   usage: scripts/cluster/parallel-sweep.sh SHARDS OUTDIR SSHLOGINS SWEEP-OPTIONS...
#   e.g.   scripts/cluster/parallel-sweep.sh 32 phase 8/node1,8/node2 \
#              --neurons 10000 --alpha 0.05:0.2:0.005 --temperature 0:0.6:0.05 --samples 50
# SSHLOGINS is what parallel --sshlogin takes: "J/host" runs J jobs on host, ":" is this
# machine.  Every host needs hopfield-lab-cli on its PATH (or at $HOPFIELD_CLI, the same
# path on each); the shards' output travels back over ssh into OUTDIR/shard-K (stderr in
# shard-K.err), and OUTDIR/sweep.csv is the merged result.  Each shard runs on one thread.
set -euo pipefail

if [[ $# -lt 3 ]]; then
    echo "usage: $0 SHARDS OUTDIR SSHLOGINS SWEEP-OPTIONS..." >&2
    exit 2
fi
shards=$1 outdir=$2 logins=$3
shift 3
cli=${HOPFIELD_CLI:-hopfield-lab-cli}
command -v parallel >/dev/null || { echo "$0: GNU parallel is not installed" >&2; exit 2; }
mkdir -p "$outdir"

# -q quotes each word for the remote shell; --halt stops everything at the first failure.
parallel -q --sshlogin "$logins" --halt now,fail=1 --results "$outdir/shard-{}" \
    "$cli" sweep "$@" --threads 1 --shard "{}/$shards" ::: $(seq "$shards") >/dev/null
"$cli" merge $(seq -f "$outdir/shard-%g" "$shards") >"$outdir/sweep.csv"
