/// \file
/// Day 10, two-layer network, "2. Backward Pass (Chain Rule)" and "3. Backprop into Hidden
/// Layer".
///
///   dL/dy_hat = 2(y_hat - y),  dL/dW2 = A1 ⊗ dL/dy_hat,  dL/db2 = dL/dy_hat
///   dL/dA1 = W2 dL/dy_hat,  dL/dZ1 = dL/dA1 ⊙ ReLU'(Z1),  dL/dW1 = x ⊗ dL/dZ1,  dL/db1 = dL/dZ1
#include <ctnn/io/print.hpp>

#include <iostream>

#include "two_layer.hpp"

using namespace ctnn;
using namespace day10;

constexpr auto trace = network.forward(x);
constexpr auto gradients = network.backward(trace, y, SquaredError{});

constexpr double dL_dyhat = gradients.layer<1>().dL_da[0];
constexpr Matrix<2, 1> dL_dW2 = gradients.layer<1>().W;
constexpr double dL_db2 = gradients.layer<1>().b[0];
constexpr Vector<2> dL_dA1 = gradients.layer<0>().dL_da;
constexpr Vector<2> dL_dZ1 = gradients.layer<0>().dL_dz;
constexpr Matrix<2, 2> dL_dW1 = gradients.layer<0>().W;
constexpr Vector<2> dL_db1 = gradients.layer<0>().b;

// The notebook's derivation, at the precision it writes.
static_assert(dL_dyhat == -4.48);                                  // 2(-2.24)
static_assert(is_close(dL_dW2, Matrix<2, 1>{-4.93, 0.0}, 0.005));  // [1.1, 0] · (-4.48)
static_assert(is_close(dL_dA1, Vector<2>{-2.69, 0.90}, 0.005));    // [0.6, -0.2] · (-4.48)
static_assert(is_close(dL_dZ1, Vector<2>{-2.69, 0.0}, 0.005));     // ⊙ mask [1, 0]
static_assert(is_close(dL_dW1, Matrix<2, 2>{-2.69, 0.0, -5.38, 0.0}, 0.005));
static_assert(is_close(dL_db1, Vector<2>{-2.69, 0.0}, 0.005));

// The code cell's output.
static_assert(is_close(dL_dW2, Matrix<2, 1>{-4.928, -0.0}, 0.0005));  // "dL/dW2: [-4.928 -0.]"
static_assert(dL_db2 == -4.48);                                       // "dL/db2: -4.48"
static_assert(is_close(dL_dW1, Matrix<2, 2>{-2.688, 0.0, -5.376, 0.0}, 0.0005));
static_assert(is_close(dL_db1, Vector<2>{-2.688, 0.0}, 0.0005));  // "dL/db1: [-2.688 0.]"

int main() {
    std::cout << "Backward Pass:\n";
    std::cout << "dL/dW2: " << dL_dW2 << '\n';
    print_number(std::cout << "dL/db2: ", dL_db2) << '\n';
    std::cout << "dL/dA1: " << dL_dA1 << '\n';
    std::cout << "dL/dZ1: " << dL_dZ1 << '\n';
    std::cout << "dL/dW1:\n" << dL_dW1 << '\n';
    std::cout << "dL/db1: " << dL_db1 << '\n';
}
