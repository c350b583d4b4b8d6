/// \file
/// Exercise 3, starting point: make the compiler learn XOR with the notebook's ingredients,
/// sigmoid neurons and the squared-error loss, on the smallest network that can: 2-2-1.
///
/// Write `train`, then replace the run-time report in main by a static_assert.
#include <ctnn/io/print.hpp>

#include <cstddef>
#include <iostream>

#include "xor.hpp"  // inputs, targets, classifies_xor

using namespace xor_example;

// [network]
using Small = Network<Dense<2, 2>, Sigmoid, Dense<2, 1>, Sigmoid>;

constexpr Small train(std::size_t epochs) {
    Small network;
    initialise(network, GlorotUniform{}, /*seed=*/4);
    // TODO: `epochs` times, one train_step per example: SquaredError{}, SGD{.learning_rate = 2.0}
    (void)epochs;
    return network;
}

constexpr Small trained = train(300);
// [network]

int main() {
    for (std::size_t i = 0; i < 4; ++i) {
        std::cout << inputs[i] << " -> ";
        print_number(std::cout, trained.predict(inputs[i])[0]) << '\n';
    }
    std::cout << "classifies XOR: " << (classifies_xor(trained, 0.4) ? "yes" : "no") << '\n';
}
