/// \file
/// XOR, the smallest problem a network without a hidden layer cannot learn: its data, and a
/// 2-4-1 network trained on it from a seeded initialisation.
#pragma once

#include <ctnn/ctnn.hpp>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace xor_example {

using namespace ctnn;

/// 2 inputs, 4 hidden neurons, 1 output: the probability that exactly one input is 1.
template <class Hidden = Tanh>
using XorNetwork = Network<Dense<2, 4>, Hidden, Dense<4, 1>, Sigmoid>;

inline constexpr Vector<2> inputs[] = {{0.0, 0.0}, {0.0, 1.0}, {1.0, 0.0}, {1.0, 1.0}};
inline constexpr Vector<1> targets[] = {{0.0}, {1.0}, {1.0}, {0.0}};

/// A trained network and its mean training loss in every epoch.
template <class Hidden>
struct TrainingRun {
    XorNetwork<Hidden> network;
    std::vector<double> loss_per_epoch;
};

/// Glorot-uniform weights from `seed`, then `epochs` passes of plain gradient descent on
/// binary cross-entropy, one example at a time in a shuffled order.
template <class Hidden = Tanh>
constexpr TrainingRun<Hidden> train_with_history(std::uint64_t seed, std::size_t epochs) {
    TrainingRun<Hidden> run;
    initialise(run.network, GlorotUniform{}, seed);
    run.loss_per_epoch = fit(run.network, inputs, targets, BinaryCrossEntropy{},
                             SGD{.learning_rate = 0.5}, {.epochs = epochs, .seed = seed});
    return run;
}

/// The same training, keeping only the network (what a constexpr variable can hold).
template <class Hidden = Tanh>
constexpr XorNetwork<Hidden> train(std::uint64_t seed, std::size_t epochs) {
    return train_with_history<Hidden>(seed, epochs).network;
}

/// True when every prediction is on the right side of 1/2 by at least `margin`: below
/// 0.5 - margin where XOR is 0, above 0.5 + margin where it is 1.
template <class Net>
constexpr bool classifies_xor(const Net& network, double margin) {
    for (std::size_t i = 0; i < 4; ++i) {
        const double p = network.predict(inputs[i])[0];
        const bool right = targets[i][0] == 1.0 ? p > 0.5 + margin : p < 0.5 - margin;
        if (!right) return false;
    }
    return true;
}

}  // namespace xor_example
