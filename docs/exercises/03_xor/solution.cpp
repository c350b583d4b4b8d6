/// \file
/// Exercise 3, solution: the compiler learns XOR on a 2-2-1 sigmoid network with the notebook's
/// squared-error loss, one training step per example, 300 times over the data.
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
    for (std::size_t epoch = 0; epoch < epochs; ++epoch) {
        for (std::size_t i = 0; i < 4; ++i) {
            train_step(network, inputs[i], targets[i], SquaredError{}, SGD{.learning_rate = 2.0});
        }
    }
    return network;
}

constexpr Small trained = train(300);

static_assert(classifies_xor(trained, 0.4), "every XOR input within 0.1 of its target");
// [network]

int main() {
    for (std::size_t i = 0; i < 4; ++i) {
        std::cout << inputs[i] << " -> ";
        print_number(std::cout, trained.predict(inputs[i])[0]) << '\n';
    }
    std::cout << "classifies XOR: " << (classifies_xor(trained, 0.4) ? "yes" : "no") << '\n';
}
