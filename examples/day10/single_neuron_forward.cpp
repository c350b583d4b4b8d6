/// \file
/// Day 10, single neuron, "1. Forward Pass" and "2. Loss Calculation".
///
///   z = w x + b = (0.5)(2) + 0 = 1,   a = σ(z) = 1 / (1 + e^-z),   L = (a - y)^2
#include <ctnn/io/print.hpp>

#include <iostream>

#include "single_neuron.hpp"

using namespace ctnn;
using namespace day10;

constexpr auto trace = neuron.forward(x);
constexpr double z = trace.layer<0>().z[0];
constexpr double a = trace.layer<0>().a[0];
constexpr double L = neuron.loss(trace, y, SquaredError{});

static_assert(z == 1.0);                    // (0.5)(2) + 0 = 1, exactly
static_assert(is_close(a, 0.731, 0.0005));  // σ(1) ≈ 0.731
static_assert(is_close(L, 0.072, 0.0005));  // (-0.269)^2 ≈ 0.072
static_assert(L == 0.07232948812851325);    // the code cell's L, to the last bit

int main() {
    print_number(std::cout << "z = ", z) << '\n';
    print_number(std::cout << "a = sigma(z) = ", a) << '\n';
    print_number(std::cout << "L = (a - y)^2 = ", L) << '\n';
}
