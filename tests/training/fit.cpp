#include <ctnn/activation/tanh.hpp>
#include <ctnn/layer/dense.hpp>
#include <ctnn/loss/squared_error.hpp>
#include <ctnn/optimizer/schedule.hpp>
#include <ctnn/optimizer/sgd.hpp>
#include <ctnn/testing/bits.hpp>
#include <ctnn/training/fit.hpp>
#include <ctnn/training/initialise.hpp>
#include <ctnn/training/train_step.hpp>

#include <catch2/catch.hpp>

#include <array>
#include <cstddef>
#include <stdexcept>
#include <vector>

using namespace ctnn;
using testing::same_bits;

namespace {

using Line = Network<Dense<1, 1>>;  // z = w x + b

constexpr Line line(double w, double b) { return Line{Dense<1, 1>{.W = {w}, .b = {b}}}; }

constexpr Vector<1> xs[] = {{1.0}, {2.0}, {-1.5}};
constexpr Vector<1> ys[] = {{3.0}, {0.0}, {0.5}};

constexpr Vector<2> points[] = {{0.5, -1.0}, {2.0, 0.25}, {-1.5, 1.0}, {0.0, 0.75}, {1.0, 1.0}};
constexpr Vector<2> targets[] = {{1.0, 0.0}, {0.0, 1.0}, {0.5, 0.5}, {1.0, 1.0}, {0.0, 0.0}};

/// SGD's steps seen only through `update`: not an `ElementwiseOptimizer`, so `fit` takes them
/// after `backward`, never inside it.
struct SGDThroughUpdate {
    double learning_rate = 0.01;

    template <class P>
    struct state {};

    template <Tensor P>
    constexpr void update(P& p, const P& dL_dp, state<P>&) const {
        SGD::state<P> none;
        SGD{.learning_rate = learning_rate}.update(p, dL_dp, none);
    }
};

}  // namespace

TEST_CASE("fit: averages the gradients of a batch before one step", "[training][fit]") {
    // Example 1: z = 1, dL/dz = 2 (1 - 3) = -4, so dL/dw = -4 x = -4, dL/db = -4.
    // Example 2: z = 2, dL/dz = 2 (2 - 0) = 4, so dL/dw = 4 x = 8, dL/db = 4.
    // Mean: dL/dw = 2, dL/db = 0; with η = 0.25: w = 1 - 0.5 = 0.5, b = 0.
    // The epoch's loss is the mean of (1 - 3)^2 = 4 and (2 - 0)^2 = 4.
    constexpr auto result = [] {
        Line network = line(1.0, 0.0);
        const auto history = fit<2>(network, std::span(xs, 2), std::span(ys, 2), SquaredError{},
                                    SGD{.learning_rate = 0.25}, {.epochs = 1, .shuffle = false});
        struct {
            Line network;
            double loss;
        } out{network, history[0]};
        return out;
    }();
    STATIC_REQUIRE(result.network.layer<0>().W == Matrix<1, 1>{0.5});
    STATIC_REQUIRE(result.network.layer<0>().b == Vector<1>{0.0});
    STATIC_REQUIRE(result.loss == 4.0);
}

TEST_CASE("fit: with batches of one takes exactly the steps train_step takes", "[training][fit]") {
    constexpr auto by_fit = [] {
        Line network = line(0.5, -0.25);
        fit(network, xs, ys, SquaredError{}, SGD{.learning_rate = 0.1},
            {.epochs = 2, .shuffle = false});
        return network;
    }();
    constexpr auto by_steps = [] {
        Line network = line(0.5, -0.25);
        for (int epoch = 0; epoch < 2; ++epoch) {
            for (int i = 0; i < 3; ++i) {
                train_step(network, xs[i], ys[i], SquaredError{}, SGD{.learning_rate = 0.1});
            }
        }
        return network;
    }();
    STATIC_REQUIRE(same_bits(by_fit.layer<0>().W, by_steps.layer<0>().W));
    STATIC_REQUIRE(same_bits(by_fit.layer<0>().b, by_steps.layer<0>().b));
    STATIC_REQUIRE_FALSE(same_bits(by_fit.layer<0>().W, line(0.5, -0.25).layer<0>().W));
}

