// ctnn doing the compile-time work of constexpr_nnet's test (github.com/paulbrucker/constexpr_nnet,
// test/static_tests.cpp), through ctnn's public API: XOR with +-1 targets, tanh layers 2-3-1-1,
// squared error, SGD with momentum 0.5 and learning rate 0.15, one example per step, EPOCHS
// epochs, trained twice in one file as that test does. Measured by compile_time_peers.sh.
//
// (The peer's third layer, Layer<1, 1>, is its output neuron, whose own weights are never used:
// its network computes 2-3-1. This file keeps the 2-3-1-1 network the comparisons were first
// made with, one Dense<1, 1> and one tanh more per step than the peer.)
#include <ctnn/ctnn.hpp>

#ifndef EPOCHS
#define EPOCHS 1000
#endif

using namespace ctnn;
using Net = Network<Dense<2, 3>, Tanh, Dense<3, 1>, Tanh, Dense<1, 1>, Tanh>;

constexpr std::array<Vector<2>, 4> inputs{Vector<2>{-1.0, -1.0}, Vector<2>{-1.0, 1.0},
                                          Vector<2>{1.0, -1.0}, Vector<2>{1.0, 1.0}};
constexpr std::array<Vector<1>, 4> targets{Vector<1>{-1.0}, Vector<1>{1.0}, Vector<1>{1.0},
                                           Vector<1>{-1.0}};

constexpr Net train(unsigned seed) {
    Net network;
    initialise(network, GlorotUniform{}, seed);
    fit(network, inputs, targets, SquaredError{}, Momentum{.learning_rate = 0.15, .momentum = 0.5},
        {.epochs = EPOCHS, .seed = seed});
    return network;
}

constexpr Net a = train(1);
constexpr Net b = train(2);

int main() { return a.predict(inputs[1])[0] > 0 && b.predict(inputs[1])[0] > 0 ? 0 : 1; }
