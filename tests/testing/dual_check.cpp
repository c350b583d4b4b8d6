// dual_check: backpropagation (reverse mode) against dual numbers (forward mode), the two modes
// of automatic differentiation checked against each other by the compiler.
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
#include <ctnn/testing/dual_check.hpp>

#include <catch2/catch.hpp>

#include <concepts>
#include <cstddef>
#include <limits>

using namespace ctnn;
using testing::dual_check;

namespace {

// Parameters in [-0.8, 0.8] in a fixed, irregular pattern (no two equal, none zero), the same
// for every scalar type.
template <class Tensor>
constexpr void fill(Tensor& tensor, int seed) {
    using T = typename Tensor::scalar_type;
    for (std::size_t k = 0; k < tensor.size; ++k) {
        tensor.elements[k] = T(double((int(k) * seed + 3) % 17 - 8) / 10.0 + 0.05);
    }
}

/// Dense<3, 4>, F, Dense<4, Out>: the shape of most networks below.
template <class F, std::size_t Out>
constexpr auto two_layers(F activation = {}) {
    Network<Dense<3, 4>, F, Dense<4, Out>> net{Dense<3, 4>{}, activation, Dense<4, Out>{}};
    fill(net.template layer<0>().W, 5);
    fill(net.template layer<0>().b, 3);
    fill(net.template layer<1>().W, 7);
    fill(net.template layer<1>().b, 2);
    return net;
}

constexpr Vector<3> x{0.9, -0.6, 0.3};

/// Every parameter of Dense<3, 4> and Dense<4, Out>, and the 3 inputs.
constexpr std::size_t derivatives_of_two_layers(std::size_t out) {
    return 3 * 4 + 4 + 4 * out + out + 3;
}

/// Tanh with the derivative a student might write, 1 - a instead of 1 - a^2: backprop uses it,
/// the dual numbers do not (they differentiate `value` itself).
struct TanhWithWrongDerivative {
    template <class T>
    constexpr T value(T z) const {
        return Tanh{}.value(z);
    }
    template <class T>
    constexpr T derivative(T, T a) const {
        return T(1.0) - a;
    }
};

}  // namespace

TEST_CASE("Dual: backprop agrees with dual numbers for Dense-Tanh-Dense and SquaredError",
          "[testing][dual_check]") {
    constexpr auto result =
        dual_check(two_layers<Tanh, 2>(), x, Vector<2>{0.5, -0.5}, SquaredError{});
    STATIC_REQUIRE(result.passed);
    STATIC_REQUIRE(result.derivatives_checked == derivatives_of_two_layers(2));
    STATIC_REQUIRE(result.max_gradient > 0.1);
    STATIC_REQUIRE(result.max_ulps <= 4);
    STATIC_REQUIRE(result.max_error <= 2);
}

TEST_CASE("Dual: backprop agrees with dual numbers for Dense-Sigmoid and BinaryCrossEntropy",
          "[testing][dual_check]") {
    constexpr auto result = [] {
        Network<Dense<3, 2>, Sigmoid> net;
        fill(net.layer<0>().W, 5);
        fill(net.layer<0>().b, 3);
        return dual_check(net, x, Vector<2>{0.0, 1.0}, BinaryCrossEntropy{});
    }();
    STATIC_REQUIRE(result.passed);
    STATIC_REQUIRE(result.derivatives_checked == 3 * 2 + 2 + 3);
    STATIC_REQUIRE(result.max_gradient > 0.1);
    STATIC_REQUIRE(result.max_ulps <= 4);
    STATIC_REQUIRE(result.max_error <= 2);
}

TEST_CASE("Dual: backprop agrees with dual numbers for Dense-ReLU-Dense and SoftmaxCrossEntropy",
          "[testing][dual_check]") {
    constexpr auto result =
        dual_check(two_layers<ReLU, 3>(), x, Vector<3>{0.0, 1.0, 0.0}, SoftmaxCrossEntropy{});
    STATIC_REQUIRE(result.passed);
    STATIC_REQUIRE(result.derivatives_checked == derivatives_of_two_layers(3));
    STATIC_REQUIRE(result.max_gradient > 0.1);
    STATIC_REQUIRE(result.max_ulps <= 4);
    STATIC_REQUIRE(result.max_error <= 2);
}

