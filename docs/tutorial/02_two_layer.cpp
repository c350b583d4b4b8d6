/// \file
/// Tutorial, part 2: the notebook's two-layer network. Shapes as types, the trace of the forward
/// pass, the gradients dL/dA1 and dL/dZ1 the hidden layer receives, and the update.
#include <ctnn/ctnn.hpp>
#include <ctnn/io/print.hpp>

#include <concepts>
#include <iostream>

using namespace ctnn;

// [types]
using TwoLayer = Network<Dense<2, 2>, ReLU, Dense<2, 1>>;  // 2 inputs -> 2 ReLU -> 1 linear

static_assert(TwoLayer::input_size == 2 && TwoLayer::output_size == 1);
static_assert(TwoLayer::layer_count == 2);  // Dense<2, 2> and its ReLU form layer 1
static_assert(std::same_as<decltype(TwoLayer{}.layer<0>().W), Matrix<2, 2>>);  // W1
static_assert(std::same_as<decltype(TwoLayer{}.layer<1>().W), Matrix<2, 1>>);  // W2
static_assert(TwoLayer::parameter_count == 9);  // 2 x 2 + 2, then 2 x 1 + 1
static_assert(ctnn::describe<TwoLayer>() ==
              "Dense<2, 2> + ReLU: 2 -> 2, 6 parameters; Dense<2, 1>: 2 -> 1, 3 parameters; "
              "9 parameters");
// [types]

// [values]
constexpr Matrix<2, 2> W1{0.5, -0.4,  // row i: the weights leaving input i
                          0.3, 0.1};
constexpr Matrix<2, 1> W2{0.6,  //
                          -0.2};
constexpr TwoLayer network{Dense<2, 2>{W1, Vector<2>{0.0, 0.0}}, ReLU{},
                           Dense<2, 1>{W2, Vector<1>{0.1}}};
constexpr Vector<2> x{1.0, 2.0};
constexpr Vector<1> y{3.0};
// [values]

// [trace]
constexpr auto trace = network.forward(x);
constexpr Vector<2> Z1 = trace.layer<0>().z;  // x W1 + b1
constexpr Vector<2> A1 = trace.layer<0>().a;  // ReLU(Z1)
constexpr double y_hat = trace.output()[0];   // A1 W2 + b2, linear

static_assert(is_close(Z1, Vector<2>{1.1, -0.2}, 1e-15));
static_assert(A1[1] == 0.0);  // the second hidden neuron is off
static_assert(y_hat == 0.76);
// [trace]

// [hidden gradients]
constexpr double dL_dyhat = 2.0 * (y_hat - y[0]);                           // -4.48
constexpr Vector<2> dL_dA1 = multiply(W2, Vector<1>{dL_dyhat});             // W2 · dL/dy_hat
constexpr Vector<2> dA1_dZ1{Z1[0] > 0 ? 1.0 : 0.0, Z1[1] > 0 ? 1.0 : 0.0};  // ReLU'(Z1)
constexpr Vector<2> dL_dZ1 = hadamard(dL_dA1, dA1_dZ1);                     // element by element
constexpr Matrix<2, 2> dL_dW1 = outer(x, dL_dZ1);                           // dZ1/dW1 = x

constexpr auto gradients = network.backward(trace, y, SquaredError{});

static_assert(gradients.layer<0>().dL_da == dL_dA1);  // what the library computed
static_assert(gradients.layer<0>().dL_dz == dL_dZ1);
static_assert(gradients.layer<0>().W == dL_dW1);
static_assert(is_close(dL_dW1, Matrix<2, 2>{-2.688, 0.0, -5.376, 0.0}, 1e-12));
// [hidden gradients]

// [update]
constexpr double eta = 0.1;

constexpr TwoLayer after_one_step(TwoLayer n) {
    train_step(n, x, y, SquaredError{}, SGD{.learning_rate = eta});  // forward, backward, update
    return n;
}
constexpr TwoLayer updated = after_one_step(network);

static_assert(updated.layer<0>().W == W1 - eta * dL_dW1);  // W1_new
static_assert(updated.layer<1>().b[0] == 0.548);           // b2_new, to the last bit
// [update]

int main() {
    const TwoLayer at_run_time = after_one_step(network);
    std::cout << "dL/dA1: " << dL_dA1 << '\n';
    std::cout << "dL/dZ1: " << dL_dZ1 << '\n';
    std::cout << "W1_new:\n" << at_run_time.layer<0>().W << '\n';
    print_number(std::cout << "b2_new: ", at_run_time.layer<1>().b[0]) << '\n';
}
