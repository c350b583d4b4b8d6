/// \file
/// Tutorial, part 4: XOR learned by the compiler. The notebook's training step, repeated in a
/// constexpr function, trains a 2-4-1 network while the program compiles.
#include <ctnn/io/print.hpp>

#include <cstddef>
#include <iostream>

#include "xor.hpp"  // XorNetwork, inputs, targets, classifies_xor

using namespace xor_example;

// [training loop]
constexpr XorNetwork<> train_xor(std::size_t epochs) {
    XorNetwork<> network;                              // Dense<2, 4>, Tanh, Dense<4, 1>, Sigmoid
    initialise(network, GlorotUniform{}, /*seed=*/2);  // the same weights on every compiler
    for (std::size_t epoch = 0; epoch < epochs; ++epoch) {
        for (std::size_t i = 0; i < 4; ++i) {  // forward, loss, backward, update
            train_step(network, inputs[i], targets[i], BinaryCrossEntropy{},
                       SGD{.learning_rate = 0.5});
        }
    }
    return network;
}
// [training loop]

// [compile time]
constexpr XorNetwork<> untrained = train_xor(0);
constexpr XorNetwork<> trained = train_xor(100);  // the whole run, inside the compiler

static_assert(!classifies_xor(untrained, 0.0));
static_assert(classifies_xor(trained, 0.4));  // every output within 0.1 of its target
static_assert(mean_loss(trained, inputs, targets, BinaryCrossEntropy{}) <
              mean_loss(untrained, inputs, targets, BinaryCrossEntropy{}) / 10);
// [compile time]

int main() {
    for (std::size_t i = 0; i < 4; ++i) {
        std::cout << inputs[i] << " -> ";
        print_number(std::cout, trained.predict(inputs[i])[0]) << '\n';
    }
}