TEST_CASE("fit: batches of one descending take the steps of backward and update, to the bit",
          "[training][fit]") {
    // With SGD, batches of one take their steps inside the backward pass, each step computing
    // the next example's forward pass; seen only through `update`, the same SGD takes them after
    // `backward`. Shuffled, over epochs, so that every example follows another.
    using Net = Network<Dense<2, 3>, Tanh, Dense<3, 2>>;
    static_assert(Net::descends_with<SGD>() && !Net::descends_with<SGDThroughUpdate>());
    struct Trained {
        Net network;
        std::array<double, 3> losses;
    };
    constexpr auto train = [](auto optimizer) {
        Trained t{};
        initialise(t.network, GlorotUniform{}, 5);
        const auto history = fit(t.network, points, targets, SquaredError{}, optimizer,
                                 {.epochs = 3, .shuffle = true, .seed = 9});
        for (std::size_t e = 0; e < 3; ++e) t.losses[e] = history[e];
        return t;
    };
    constexpr Trained descending = train(SGD{.learning_rate = 0.1});
    constexpr Trained by_update = train(SGDThroughUpdate{.learning_rate = 0.1});
    STATIC_REQUIRE(same_bits(descending.network.layer<0>().W, by_update.network.layer<0>().W));
    STATIC_REQUIRE(same_bits(descending.network.layer<0>().b, by_update.network.layer<0>().b));
    STATIC_REQUIRE(same_bits(descending.network.layer<1>().W, by_update.network.layer<1>().W));
    STATIC_REQUIRE(same_bits(descending.network.layer<1>().b, by_update.network.layer<1>().b));
    STATIC_REQUIRE(descending.losses == by_update.losses);
    STATIC_REQUIRE(descending.losses[2] < descending.losses[0]);
}

TEST_CASE("fit: averages a last, smaller batch over its own size", "[training][fit]") {
    // Batches of 2 over 3 examples: {1, 2} then {3} alone. Start at w = 1, b = 0, η = 0.25.
    // Batch 1 as above: w = 0.5, b = 0.
    // Batch 2: z = 0.5 (-1.5) = -0.75, dL/dz = 2 (-0.75 - 0.5) = -2.5, dL/dw = -2.5 (-1.5)
    // = 3.75, dL/db = -2.5 (mean over one example); w = 0.5 - 0.9375 = -0.4375, b = 0.625.
    constexpr auto network = [] {
        Line n = line(1.0, 0.0);
        fit<2>(n, xs, ys, SquaredError{}, SGD{.learning_rate = 0.25},
               {.epochs = 1, .shuffle = false});
        return n;
    }();
    STATIC_REQUIRE(network.layer<0>().W == Matrix<1, 1>{-0.4375});
    STATIC_REQUIRE(network.layer<0>().b == Vector<1>{0.625});
}

TEST_CASE("fit: sets each epoch's learning rate from the schedule", "[training][fit]") {
    // One example x = 1, y = 0: L = (w + b)^2, dL/dw = dL/db = 2 (w + b). Start w = 1, b = 0.
    // Epoch 0, η = 0.125: w = 1 - 0.25 = 0.75, b = -0.25 (w + b = 0.5).
    // Epoch 1, η = 0.0625 (halved): w = 0.75 - 0.0625 = 0.6875; at a constant 0.125: 0.625.
    constexpr auto after_two_epochs = [](auto schedule) {
        const Vector<1> x[] = {{1.0}};
        const Vector<1> y[] = {{0.0}};
        Line network = line(1.0, 0.0);
        fit(network, x, y, SquaredError{}, SGD{.learning_rate = 0.125}, {.epochs = 2}, schedule);
        return network.layer<0>().W(0, 0);
    };
    STATIC_REQUIRE(after_two_epochs(StepDecay{.step_size = 1, .gamma = 0.5}) == 0.6875);
    STATIC_REQUIRE(after_two_epochs(ConstantRate{}) == 0.625);
}

