/// \file
/// Tutorial, part 1: one sigmoid neuron. The forward pass, the three factors of the chain rule
/// written by hand, the library's backward pass checked against them, and the update.
#include <ctnn/ctnn.hpp>
#include <ctnn/io/print.hpp>

#include <iostream>

using namespace ctnn;

// [neuron]
using Neuron = Network<Dense<1, 1>, Sigmoid>;  // z = w x + b, a = σ(z)

constexpr Neuron neuron{Dense<1, 1>{.W = {0.5}, .b = {0.0}}, Sigmoid{}};  // w = 0.5, b = 0
constexpr Vector<1> x{2.0};
constexpr Vector<1> y{1.0};
// [neuron]

// [forward]
constexpr auto trace = neuron.forward(x);
constexpr double z = trace.layer<0>().z[0];
constexpr double a = trace.layer<0>().a[0];
constexpr double L = neuron.loss(trace, y, SquaredError{});  // (a - y)^2

static_assert(z == 1.0);                    // 0.5 · 2 + 0
static_assert(is_close(a, 0.731, 0.0005));  // σ(1)
static_assert(L == 0.07232948812851325);    // the notebook's L, to the last bit
// [forward]

// [factors]
constexpr double dL_da = 2.0 * (a - y[0]);  // from L = (a - y)^2
constexpr double da_dz = a * (1.0 - a);     // from a = σ(z)
constexpr double dz_dw = x[0];              // from z = w x + b
constexpr double dz_db = 1.0;

constexpr double dL_dw = dL_da * da_dz * dz_dw;
constexpr double dL_db = dL_da * da_dz * dz_db;
// [factors]

// [backward]
constexpr auto gradients = neuron.backward(trace, y, SquaredError{});

static_assert(gradients.layer<0>().dL_da[0] == dL_da);  // the library's factors are ours,
static_assert(gradients.layer<0>().W(0, 0) == dL_dw);   // bit for bit
static_assert(gradients.layer<0>().b[0] == dL_db);
static_assert(dL_dw == -0.21150837113706686);  // the notebook's dL_dw
// [backward]

// [update]
constexpr double eta = 0.1;
constexpr double w_new = 0.5 - eta * dL_dw;
constexpr double b_new = 0.0 - eta * dL_db;

constexpr Neuron after_update(Neuron n) {
    n.update(gradients, SGD{.learning_rate = eta});  // p - η dL/dp, for every parameter
    return n;
}
constexpr Neuron updated = after_update(neuron);

static_assert(updated.layer<0>().W(0, 0) == w_new);
static_assert(updated.layer<0>().b[0] == b_new);
static_assert(w_new == 0.5211508371137067);  // the notebook's "updated w"
// [update]

int main() {
    // [run time]
    const Neuron at_run_time = after_update(neuron);  // the same function, run by the program
    print_number(std::cout << "dL/da = ", dL_da) << '\n';
    print_number(std::cout << "da/dz = ", da_dz) << '\n';
    print_number(std::cout << "dz/dw = ", dz_dw) << '\n';
    print_number(std::cout << "dL/dw = ", dL_dw) << '\n';
    print_number(std::cout << "updated w: ", at_run_time.layer<0>().W(0, 0)) << '\n';
    print_number(std::cout << "updated b: ", at_run_time.layer<0>().b[0]) << '\n';
    // [run time]
}
