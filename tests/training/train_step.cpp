#include <ctnn/activation/sigmoid.hpp>
#include <ctnn/activation/tanh.hpp>
#include <ctnn/layer/dense.hpp>
#include <ctnn/loss/softmax_cross_entropy.hpp>
#include <ctnn/loss/squared_error.hpp>
#include <ctnn/optimizer/sgd.hpp>
#include <ctnn/testing/bits.hpp>
#include <ctnn/training/train_step.hpp>

#include <catch2/catch.hpp>

using namespace ctnn;

namespace {

using Net = Network<Dense<3, 4>, Tanh, Dense<4, 4>, Sigmoid, Dense<4, 3>>;

// Parameters spread over [-1, 1] in a fixed, irregular pattern.
constexpr Net initial_network() {
    Net net;
    auto spread = [](auto& tensor, int seed) {
        for (std::size_t k = 0; k < tensor.size; ++k) {
            tensor.elements[k] = double((int(k) * seed + 3) % 17 - 8) / 8.0;
        }
    };
    spread(net.layer<0>().W, 5);
    spread(net.layer<0>().b, 7);
    spread(net.layer<1>().W, 11);
    spread(net.layer<1>().b, 13);
    spread(net.layer<2>().W, 3);
    spread(net.layer<2>().b, 2);
    return net;
}

constexpr Vector<3> x{0.3, -1.7, 2.2};
constexpr Vector<3> y{0.0, 1.0, 0.0};
constexpr SGD sgd{.learning_rate = 0.05};

constexpr Net after_steps(Net net, const Vector<3>& input, const Vector<3>& target, int steps) {
    for (int i = 0; i < steps; ++i) train_step(net, input, target, SoftmaxCrossEntropy{}, sgd);
    return net;
}

}  // namespace

TEST_CASE("train_step: returns the loss before the update, which then goes down",
          "[training][train_step]") {
    constexpr auto losses = [] {
        Net net = initial_network();
        struct {
            double first, second;
        } result{};
        result.first = train_step(net, x, y, SoftmaxCrossEntropy{}, sgd);
        result.second = train_step(net, x, y, SoftmaxCrossEntropy{}, sgd);
        return result;
    }();
    constexpr Net net = initial_network();
    STATIC_REQUIRE(losses.first == net.loss(net.forward(x), y, SoftmaxCrossEntropy{}));
    STATIC_REQUIRE(losses.second < losses.first);
}

TEST_CASE("train_step: at run time gives the compile-time result bit for bit",
          "[training][train_step]") {
    // The compiler's result: ten training steps evaluated as a constant expression.
    constexpr Net by_compiler = after_steps(initial_network(), x, y, 10);

    // The program's result: the same steps from inputs the optimiser cannot see through.
    volatile double hidden[6] = {x[0], x[1], x[2], y[0], y[1], y[2]};
    volatile int steps = 10;
    const Vector<3> input{hidden[0], hidden[1], hidden[2]};
    const Vector<3> target{hidden[3], hidden[4], hidden[5]};
    const Net by_program = after_steps(initial_network(), input, target, steps);

    using testing::same_bits;
    CHECK(same_bits(by_program.layer<0>().W, by_compiler.layer<0>().W));
    CHECK(same_bits(by_program.layer<0>().b, by_compiler.layer<0>().b));
    CHECK(same_bits(by_program.layer<1>().W, by_compiler.layer<1>().W));
    CHECK(same_bits(by_program.layer<1>().b, by_compiler.layer<1>().b));
    CHECK(same_bits(by_program.layer<2>().W, by_compiler.layer<2>().W));
    CHECK(same_bits(by_program.layer<2>().b, by_compiler.layer<2>().b));
    // And training moved the parameters, so the comparison is not between two copies of the
    // initial values.
    CHECK_FALSE(same_bits(by_compiler.layer<0>().W, initial_network().layer<0>().W));
}
