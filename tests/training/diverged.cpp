#include <ctnn/activation/relu.hpp>
#include <ctnn/activation/tanh.hpp>
#include <ctnn/layer/dense.hpp>
#include <ctnn/loss/squared_error.hpp>
#include <ctnn/math/float_bits.hpp>
#include <ctnn/optimizer/momentum.hpp>
#include <ctnn/optimizer/sgd.hpp>
#include <ctnn/testing/bits.hpp>
#include <ctnn/training/diverged.hpp>
#include <ctnn/training/fit.hpp>
#include <ctnn/training/initialise.hpp>
#include <ctnn/training/train_step.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <limits>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

using namespace ctnn;
using Catch::Matchers::Contains;
using testing::same_bits;

namespace {

constexpr double not_a_number = std::numeric_limits<double>::quiet_NaN();

/// True when every parameter of every layer is finite.
template <class Net>
bool all_finite(const Net& network) {
    bool finite = true;
    network.for_each_parameter([&](const auto& p, auto, auto) {
        for (const auto& element : p.elements) finite = finite && is_finite(element);
    });
    return finite;
}

/// The parameters of `network`, in order.
template <class Net>
std::vector<double> parameters(const Net& network) {
    std::vector<double> all;
    network.for_each_parameter([&](const auto& p, auto, auto) {
        for (const auto& element : p.elements) all.push_back(element);
    });
    return all;
}

/// True when both networks hold the same bits in every parameter.
template <class Net>
bool same_parameters(const Net& a, const Net& b) {
    const auto pa = parameters(a);
    const auto pb = parameters(b);
    for (std::size_t n = 0; n < pa.size(); ++n) {
        if (!same_bits(pa[n], pb[n])) return false;
    }
    return pa.size() == pb.size() && !pa.empty();
}

// The diverging training of a tanh network: inputs around 1e3, targets +-1e6 and a learning
// rate of 10. Every step overshoots, the output grows until its squared error overflows.
using Diverging = Network<Dense<2, 4>, Tanh, Dense<4, 1>>;
const std::vector<Vector<2>> far_inputs{{1000.0, -2000.0}, {-1500.0, 500.0}, {800.0, 1200.0}};
const std::vector<Vector<1>> far_targets{{1e6}, {-1e6}, {1e6}};

Diverging diverging_start() {
    Diverging network;
    initialise(network, GlorotUniform{}, 3);
    return network;
}

/// Where training diverged, found by train_step's steps one at a time (fit's steps on batches of
/// one are train_step's: tests/training/fit.cpp): the first example whose loss is not finite, or
/// whose step makes a parameter not finite, and the network before that step.
struct Divergence {
    std::size_t epoch = 0, batch = 0;
    std::string quantity;
    double value = 0.0;
    Diverging network;
};

/// The first parameter of `network` that is not finite, as "layer k's parameter i after its step"
/// and its value; an empty name when all are finite.
template <class Net>
std::pair<std::string, double> first_non_finite(const Net& network) {
    std::pair<std::string, double> found;
    network.for_each_parameter([&](const auto& p, auto k, auto i) {
        for (const auto& element : p.elements) {
            if (found.first.empty() && !is_finite(element)) {
                found = {"layer " + std::to_string(k) + "'s parameter " + std::to_string(i) +
                             " after its step",
                         element};
            }
        }
    });
    return found;
}

template <class OptimizerType>
Divergence diverge_step_by_step(const OptimizerType& optimizer) {
    Diverging network = diverging_start();
    auto state = network.optimizer_state(optimizer);
    for (std::size_t epoch = 0; epoch < 1000; ++epoch) {
        for (std::size_t k = 0; k < far_inputs.size(); ++k) {
            const auto& x = far_inputs[k];
            const auto& y = far_targets[k];
            const double loss = network.loss(network.forward(x), y, SquaredError{});
            if (!is_finite(loss)) return {epoch, k, "the loss", loss, network};
            const Diverging before = network;
            train_step(network, x, y, SquaredError{}, optimizer, state);
            if (const auto [name, value] = first_non_finite(network); !name.empty()) {
                return {epoch, k, name, value, before};
            }
        }
    }
    FAIL("the training did not diverge");
    return {};
}

/// Checks that `fit` with `optimizer` stops where `diverge_step_by_step` does, with its network.
template <class OptimizerType>
void check_stops_where_steps_diverge(const OptimizerType& optimizer) {
    const Divergence expected = diverge_step_by_step(optimizer);
    Diverging network = diverging_start();
    try {
        fit(network, far_inputs, far_targets, SquaredError{}, optimizer,
            {.epochs = 1000, .shuffle = false});
        FAIL("fit returned");
    } catch (const TrainingDiverged& diverged) {
        CHECK(diverged.epoch == expected.epoch);
        CHECK(diverged.batch == expected.batch);
        CHECK(diverged.quantity == expected.quantity);
        CHECK(same_bits(diverged.value, expected.value));
        CHECK_THAT(std::string(diverged.what()),
                   Contains("training diverged in epoch " + std::to_string(expected.epoch) +
                            ", batch " + std::to_string(expected.batch) +
                            " (counted from 0): " + expected.quantity + " is "));
    }
    CHECK(all_finite(network));
    CHECK(same_parameters(network, expected.network));
}

}  // namespace

