#!/usr/bin/python3
"""Reference values for ctnn's optimizer and schedule tests, recorded once from PyTorch.

Run with Debian's interpreter and python3-torch (1.13):

    /usr/bin/python3 tests/reference/optimizers.py

It prints C++ declarations (every number is repr() of a float64, so it reads back as the same
double) that are pasted into tests/optimizer/{momentum,rmsprop,adam,schedule}.cpp. The starting
parameters, gradients and hyperparameters below are the ones those tests use; change them in
both places or in neither.

Each optimizer case starts from a parameter p0 and applies three steps with fixed gradients
g[0], g[1], g[2] (set as p.grad, so they do not depend on p; weight decay adds its own term).
"""

import math
import warnings

import torch

torch.set_default_dtype(torch.float64)

# Starting parameters and the gradients of three steps: a Vector<3> and a Matrix<2, 3>.
P0_VECTOR = [0.5, -1.25, 1.75]
G_VECTOR = [
    [0.3, -0.7, 1.1],
    [-0.2, 0.4, 0.9],
    [0.6, 0.1, -0.5],
]
P0_MATRIX = [[0.25, -0.5, 1.5], [-1.0, 0.75, 0.125]]
G_MATRIX = [
    [[0.4, -0.3, 0.2], [0.1, -0.6, 0.8]],
    [[-0.5, 0.2, 0.7], [0.3, 0.3, -0.4]],
    [[0.1, 0.9, -0.2], [-0.7, 0.5, 0.6]],
]


def literal(x):
    return repr(float(x))


def braces(tensor):
    return "{" + ", ".join(literal(v) for v in tensor.flatten().tolist()) + "}"


def declare(type_name, name, rows, comment):
    print(f"// {comment}")
    print(f"constexpr {type_name} {name}[] = {{")
    for row in rows:
        print(f"    {row},")
    print("};")


def path(make_optimizer, p0, gradients):
    """The parameter after each of len(gradients) steps."""
    p = torch.tensor(p0, dtype=torch.float64, requires_grad=True)
    optimizer = make_optimizer([p])
    after = []
    for g in gradients:
        optimizer.zero_grad()
        p.grad = torch.tensor(g, dtype=torch.float64)
        optimizer.step()
        after.append(braces(p.detach().clone()))
    return after


def optimizer_case(name, make_optimizer, shape, comment):
    if shape == "vector":
        rows = path(make_optimizer, P0_VECTOR, G_VECTOR)
        declare("Vector<3>", name, rows, comment + ", Vector<3>")
    else:
        rows = path(make_optimizer, P0_MATRIX, G_MATRIX)
        declare("Matrix<2, 3>", name, rows, comment + ", Matrix<2, 3>")


def momentum():
    print("// ---- tests/optimizer/momentum.cpp")
    for name, shape, nesterov, decay in [
        ("torch_heavy_ball_vector", "vector", False, 0.0),
        ("torch_nesterov_vector", "vector", True, 0.0),
        ("torch_heavy_ball_decay_matrix", "matrix", False, 0.1),
        ("torch_nesterov_decay_matrix", "matrix", True, 0.1),
    ]:
        optimizer_case(
            name,
            lambda ps, n=nesterov, d=decay: torch.optim.SGD(
                ps, lr=0.1, momentum=0.9, nesterov=n, weight_decay=d),
            shape,
            f"torch.optim.SGD(lr=0.1, momentum=0.9, nesterov={nesterov}, weight_decay={decay})")
    print()


def rmsprop():
    print("// ---- tests/optimizer/rmsprop.cpp")
    optimizer_case("torch_rmsprop_vector", lambda ps: torch.optim.RMSprop(ps), "vector",
                   "torch.optim.RMSprop() (lr=0.01, alpha=0.99, eps=1e-8)")
    optimizer_case("torch_rmsprop_decay_matrix",
                   lambda ps: torch.optim.RMSprop(ps, lr=0.05, alpha=0.9, weight_decay=0.1),
                   "matrix", "torch.optim.RMSprop(lr=0.05, alpha=0.9, weight_decay=0.1)")
    optimizer_case("torch_rmsprop_matrix",
                   lambda ps: torch.optim.RMSprop(ps, lr=0.05, alpha=0.9), "matrix",
                   "torch.optim.RMSprop(lr=0.05, alpha=0.9)")
    print()


