"""What epoch_torch.py and epoch_numpy.py share: the Fashion-MNIST IDX reader, the command
line and the result line that bench/fashion_epoch.sh parses. Not a benchmark on its own."""
import argparse
import gzip
import pathlib
import struct
import sys

import numpy as np

DEFAULT_DATA = "/usr/share/datasets/fashion-mnist"  # Debian: apt-get install dataset-fashion-mnist
IMAGES_MAGIC, LABELS_MAGIC = 0x00000803, 0x00000801  # unsigned bytes, 3 and 1 dimensions


def read_idx(path, magic):
    """The uint8 array stored in a gzip-compressed IDX file; exits naming the file if it is
    missing or malformed."""
    try:
        with gzip.open(path, "rb") as file:
            raw = file.read()
    except (OSError, EOFError) as error:
        sys.exit(f"fashion_mnist: cannot read {path}: {error}. Install the data set with "
                 f"`apt-get install dataset-fashion-mnist` or pass --data DIR.")
    if len(raw) < 4 or struct.unpack(">I", raw[:4])[0] != magic:
        sys.exit(f"fashion_mnist: {path} is not an IDX file of magic {magic:#010x}.")
    ndim = magic & 0xFF
    header = 4 + 4 * ndim
    shape = struct.unpack(f">{ndim}I", raw[4:header])
    data = np.frombuffer(raw, dtype=np.uint8, offset=header)
    if data.size != np.prod(shape):
        sys.exit(f"fashion_mnist: {path} holds {data.size} bytes after its header, "
                 f"its shape {shape} needs {np.prod(shape)}.")
    return data.reshape(shape)


def load(directory):
    """(train_x, train_y, test_x, test_y): images as float32 rows of 784 pixels in [0, 1],
    labels as int64."""
    def part(prefix):
        base = pathlib.Path(directory)
        images = read_idx(base / f"{prefix}-images-idx3-ubyte.gz", IMAGES_MAGIC)
        labels = read_idx(base / f"{prefix}-labels-idx1-ubyte.gz", LABELS_MAGIC)
        if len(images) != len(labels):
            sys.exit(f"fashion_mnist: {len(images)} {prefix} images but {len(labels)} labels.")
        pixels = images.reshape(len(images), -1).astype(np.float32) / np.float32(255)
        return pixels, labels.astype(np.int64)
    return (*part("train"), *part("t10k"))


def parse_args(description):
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--batch", type=int, default=64, help="mini-batch size (default 64)")
    parser.add_argument("--learning-rate", type=float, default=0.1, help="SGD step (default 0.1)")
    parser.add_argument("--seed", type=int, default=42, help="initialisation and shuffle seed")
    parser.add_argument("--data", default=DEFAULT_DATA, help=f"IDX directory (default {DEFAULT_DATA})")
    args = parser.parse_args()
    if args.batch < 1:
        parser.error("--batch must be at least 1")
    return args


def report(framework, seconds, accuracy):
    """The line bench/fashion_epoch.sh reads; accuracy is a fraction in [0, 1]."""
    print(f"result framework={framework} seconds={seconds:.4f} test_accuracy={accuracy:.4f}")