TEST_CASE("fit: stops before the first step whose loss, or whose result, is not finite",
          "[training][fit]") {
    SECTION("SGD, whose steps are taken inside the backward pass: the loss overflows") {
        check_stops_where_steps_diverge(SGD{.learning_rate = 10});
        CHECK(diverge_step_by_step(SGD{.learning_rate = 10}).quantity == "the loss");
    }
    SECTION("Momentum, example by example: a step overflows the velocity, then the weights") {
        const Momentum momentum{.learning_rate = 10, .momentum = 0.5};
        check_stops_where_steps_diverge(momentum);
        CHECK(diverge_step_by_step(momentum).quantity != "the loss");
    }
}

TEST_CASE("fit: with stop_on_divergence off, trains on regardless", "[training][fit]") {
    Diverging network = diverging_start();
    const auto history =
        fit(network, far_inputs, far_targets, SquaredError{}, SGD{.learning_rate = 10},
            {.epochs = 1000, .shuffle = false, .stop_on_divergence = false});
    REQUIRE(history.size() == 1000);
    CHECK_FALSE(is_finite(history.back()));
    CHECK_FALSE(all_finite(network));
}

TEST_CASE("fit: a NaN in the data is an error before any step", "[training][fit]") {
    using Net = Network<Dense<2, 3>, Tanh, Dense<3, 1>>;
    const std::vector<Vector<2>> inputs{{0.5, -1.0}, {1.0, 0.25}, {not_a_number, 0.5}, {0.0, 1.0}};
    const std::vector<Vector<1>> targets{{1.0}, {0.0}, {1.0}, {0.5}};
    Net start;
    initialise(start, GlorotUniform{}, 1);

    Net network = start;
    CHECK_THROWS_WITH(fit(network, inputs, targets, SquaredError{}, SGD{.learning_rate = 0.1}),
                      Contains("ctnn::fit: example 2 (counted from 0) has an input of nan"));
    CHECK(same_parameters(network, start));

    auto finite_inputs = inputs;
    finite_inputs[2] = Vector<2>{0.25, 0.5};
    auto nan_targets = targets;
    nan_targets[3] = Vector<1>{not_a_number};
    CHECK_THROWS_WITH(fit<2>(network, finite_inputs, nan_targets, SquaredError{}, Momentum{}),
                      Contains("ctnn::fit: example 3 (counted from 0) has a target of nan"));
    CHECK(same_parameters(network, start));

    Net broken = start;
    broken.layer<1>().b[0] = not_a_number;
    CHECK_THROWS_WITH(fit(broken, finite_inputs, targets, SquaredError{}, SGD{}),
                      Contains("parameters are not all finite before training"));
}

TEST_CASE("fit: a step that makes a parameter NaN behind a finite loss is found and undone",
          "[training][fit]") {
    // Layer 0 overflows: z0 = 1e200 * 1e200 = inf, a0 = ReLU(inf) = inf. Layer 1 has W = 0, so
    // z1 = inf * 0 = NaN, and ReLU(NaN) = 0 hides it: the output is b2 = 0.5, the loss (0.5 - 0)^2
    // = 0.25. Backward: dL/dz2 = 1, dL/da1 = W2 dL/dz2 = 1, dL/dz1 = 1 ReLU'(NaN) = 0, and
    // dL/dW1 = a0 dL/dz1 = inf * 0 = NaN, so the first step makes layer 1's W NaN. Every later
    // loss stays finite (z1 is NaN, a1 = 0): only the parameters, checked when training ends, show
    // it.
    using Net = Network<Dense<1, 1>, ReLU, Dense<1, 1>, ReLU, Dense<1, 1>>;
    const Net start{Dense<1, 1>{.W = {1e200}, .b = {0.0}}, ReLU{},
                    Dense<1, 1>{.W = {0.0}, .b = {0.0}}, ReLU{},
                    Dense<1, 1>{.W = {1.0}, .b = {0.5}}};
    const std::vector<Vector<1>> inputs{{1e200}, {1e200}};
    const std::vector<Vector<1>> targets{{0.0}, {0.0}};
    REQUIRE(start.loss(start.forward(inputs[0]), targets[0], SquaredError{}) == 0.25);

    auto check = [&](auto train) {
        Net network = start;
        try {
            train(network);
            FAIL("fit returned");
        } catch (const TrainingDiverged& diverged) {
            CHECK(diverged.epoch == 0);
            CHECK(diverged.batch == 0);
            CHECK(diverged.quantity == "layer 1's parameter 0 after its step");
            CHECK(is_nan(diverged.value));
        }
        CHECK(same_parameters(network, start));
    };
    SECTION("SGD on batches of one") {
        check([&](Net& network) { fit(network, inputs, targets, SquaredError{}, SGD{}); });
    }
    SECTION("Momentum, example by example") {
        check([&](Net& network) { fit(network, inputs, targets, SquaredError{}, Momentum{}); });
    }
    SECTION("batches of two") {
        check([&](Net& network) { fit<2>(network, inputs, targets, SquaredError{}, SGD{}); });
    }
}