TEST_CASE("fit: shuffles reproducibly from its seed", "[training][fit]") {
    constexpr auto trained = [](std::uint64_t seed) {
        Network<Dense<1, 3>, Tanh, Dense<3, 1>> network;
        network.layer<0>().W = Matrix<1, 3>{0.5, -0.3, 0.8};
        network.layer<1>().W = Matrix<3, 1>{0.2, 0.7, -0.4};
        fit(network, xs, ys, SquaredError{}, SGD{.learning_rate = 0.05},
            {.epochs = 3, .seed = seed});
        return network.layer<0>().W;
    };
    STATIC_REQUIRE(same_bits(trained(7), trained(7)));
    STATIC_REQUIRE_FALSE(same_bits(trained(7), trained(8)));
}

TEST_CASE("fit: returns one mean loss per epoch, falling on a learnable problem",
          "[training][fit]") {
    Line network = line(0.0, 0.0);
    const std::vector<double> history =
        fit(network, xs, ys, SquaredError{}, SGD{.learning_rate = 0.05}, {.epochs = 20});
    REQUIRE(history.size() == 20);
    CHECK(history.back() < history.front());
}

TEST_CASE("fit: rejects inputs and targets that do not pair up", "[training][fit]") {
    Line network = line(0.0, 0.0);
    CHECK_THROWS_AS(fit(network, std::span(xs, 3), std::span(ys, 2), SquaredError{}, SGD{}),
                    std::invalid_argument);
    CHECK_THROWS_AS(fit(network, std::span(xs, 0), std::span(ys, 0), SquaredError{}, SGD{}),
                    std::invalid_argument);
}

TEST_CASE("fit: reports its progress after every batch", "[training][fit]") {
    // Three examples in batches of 2, two epochs, no shuffling: batches of 2 and 1 per epoch.
    // Epoch 0 from w = 1, b = 0 with η = 0.25: the first batch is the one worked above (losses
    // 4 and 4, so its mean is 4); after it w = 0.5, b = 0, and the third example has
    // z = 0.5 (-1.5) = -0.75 and loss (-0.75 - 0.5)^2 = 1.5625: the mean of the three is 9.5625
    // / 3.
    struct Report {
        std::size_t epoch, done, count;
        double loss;
    };
    constexpr auto reports = [] {
        Line network = line(1.0, 0.0);
        std::array<Report, 4> seen{};
        std::size_t calls = 0;
        auto record = [&](const FitProgress<double>& progress) {
            seen[calls++] = Report{progress.epoch, progress.examples_done, progress.example_count,
                                   progress.loss};
        };
        fit<2>(network, xs, ys, SquaredError{}, SGD{.learning_rate = 0.25},
               {.epochs = 2, .shuffle = false}, ConstantRate{}, record);
        return seen;
    }();
    STATIC_REQUIRE(reports[0].epoch == 0);
    STATIC_REQUIRE(reports[0].done == 2);
    STATIC_REQUIRE(reports[0].count == 3);
    STATIC_REQUIRE(reports[0].loss == 4.0);
    STATIC_REQUIRE(reports[1].epoch == 0);
    STATIC_REQUIRE(reports[1].done == 3);
    STATIC_REQUIRE(reports[1].loss == 9.5625 / 3.0);
    STATIC_REQUIRE(reports[2].epoch == 1);
    STATIC_REQUIRE(reports[2].done == 2);
    STATIC_REQUIRE(reports[3].epoch == 1);
    STATIC_REQUIRE(reports[3].done == 3);
}
