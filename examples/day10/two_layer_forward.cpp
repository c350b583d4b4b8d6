/// \file
/// Day 10, two-layer network, "1. Forward Pass".
///
///   Z1 = x W1 + b1,   A1 = ReLU(Z1),   Z2 = A1 W2 + b2 = y_hat,   L = (y_hat - y)^2
#include <ctnn/io/print.hpp>

#include <iostream>

#include "two_layer.hpp"

using namespace ctnn;
using namespace day10;

constexpr auto trace = network.forward(x);
constexpr Vector<2> Z1 = trace.layer<0>().z;
constexpr Vector<2> A1 = trace.layer<0>().a;
constexpr double y_hat = trace.output()[0];
constexpr double loss = network.loss(trace, y, SquaredError{});

// The notebook's hand derivation is exact in decimals; the doubles differ by rounding only.
static_assert(is_close(Z1, Vector<2>{1.1, -0.2}, 1e-15));  // 0.5(1) + 0.3(2), -0.4(1) + 0.1(2)
static_assert(is_close(A1, Vector<2>{1.1, 0.0}, 1e-15));   // [max(0, 1.1), max(0, -0.2)]
static_assert(is_close(loss, 5.02, 0.005));                // (0.76 - 3)^2 ≈ 5.02

// The code cell's output, to the last bit.
static_assert(y_hat == 0.76);              // "Z2 / y_hat: 0.76"
static_assert(loss == 5.017600000000001);  // "Loss: 5.017600000000001"

int main() {
    std::cout << "Forward Pass:\n";
    std::cout << "Z1: " << Z1 << '\n';
    std::cout << "A1: " << A1 << '\n';
    print_number(std::cout << "Z2 / y_hat: ", y_hat) << '\n';
    print_number(std::cout << "Loss: ", loss) << '\n';
}