TEST_CASE("Dual: backprop agrees with dual numbers for Dense-LeakyReLU-Dense and MeanSquaredError",
          "[testing][dual_check]") {
    // A slope far from the default, so that a copy that lost it would disagree.
    constexpr auto result = dual_check(two_layers<LeakyReLU, 1>(LeakyReLU{.slope = 0.3}), x,
                                       Vector<1>{2.0}, MeanSquaredError{});
    STATIC_REQUIRE(result.passed);
    STATIC_REQUIRE(result.derivatives_checked == derivatives_of_two_layers(1));
    STATIC_REQUIRE(result.max_gradient > 0.1);
    STATIC_REQUIRE(result.max_ulps <= 4);
    STATIC_REQUIRE(result.max_error <= 2);
}

TEST_CASE("Dual: backprop agrees with dual numbers through a standalone Softmax",
          "[testing][dual_check]") {
    // Softmax after Tanh sits on a Pass layer, which the network builds over Dual<double> too.
    constexpr auto result = [] {
        Network<Dense<3, 3>, Tanh, Softmax> net;
        fill(net.layer<0>().W, 7);
        fill(net.layer<0>().b, 5);
        return dual_check(net, x, Vector<3>{1.0, 0.0, 0.0}, SquaredError{});
    }();
    STATIC_REQUIRE(result.passed);
    STATIC_REQUIRE(result.derivatives_checked == 3 * 3 + 3 + 3);
    STATIC_REQUIRE(result.max_gradient > 0.1);
    STATIC_REQUIRE(result.max_ulps <= 8);  // dL/dz = a (dL/da - a · dL/da) cancels a little
    STATIC_REQUIRE(result.max_error <= 2);
}

TEST_CASE("Dual: backprop agrees with dual numbers in float", "[testing][dual_check]") {
    constexpr auto result = [] {
        Network<Dense<2, 3, float>, Tanh, Dense<3, 1, float>> net;
        fill(net.layer<0>().W, 7);
        fill(net.layer<1>().W, 5);
        return dual_check(net, Vector<2, float>{0.5f, -0.75f}, Vector<1, float>{1.0f},
                          SquaredError{});
    }();
    STATIC_REQUIRE(result.passed);
    STATIC_REQUIRE(result.derivatives_checked == 2 * 3 + 3 + 3 * 1 + 1 + 2);
    STATIC_REQUIRE(result.max_gradient > 0.1);
    STATIC_REQUIRE(result.max_ulps <= 4);
}

TEST_CASE("Dual: reports a wrong derivative as a failure", "[testing][dual_check]") {
    constexpr auto result = dual_check(two_layers<TanhWithWrongDerivative, 2>(), x,
                                       Vector<2>{0.5, -0.5}, SquaredError{});
    STATIC_REQUIRE_FALSE(result.passed);
    STATIC_REQUIRE(result.max_error > 1e10);  // not rounding: a different number
    STATIC_REQUIRE(result.max_gradient > 0.1);
}

TEST_CASE("Dual: rebuilds a network over dual numbers with the same values",
          "[testing][dual_check]") {
    constexpr auto net = two_layers<LeakyReLU, 2>(LeakyReLU{.slope = 0.3});
    using Twin = std::remove_cvref_t<decltype(testing::to_dual(net))>;
    STATIC_REQUIRE(
        std::same_as<Twin,
                     Network<Dense<3, 4, Dual<double>>, LeakyReLU, Dense<4, 2, Dual<double>>>>);
    constexpr auto twin = testing::to_dual(net);
    STATIC_REQUIRE(twin.layer<0>().W(2, 1).value == net.layer<0>().W(2, 1));
    STATIC_REQUIRE(twin.layer<0>().W(2, 1).derivative == 0.0);
    STATIC_REQUIRE(twin.layer<1>().b[1].value == net.layer<1>().b[1]);
    STATIC_REQUIRE(twin.layer<0>().activation.slope == 0.3);
}

TEST_CASE("Dual: counts the ulps between two numbers", "[testing][dual_check]") {
    constexpr double one_up = 1.0 + std::numeric_limits<double>::epsilon();
    STATIC_REQUIRE(testing::ulp_distance(1.0, 1.0) == 0);
    STATIC_REQUIRE(testing::ulp_distance(0.0, -0.0) == 0);
    STATIC_REQUIRE(testing::ulp_distance(1.0, one_up) == 1);
    STATIC_REQUIRE(testing::ulp_distance(one_up, 1.0) == 1);
    STATIC_REQUIRE(testing::ulp_distance(1.0, 1.0 - std::numeric_limits<double>::epsilon()) == 2);
    constexpr double tiny = std::numeric_limits<double>::denorm_min();
    STATIC_REQUIRE(testing::ulp_distance(tiny, -tiny) == 2);
    STATIC_REQUIRE(testing::ulp_distance(1.0f, 1.0f + std::numeric_limits<float>::epsilon()) == 1);
}
