#include <ctnn/activation/identity.hpp>
#include <ctnn/activation/leaky_relu.hpp>
#include <ctnn/activation/relu.hpp>
#include <ctnn/activation/sigmoid.hpp>
#include <ctnn/activation/softmax.hpp>
#include <ctnn/activation/tanh.hpp>
#include <ctnn/layer/dense.hpp>
#include <ctnn/loss/binary_cross_entropy.hpp>
#include <ctnn/loss/mean_squared_error.hpp>
#include <ctnn/loss/softmax_cross_entropy.hpp>
#include <ctnn/loss/squared_error.hpp>
#include <ctnn/testing/archetypes.hpp>
#include <ctnn/testing/gradient_check.hpp>

#include <catch2/catch.hpp>

using namespace ctnn;
using testing::gradient_check;

namespace {

// Parameters spread over [-1, 1] in a fixed, irregular pattern, so that no two are equal and
// (for the inputs below) no pre-activation lies within the finite-difference step of 0.
template <class Tensor>
constexpr void spread(Tensor& tensor, int seed) {
    for (std::size_t k = 0; k < tensor.size; ++k) {
        tensor.elements[k] = double((int(k) * seed + 5) % 19 - 9) / 9.5;
    }
}

/// Dense<3, 4>, then F, then Dense<4, 2>, then G: every shipped activation sits at F.
template <class F, class G = Identity>
constexpr auto make_network() {
    Network<Dense<3, 4>, F, Dense<4, 2>, G> net;
    spread(net.template layer<0>().W, 7);
    spread(net.template layer<0>().b, 3);
    spread(net.template layer<1>().W, 5);
    spread(net.template layer<1>().b, 11);
    return net;
}

constexpr Vector<3> x{0.7, -1.3, 0.4};

/// The wrong derivative a student might write for Sigmoid: a(1 + a) instead of a(1 - a).
struct SigmoidWithWrongDerivative {
    template <class T>
    constexpr T value(T z) const {
        return Sigmoid{}.value(z);
    }
    template <class T>
    constexpr T derivative(T, T a) const {
        return a * (T(1.0) + a);
    }
};

}  // namespace

TEMPLATE_TEST_CASE("gradient_check: backprop agrees with finite differences for every activation",
                   "[testing][gradient_check]", Identity, ReLU, LeakyReLU, Sigmoid, Tanh, Softmax,
                   testing::ActivationArchetype) {
    constexpr auto result =
        gradient_check(make_network<TestType>(), x, Vector<2>{0.25, -0.5}, SquaredError{});
    STATIC_REQUIRE(result.passed);
    STATIC_REQUIRE(result.derivatives_checked == 3 * 4 + 4 + 4 * 2 + 2 + 3);
    STATIC_REQUIRE(result.max_gradient > 0.1);  // real gradients, not zeros compared with zeros
}

TEST_CASE("gradient_check: backprop agrees with finite differences for every loss",
          "[testing][gradient_check]") {
    constexpr Vector<2> y{0.0, 1.0};
    constexpr auto squared = gradient_check(make_network<Tanh>(), x, y, SquaredError{});
    constexpr auto mean_squared = gradient_check(make_network<Tanh>(), x, y, MeanSquaredError{});
    constexpr auto binary =
        gradient_check(make_network<Tanh, Sigmoid>(), x, Vector<2>{0.0, 1.0}, BinaryCrossEntropy{});
    constexpr auto softmax = gradient_check(make_network<Tanh>(), x, y, SoftmaxCrossEntropy{});
    constexpr auto archetype = gradient_check(make_network<Tanh>(), x, y, testing::LossArchetype{});
    STATIC_REQUIRE(squared.passed);
    STATIC_REQUIRE(mean_squared.passed);
    STATIC_REQUIRE(binary.passed);
    STATIC_REQUIRE(softmax.passed);
    STATIC_REQUIRE(archetype.passed);
    STATIC_REQUIRE(squared.max_gradient > 0.1);
    STATIC_REQUIRE(binary.max_gradient > 0.1);
    STATIC_REQUIRE(softmax.max_gradient > 0.1);
}

TEST_CASE("gradient_check: backprop agrees with finite differences for every layer",
          "[testing][gradient_check]") {
    // Dense is in every network above; here Pass (under a lone Softmax) and the archetype layer.
    constexpr auto with_pass = [] {
        Network<Dense<3, 3>, Tanh, Softmax> net;
        spread(net.layer<0>().W, 7);
        return gradient_check(net, x, Vector<3>{0.2, 0.3, 0.5}, SquaredError{});
    }();
    constexpr auto with_archetype = [] {
        Network<testing::LayerArchetype<3>, Sigmoid, Dense<3, 1>> net;
        spread(net.layer<0>().w, 5);
        spread(net.layer<1>().W, 3);
        return gradient_check(net, x, Vector<1>{2.0}, SquaredError{});
    }();
    STATIC_REQUIRE(with_pass.passed);
    STATIC_REQUIRE(with_pass.max_gradient > 0.01);
    STATIC_REQUIRE(with_archetype.passed);
    STATIC_REQUIRE(with_archetype.max_gradient > 0.1);
}

TEST_CASE("gradient_check: reports a wrong derivative as a failure", "[testing][gradient_check]") {
    constexpr auto result = gradient_check(make_network<SigmoidWithWrongDerivative>(), x,
                                           Vector<2>{0.25, -0.5}, SquaredError{});
    STATIC_REQUIRE_FALSE(result.passed);
    STATIC_REQUIRE(result.max_error > 0.01);
}

TEST_CASE("gradient_check: checks float networks with a float-sized step",
          "[testing][gradient_check]") {
    constexpr auto result = [] {
        Network<Dense<2, 3, float>, Tanh, Dense<3, 1, float>> net;
        spread(net.layer<0>().W, 7);
        spread(net.layer<1>().W, 5);
        return gradient_check(net, Vector<2, float>{0.5f, -0.75f}, Vector<1, float>{1.0f},
                              SquaredError{}, {.step = 1e-2, .tolerance = 1e-3});
    }();
    STATIC_REQUIRE(result.passed);
    STATIC_REQUIRE(result.max_gradient > 0.1);
}
