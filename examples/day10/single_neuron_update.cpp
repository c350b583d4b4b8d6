/// \file
/// Day 10, single neuron, "Gradient Descent Update" and "One Training Step".
///
///   w_new = w - η dL/dw,   b_new = b - η dL/db,   η = 0.1
#include <ctnn/io/print.hpp>

#include <iostream>

#include "single_neuron.hpp"

using namespace ctnn;
using namespace day10;

/// One training step: forward pass, loss, backward pass, update.
constexpr Neuron after_one_step(Neuron neuron) {
    train_step(neuron, x, y, SquaredError{}, SGD{.learning_rate = lr});
    return neuron;
}

constexpr Neuron trained = after_one_step(neuron);
constexpr double w_new = trained.layer<0>().W(0, 0);
constexpr double b_new = trained.layer<0>().b[0];

static_assert(w_new == 0.5211508371137067);    // "updated w", to the last bit
static_assert(b_new == 0.010575418556853344);  // "updated b", to the last bit

int main() {
    // The same step, taken at run time.
    const Neuron stepped = after_one_step(neuron);
    print_number(std::cout << "updated w: ", stepped.layer<0>().W(0, 0)) << '\n';
    print_number(std::cout << "updated b: ", stepped.layer<0>().b[0]) << '\n';
}
