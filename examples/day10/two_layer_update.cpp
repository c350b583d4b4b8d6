/// \file
/// Day 10, two-layer network, "4. Gradient Descent Update (η = 0.1)".
///
///   W1_new = W1 - η dL/dW1,  b1_new = b1 - η dL/db1,  W2_new = W2 - η dL/dW2,
///   b2_new = b2 - η dL/db2
#include <ctnn/io/print.hpp>

#include <iostream>

#include "two_layer.hpp"

using namespace ctnn;
using namespace day10;

/// One training step: forward pass, loss, backward pass, update.
constexpr TwoLayer after_one_step(TwoLayer network) {
    train_step(network, x, y, SquaredError{}, SGD{.learning_rate = eta});
    return network;
}

constexpr TwoLayer updated = after_one_step(network);
constexpr Matrix<2, 2> W1_new = updated.layer<0>().W;
constexpr Vector<2> b1_new = updated.layer<0>().b;
constexpr Matrix<2, 1> W2_new = updated.layer<1>().W;
constexpr double b2_new = updated.layer<1>().b[0];

// The notebook's derivation, at the precision it writes.
static_assert(is_close(W1_new, Matrix<2, 2>{0.769, -0.4, 0.838, 0.1}, 0.0005));
static_assert(is_close(b1_new, Vector<2>{0.269, 0.0}, 0.0005));
static_assert(is_close(W2_new, Matrix<2, 1>{1.093, -0.2}, 0.0005));

// The code cell's output.
static_assert(is_close(W1_new, Matrix<2, 2>{0.7688, -0.4, 0.8376, 0.1}, 0.00005));
static_assert(is_close(b1_new, Vector<2>{0.2688, 0.0}, 0.00005));      // "b1_new: [0.2688 0.]"
static_assert(is_close(W2_new, Matrix<2, 1>{1.0928, -0.2}, 0.00005));  // "[ 1.0928 -0.2 ]"
static_assert(b2_new == 0.548);                                        // "b2_new: 0.548"

int main() {
    // The same step, taken at run time.
    const TwoLayer stepped = after_one_step(network);
    std::cout << "Updated Parameters:\n";
    std::cout << "W1_new:\n" << stepped.layer<0>().W << '\n';
    std::cout << "b1_new: " << stepped.layer<0>().b << '\n';
    std::cout << "W2_new: " << stepped.layer<1>().W << '\n';
    print_number(std::cout << "b2_new: ", stepped.layer<1>().b[0]) << '\n';
}