def adam():
    print("// ---- tests/optimizer/adam.cpp")
    optimizer_case("torch_adam_vector", lambda ps: torch.optim.Adam(ps), "vector",
                   "torch.optim.Adam() (lr=0.001, betas=(0.9, 0.999), eps=1e-8)")
    optimizer_case("torch_adam_decay_matrix",
                   lambda ps: torch.optim.Adam(ps, lr=0.01, betas=(0.8, 0.99), weight_decay=0.1),
                   "matrix", "torch.optim.Adam(lr=0.01, betas=(0.8, 0.99), weight_decay=0.1)")
    optimizer_case("torch_adam_decay_vector",
                   lambda ps: torch.optim.Adam(ps, lr=0.01, betas=(0.8, 0.99), weight_decay=0.1),
                   "vector", "torch.optim.Adam(lr=0.01, betas=(0.8, 0.99), weight_decay=0.1)")
    print()

    # End to end: Network<Dense<2, 1>> trained by Adam(lr=0.1) with SquaredError (sum, no mean),
    # three train_steps on one example. ctnn's W is In x Out (2 x 1); PyTorch's Linear weight
    # is Out x In (1 x 2), so it is loaded transposed.
    W = [[0.5], [-0.25]]
    b = [0.1]
    x = [1.5, -0.5]
    y = [2.0]
    linear = torch.nn.Linear(2, 1, dtype=torch.float64)
    with torch.no_grad():
        linear.weight.copy_(torch.tensor(W).T)
        linear.bias.copy_(torch.tensor(b))
    optimizer = torch.optim.Adam(linear.parameters(), lr=0.1)
    xs = torch.tensor(x)
    ys = torch.tensor(y)
    losses, weights, biases = [], [], []
    for _ in range(3):
        optimizer.zero_grad()
        loss = ((linear(xs) - ys) ** 2).sum()
        loss.backward()
        optimizer.step()
        losses.append(literal(loss.item()))
        weights.append(braces(linear.weight.detach().T.clone()))  # back to In x Out
        biases.append(braces(linear.bias.detach().clone()))
    comment = ("nn.Linear(2, 1) from W = [[0.5], [-0.25]] (In x Out), b = [0.1]; "
               "Adam(lr=0.1); loss ((z - y)^2).sum() at x = [1.5, -0.5], y = [2.0]")
    print(f"// {comment}: the loss returned by each step (before its update)")
    print("constexpr double torch_network_loss[] = {" + ", ".join(losses) + "};")
    declare("Matrix<2, 1>", "torch_network_W", weights, "W after each step, In x Out")
    declare("Vector<1>", "torch_network_b", biases, "b after each step")
    print()


def schedules():
    print("// ---- tests/optimizer/schedule.cpp")
    # StepLR as used in training: the optimizer's rate read at each epoch, then step().
    p = torch.zeros(1, requires_grad=True)
    optimizer = torch.optim.SGD([p], lr=0.1)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=10, gamma=0.1)
    rates = []
    for _ in range(35):
        rates.append(literal(optimizer.param_groups[0]["lr"]))
        optimizer.step()
        scheduler.step()
    print("// StepLR(step_size=10, gamma=0.1) from lr=0.1, epochs 0 to 34")
    print("constexpr double torch_step_lr[] = {" + ", ".join(rates) + "};")

    # CosineAnnealingLR's closed form (what step(epoch) uses), for epochs 0 to 2 T_max.
    for name, eta_min in [("torch_cosine_lr", 0.0), ("torch_cosine_min_lr", 0.001)]:
        p = torch.zeros(1, requires_grad=True)
        optimizer = torch.optim.SGD([p], lr=0.1)
        scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=10,
                                                               eta_min=eta_min)
        rates = []
        for epoch in range(21):
            scheduler.last_epoch = epoch
            rates.append(literal(scheduler._get_closed_form_lr()[0]))
        print(f"// CosineAnnealingLR(T_max=10, eta_min={eta_min}) closed form from lr=0.1, "
              "epochs 0 to 20")
        print(f"constexpr double {name}[] = {{" + ", ".join(rates) + "};")


if __name__ == "__main__":
    warnings.simplefilter("ignore")
    print(f"// Printed by tests/reference/optimizers.py with torch {torch.__version__}")
    momentum()
    rmsprop()
    adam()
    schedules()
