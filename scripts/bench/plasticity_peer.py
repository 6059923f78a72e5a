#!/usr/bin/env python3
"""The NumPy peer of `hopfield-lab-cli bench --plasticity`: plain NumPy implementations of
the same two updates on the same bundled digits, in float32, timed on the same machine.
  BCM (seed 003; the authors' library): y = sigmoid(W x), theta = gamma theta +
    (1 - gamma) <y^2>, W += eta <y (y - theta) x / theta>, a minibatch as one matrix.
  Competing units (Krotov and Hopfield 2019, their published code): I = W v (p = 2),
    argsort per input, g = 1 / -Delta, dW = g v^T - (g I) W, W += eps dW / max|dW|.
Prints one JSON line.  Use Debian's python3-numpy with libopenblas0-pthread (the
reference BLAS is far slower), which uses every core for the products."""
import argparse
import gzip
import json
import struct
import time

import numpy as np


def read_digits(path):
    with gzip.open(path, "rb") as f:
        data = f.read()
    _, count, rows, cols = struct.unpack(">IIII", data[:16])
    images = np.frombuffer(data, dtype=np.uint8, offset=16).reshape(count, rows * cols)
    return (images.astype(np.float32) / 255.0).T.copy()  # D x N, one image per column


def bcm(X, units, batch, epochs, rng):
    d, n = X.shape
    W = rng.standard_normal((units, d)).astype(np.float32)
    theta = None
    gamma, eta = np.float32(0.9), np.float32(0.02)
    start = time.perf_counter()
    for _ in range(epochs):
        order = rng.permutation(n)
        for b in range(n // batch):
            x = X[:, order[b * batch:(b + 1) * batch]]
            y = 1.0 / (1.0 + np.exp(-(W @ x)))
            mean_square = (y * y).mean(axis=1)
            theta = mean_square if theta is None else gamma * theta + (1 - gamma) * mean_square
            phi = y * (y - theta[:, None]) / theta[:, None]
            W += eta * (phi @ x.T) / batch
    return (n // batch) * batch * epochs / (time.perf_counter() - start)


def competing(X, units, batch, epochs, rng, k=2, delta=0.4, eps0=0.02):
    d, n = X.shape
    W = rng.standard_normal((units, d)).astype(np.float32)
    start = time.perf_counter()
    for epoch in range(epochs):
        eps = eps0 * (1 - epoch / epochs)
        order = rng.permutation(n)
        for b in range(n // batch):
            v = X[:, order[b * batch:(b + 1) * batch]]
            currents = W @ v
            ranked = np.argsort(currents, axis=0)
            g = np.zeros((units, batch), dtype=np.float32)
            columns = np.arange(batch)
            g[ranked[units - 1], columns] = 1.0
            g[ranked[units - k], columns] = -delta
            decay = np.sum(g * currents, axis=1)
            dW = g @ v.T - decay[:, None] * W
            W += eps * dW / max(np.abs(dW).max(), 1e-30)
    return (n // batch) * batch * epochs / (time.perf_counter() - start)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True, help="an IDX images file, gzip'd")
    parser.add_argument("--units", type=int, default=100)
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    X = read_digits(args.data)[:, :8000]
    rng = np.random.default_rng(args.seed)
    print(json.dumps({
        "implementation": "numpy %s, float32, a minibatch as one matrix product" % np.__version__,
        "units": args.units, "batch": args.batch, "epochs": args.epochs, "images": X.shape[1],
        "bcm_samples_per_second": bcm(X, args.units, args.batch, args.epochs, rng),
        "competing_samples_per_second": competing(X, args.units, args.batch, args.epochs, rng),
    }))


if __name__ == "__main__":
    main()
