#!/usr/bin/python3
"""PyTorch reference for bench/fashion_epoch.sh: the wall time of one training epoch of a
784-128-10 MLP (ReLU hidden, linear output, softmax cross-entropy averaged over the batch,
plain SGD) on the 60,000 Fashion-MNIST training images in shuffled order, float32, one thread,
then the accuracy on the 10,000 test images.

Weights are He-normal, N(0, 2 / fan_in) not truncated, in both layers; biases are zero. The
timed region is the epoch alone: the shuffle, the per-batch indexing, forward, backward and
the SGD step; loading the data and the test evaluation are not timed. The last batch is the
60,000 % batch remaining images (32 at batch 64).

usage: /usr/bin/python3 bench/epoch_torch.py [--batch 64] [--learning-rate 0.1] [--seed 42]
       (Debian's python3-torch 1.13: use /usr/bin/python3, not another python3 on PATH)
"""
import time

import torch
import torch.nn.functional as F
from torch import nn

import fashion_mnist


def main():
    args = fashion_mnist.parse_args(__doc__.splitlines()[0])
    torch.set_num_threads(1)
    train_x, train_y, test_x, test_y = map(torch.from_numpy, fashion_mnist.load(args.data))

    torch.manual_seed(args.seed)
    model = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10))
    for layer in (model[0], model[2]):
        nn.init.kaiming_normal_(layer.weight, mode="fan_in", nonlinearity="relu")
        nn.init.zeros_(layer.bias)
    optimizer = torch.optim.SGD(model.parameters(), lr=args.learning_rate)
    shuffle = torch.Generator().manual_seed(args.seed)

    start = time.perf_counter()
    order = torch.randperm(len(train_x), generator=shuffle)
    for first in range(0, len(order), args.batch):
        batch = order[first:first + args.batch]
        loss = F.cross_entropy(model(train_x[batch]), train_y[batch])
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()
    seconds = time.perf_counter() - start

    with torch.no_grad():
        accuracy = (model(test_x).argmax(dim=1) == test_y).float().mean().item()
    fashion_mnist.report("pytorch", seconds, accuracy)


if __name__ == "__main__":
    main()
