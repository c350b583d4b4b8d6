#!/usr/bin/python3
"""NumPy reference for bench/fashion_epoch.sh: the wall time of one training epoch of a
784-128-10 MLP (ReLU hidden, linear output, softmax cross-entropy averaged over the batch,
plain SGD), forward and backward written out by hand, on the 60,000 Fashion-MNIST training
images in shuffled order, float32 throughout, then the accuracy on the 10,000 test images.
Run it with OPENBLAS_NUM_THREADS=1 for one thread (bench/fashion_epoch.sh does).

Weights are He-normal, N(0, 2 / fan_in) not truncated, in both layers; biases are zero. The
timed region is the epoch alone: the shuffle, the per-batch indexing, forward, backward and
the SGD step; loading the data and the test evaluation are not timed. The loss value itself
is never computed: training needs only its gradient.

usage: /usr/bin/python3 bench/epoch_numpy.py [--batch 64] [--learning-rate 0.1] [--seed 42]
"""
import time

import numpy as np

import fashion_mnist

f32 = np.float32


def he_normal(rng, fan_in, fan_out):
    return (rng.standard_normal((fan_in, fan_out)) * np.sqrt(2.0 / fan_in)).astype(f32)


def forward(params, x):
    W1, b1, W2, b2 = params
    z1 = x @ W1 + b1
    a1 = np.maximum(z1, f32(0))
    z2 = a1 @ W2 + b2
    return z1, a1, z2


def train_step(params, x, y, learning_rate):
    """One SGD step on the batch (x, y), in place."""
    W1, b1, W2, b2 = params
    z1, a1, z2 = forward(params, x)
    # dL/dz2 = (softmax(z2) - onehot(y)) / batch, softmax shifted by the row maximum.
    e = np.exp(z2 - z2.max(axis=1, keepdims=True))
    dL_dz2 = e / e.sum(axis=1, keepdims=True)
    dL_dz2[np.arange(len(y)), y] -= f32(1)
    dL_dz2 /= f32(len(y))
    dL_dW2, dL_db2 = a1.T @ dL_dz2, dL_dz2.sum(axis=0)
    dL_dz1 = (dL_dz2 @ W2.T) * (z1 > 0)
    dL_dW1, dL_db1 = x.T @ dL_dz1, dL_dz1.sum(axis=0)
    for p, g in zip(params, (dL_dW1, dL_db1, dL_dW2, dL_db2)):
        assert g.dtype == f32 and g.shape == p.shape, (g.dtype, g.shape)
        p -= learning_rate * g


def main():
    args = fashion_mnist.parse_args(__doc__.splitlines()[0])
    train_x, train_y, test_x, test_y = fashion_mnist.load(args.data)
    rng = np.random.default_rng(args.seed)
    params = [he_normal(rng, 784, 128), np.zeros(128, f32), he_normal(rng, 128, 10), np.zeros(10, f32)]
    learning_rate = f32(args.learning_rate)
    assert train_x.dtype == test_x.dtype == f32

    start = time.perf_counter()
    order = rng.permutation(len(train_x))
    for first in range(0, len(order), args.batch):
        batch = order[first:first + args.batch]
        train_step(params, train_x[batch], train_y[batch], learning_rate)
    seconds = time.perf_counter() - start

    assert all(p.dtype == f32 for p in params)
    accuracy = float(np.mean(forward(params, test_x)[2].argmax(axis=1) == test_y))
    fashion_mnist.report("numpy", seconds, accuracy)


if __name__ == "__main__":
    main()
