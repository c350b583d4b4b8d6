// The compile-time training measured by compile_time_training.sh: XOR on a 2-HIDDEN-1 network
// (tanh, sigmoid output, binary cross-entropy, plain SGD, one example per step) for EPOCHS
// epochs of 4 examples, entirely inside the initialiser of a constexpr variable.
#include "../examples/xor.hpp"

#ifndef EPOCHS
#define EPOCHS 2000
#endif
#ifndef HIDDEN
#define HIDDEN 4
#endif

using namespace xor_example;
using Net = Network<Dense<2, HIDDEN>, Tanh, Dense<HIDDEN, 1>, Sigmoid>;

constexpr Net train_xor() {
    Net network;
    initialise(network, GlorotUniform{}, 2);
    fit(network, inputs, targets, BinaryCrossEntropy{}, SGD{.learning_rate = 0.5},
        {.epochs = EPOCHS, .seed = 2});
    return network;
}

constexpr Net trained = train_xor();
static_assert(EPOCHS < 100 || HIDDEN != 4 || classifies_xor(trained, 0.4));

int main() { return trained.predict(inputs[1])[0] > 0.5 ? 0 : 1; }
