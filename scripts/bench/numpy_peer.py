#!/usr/bin/env python3
"""The NumPy peer of `hopfield-lab-cli bench`: a plain implementation of the same
asynchronous T = 0 dynamics -- dense Hebb J, a Python loop over a random permutation,
one dot product J[i] @ s per update -- timed on the same machine.  Prints one JSON line.
Use Debian's python3-numpy with libopenblas0-pthread (the reference BLAS is far slower)."""
import argparse
import json
import time

import numpy as np


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--neurons", type=int, default=4096)
    parser.add_argument("--patterns", type=int, default=410)
    parser.add_argument("--sweeps", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    n, p = args.neurons, args.patterns
    rng = np.random.default_rng(args.seed)
    xi = rng.choice(np.array([-1.0, 1.0]), size=(p, n))
    J = xi.T @ xi / n
    np.fill_diagonal(J, 0.0)
    s = xi[0].copy()
    flip = rng.choice(n, size=n // 5, replace=False)
    s[flip] *= -1

    start = time.perf_counter()
    for _ in range(args.sweeps):
        for i in rng.permutation(n):
            h = J[i] @ s
            if h > 0:
                s[i] = 1.0
            elif h < 0:
                s[i] = -1.0
    seconds = time.perf_counter() - start
    print(json.dumps({
        "implementation": "numpy %s, dense J, python loop over a random permutation" % np.__version__,
        "neurons": n, "patterns": p, "sweeps": args.sweeps, "seconds": seconds,
        "ms_per_sweep": 1e3 * seconds / args.sweeps,
        "final_overlap": float(xi[0] @ s / n),
    }))


if __name__ == "__main__":
    main()
