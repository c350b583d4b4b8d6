// ctnn doing the compile-time work of constexpr_nnet's test through its public API: the network
// and data of compile_time_same_work.hpp, one example per step, EPOCHS epochs, trained twice in
// one file as that test does. Measured by compile_time_peers.sh.
#include "compile_time_same_work.hpp"

#ifndef EPOCHS
#define EPOCHS 1000
#endif

using namespace same_work;

constexpr Net train(unsigned seed) {
    Net network;
    initialise(network, GlorotUniform{}, seed);
    fit(network, inputs, targets, SquaredError{}, optimizer, {.epochs = EPOCHS, .seed = seed});
    return network;
}

constexpr Net a = train(1);
constexpr Net b = train(2);

int main() { return a.predict(inputs[1])[0] > 0 && b.predict(inputs[1])[0] > 0 ? 0 : 1; }
