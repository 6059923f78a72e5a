#!/usr/bin/env bash
# The README's cluster recipes, run on this machine: GNU parallel with several local jobs
# (scripts/cluster/parallel-sweep.sh, sshlogin ":") and the Slurm array script with
# SLURM_ARRAY_TASK_ID set by hand; each merge must equal the unsharded sweep byte for byte.
#   usage: tests/cli/cluster-recipes.sh HOPFIELD_CLI SOURCE_DIR    (exit 77: skipped)
set -euo pipefail
cli=$1 source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOPFIELD_CLI=$cli

# Uneven loads (P = 10 ... 60) and both temperatures: 24 points x 4 samples.
options=(--neurons 200 --alpha 0.05:0.3:0.05 --temperature 0:0.5:0.5 --noise 0.1:0.2:0.1
         --samples 4 --seed 17 --sweeps 30)
"$cli" sweep "${options[@]}" >"$work/unsharded.csv"
[[ $(wc -l <"$work/unsharded.csv") -eq 25 ]] || { echo "FAIL: unsharded sweep has $(wc -l <"$work/unsharded.csv") lines"; exit 1; }

echo "== Slurm array script"
bash -n "$source/scripts/cluster/sweep-array.sbatch"
for k in 1 2 3 4 5; do
    SLURM_ARRAY_TASK_ID=$k SLURM_ARRAY_TASK_COUNT=5 SLURM_ARRAY_TASK_MIN=1 SLURM_ARRAY_TASK_MAX=5 \
        bash "$source/scripts/cluster/sweep-array.sbatch" "$work/slurm" "${options[@]}"
done
"$cli" merge "$work"/slurm/shard-*.csv >"$work/slurm.csv"
cmp "$work/unsharded.csv" "$work/slurm.csv"
if SLURM_ARRAY_TASK_ID=2 SLURM_ARRAY_TASK_COUNT=3 SLURM_ARRAY_TASK_MIN=2 SLURM_ARRAY_TASK_MAX=4 \
    bash "$source/scripts/cluster/sweep-array.sbatch" "$work/gap" "${options[@]}" 2>/dev/null; then
    echo "FAIL: the Slurm script accepted an array that is not 1-N"
    exit 1
fi
if bash "$source/scripts/cluster/sweep-array.sbatch" "$work/none" "${options[@]}" 2>/dev/null; then
    echo "FAIL: the Slurm script ran outside an array task"
    exit 1
fi
echo "Slurm: 5 tasks merged equal the unsharded sweep"

echo "== GNU parallel, 3 local jobs"
if ! command -v parallel >/dev/null; then
    echo "SKIPPED: GNU parallel is not installed (scripts/install-deps.sh test installs it)"
    exit 77
fi
for shards in 1 4 7; do
    "$source/scripts/cluster/parallel-sweep.sh" "$shards" "$work/parallel-$shards" 3/: "${options[@]}"
    cmp "$work/unsharded.csv" "$work/parallel-$shards/sweep.csv"
    echo "parallel: $shards shards merged equal the unsharded sweep"
done
