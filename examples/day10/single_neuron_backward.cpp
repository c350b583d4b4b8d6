/// \file
/// Day 10, single neuron, "3. Backward Pass (Gradients)": the chain rule, factor by factor.
///
///   dL/dw = dL/da · da/dz · dz/dw = 2(a - y) · a(1 - a) · x,   dL/db = dL/da · da/dz · 1
#include <ctnn/io/print.hpp>

#include <iostream>

#include "single_neuron.hpp"

using namespace ctnn;
using namespace day10;

constexpr auto trace = neuron.forward(x);
constexpr auto gradients = neuron.backward(trace, y, SquaredError{});

constexpr double z = trace.layer<0>().z[0];
constexpr double a = trace.layer<0>().a[0];
constexpr double L = neuron.loss(trace, y, SquaredError{});

// The three factors of the chain rule.
constexpr double dL_da = gradients.layer<0>().dL_da[0];                  // 2(a - y)
constexpr double da_dz = neuron.layer<0>().activation.derivative(z, a);  // a(1 - a)
constexpr double dz_dw = x[0];                                           // x
// The gradients the backward pass computed.
constexpr double dL_dw = gradients.layer<0>().W(0, 0);
constexpr double dL_db = gradients.layer<0>().b[0];

// The notebook's hand derivation carries rounded factors forward: it writes a(1 - a) for
// a ≈ 0.731 as 0.196 (the exact 0.19661 rounds to 0.197) and multiplies the rounded factors, so
// its last digits can be one off the exact values. These are checked to one unit of that digit.
constexpr double last_digit = 0.001;
static_assert(is_close(dL_da, -0.538, last_digit));  // hand-rounded
static_assert(is_close(da_dz, 0.196, last_digit));   // hand-rounded
static_assert(dz_dw == 2.0);
static_assert(is_close(dL_dw, -0.211, last_digit));  // hand-rounded
static_assert(is_close(dL_db, -0.105, last_digit));  // hand-rounded

// The code cell's output, to the last bit.
static_assert(L == 0.07232948812851325);
static_assert(dL_dw == -0.21150837113706686);
static_assert(dL_db == -0.10575418556853343);

// Backpropagation is the product of the factors, in the notebook's order.
static_assert(dL_dw == dL_da * da_dz * dz_dw);
static_assert(dL_db == dL_da * da_dz * 1.0);

int main() {
    print_number(std::cout << "dL/da = 2(a - y) = ", dL_da) << '\n';
    print_number(std::cout << "da/dz = a(1 - a) = ", da_dz) << '\n';
    print_number(std::cout << "dz/dw = x = ", dz_dw) << '\n';
    print_number(std::cout << "dL/dw = ", dL_dw) << '\n';
    print_number(std::cout << "dL/db = ", dL_db) << '\n';
    std::cout << "(L, dL_dw, dL_db) = (";
    print_number(std::cout, L) << ", ";
    print_number(std::cout, dL_dw) << ", ";
    print_number(std::cout, dL_db) << ")\n";
}
