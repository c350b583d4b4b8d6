// The parts of a sample-step of compile_time_same_work.cpp, measured one after the other by
// constexpr_cost.sh: PART 1 runs each step's forward pass and loss (and the shuffle), PART 2 adds
// the backward pass, PART 3 the momentum update: the step `fit` takes, written out with the
// public API. The difference between two parts is the cost of the one added.
//   bench/constexpr_cost.sh bench/compile_time_parts.cpp -DPART=2
#include "compile_time_same_work.hpp"

#ifndef EPOCHS
#define EPOCHS 50
#endif
#ifndef PART
#define PART 3
#endif

using namespace same_work;

constexpr double train() {
    Net network;
    initialise(network, GlorotUniform{}, 1);
    auto state = network.optimizer_state(optimizer);
    Net::trace_type trace{};
    Net::gradients_type gradients{};
    std::size_t order[4] = {0, 1, 2, 3};
    Pcg32 random(1);
    double loss = 0.0;
    for (int epoch = 0; epoch < EPOCHS; ++epoch) {
        shuffle(order, order + 4, random);
        for (std::size_t i : order) {
            network.forward(inputs[i], trace);
            loss = loss + SquaredError{}.value(trace.output(), targets[i]);
            if constexpr (PART >= 2) network.backward(trace, targets[i], SquaredError{}, gradients);
            if constexpr (PART >= 3) network.update(gradients, optimizer, state);
        }
    }
    return loss;
}

constexpr double loss = train();

int main() { return loss > 0.0 ? 0 : 1; }
