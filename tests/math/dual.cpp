// Dual<T>: forward-mode automatic differentiation. Every expected derivative is a hand
// derivation, an exact identity (d exp = exp), or a correctly rounded value from mpmath at 300
// bits:
//   python3 -c "from mpmath import mp, mpf, sin; mp.prec = 300; print(float(-sin(mpf(x))).hex())"
#include <ctnn/activation/tanh.hpp>
#include <ctnn/layer/dense.hpp>
#include <ctnn/loss/squared_error.hpp>
#include <ctnn/math/dual.hpp>
#include <ctnn/math/is_close.hpp>
#include <ctnn/network/network.hpp>

#include <catch2/catch.hpp>

using ctnn::Dual;
using ctnn::is_close;
using D = Dual<double>;

namespace {

/// The variable we differentiate with respect to, at the point x: x + 1ε.
constexpr D variable(double x) { return D{x, 1.0}; }

}  // namespace

TEST_CASE("Dual: holds a value and a derivative; a constant has derivative zero", "[math][dual]") {
    constexpr D zero{};
    STATIC_REQUIRE(zero.value == 0.0);
    STATIC_REQUIRE(zero.derivative == 0.0);
    constexpr D half(0.5);
    STATIC_REQUIRE(half.value == 0.5);
    STATIC_REQUIRE(half.derivative == 0.0);
    constexpr D x{3.0, 1.0};
    STATIC_REQUIRE(x.value == 3.0);
    STATIC_REQUIRE(x.derivative == 1.0);
    STATIC_REQUIRE(Dual{2.0f, 1.0f}.derivative == 1.0f);  // Dual<float> by deduction
}

TEST_CASE("Dual: differentiates sums, differences and negation", "[math][dual]") {
    constexpr D x = variable(3.0);
    STATIC_REQUIRE((x + x).derivative == 2.0);
    STATIC_REQUIRE((x - x).derivative == 0.0);
    STATIC_REQUIRE((-x).value == -3.0);
    STATIC_REQUIRE((-x).derivative == -1.0);
    STATIC_REQUIRE((x + 2.0).value == 5.0);
    STATIC_REQUIRE((x + 2.0).derivative == 1.0);
    STATIC_REQUIRE((2.0 + x).derivative == 1.0);
    STATIC_REQUIRE((x - 2.0).derivative == 1.0);
    STATIC_REQUIRE((2.0 - x).value == -1.0);
    STATIC_REQUIRE((2.0 - x).derivative == -1.0);
}

TEST_CASE("Dual: differentiates products by the product rule", "[math][dual]") {
    constexpr D x = variable(3.0);
    STATIC_REQUIRE((x * x).value == 9.0);
    STATIC_REQUIRE((x * x).derivative == 6.0);       // d/dx x^2 = 2x
    STATIC_REQUIRE((x * x * x).derivative == 27.0);  // d/dx x^3 = 3x^2
    STATIC_REQUIRE((x * 4.0).derivative == 4.0);
    STATIC_REQUIRE((4.0 * x).derivative == 4.0);
    STATIC_REQUIRE((D(5.0) * x).derivative == 5.0);  // a constant factor
}

TEST_CASE("Dual: differentiates quotients by the quotient rule", "[math][dual]") {
    constexpr D x = variable(3.0);
    STATIC_REQUIRE((1.0 / x).derivative == -1.0 / 9.0);  // d/dx 1/x = -1/x^2
    STATIC_REQUIRE((1.0 / variable(2.0)).derivative == -0.25);
    STATIC_REQUIRE((x / 2.0).derivative == 0.5);
    STATIC_REQUIRE((x / D(2.0)).derivative == 0.5);
    STATIC_REQUIRE(((x * x) / x).value == 3.0);
    STATIC_REQUIRE(((x * x) / x).derivative == 1.0);
    STATIC_REQUIRE(((x + 1.0) / (x - 1.0)).derivative == -0.5);  // -2 / (x - 1)^2
}

TEST_CASE("Dual: updates in place as the binary operators do", "[math][dual]") {
    constexpr D result = [] {
        D y = variable(3.0);
        y *= y;       // x^2
        y += 1.0;     // x^2 + 1
        y -= D(3.0);  // x^2 - 2
        y /= D(7.0);  // (x^2 - 2) / 7
        return y;
    }();
    STATIC_REQUIRE(result.value == 1.0);
    STATIC_REQUIRE(result.derivative == 6.0 / 7.0);
}

TEST_CASE("Dual: compares by value alone", "[math][dual]") {
    STATIC_REQUIRE(D{1.0, 5.0} == D{1.0, -3.0});
    STATIC_REQUIRE_FALSE(D{1.0, 5.0} != D{1.0, -3.0});
    STATIC_REQUIRE(D{1.0, 5.0} < D{2.0, -3.0});
    STATIC_REQUIRE(D{2.0, 0.0} > D{1.0, 9.0});
    STATIC_REQUIRE(D{1.0, 5.0} <= D{1.0, 0.0});
    STATIC_REQUIRE(D{1.0, 5.0} >= D{1.0, 9.0});
    STATIC_REQUIRE(variable(3.0) < 4.0);  // with constants on either side
    STATIC_REQUIRE(4.0 > variable(3.0));
    STATIC_REQUIRE(variable(3.0) == 3.0);
}

TEST_CASE("Dual: differentiates exp and expm1 as exp", "[math][dual]") {
    STATIC_REQUIRE(ctnn::exp(variable(0.0)).value == 1.0);
    STATIC_REQUIRE(ctnn::exp(variable(0.0)).derivative == 1.0);  // d/dx e^x at 0
    STATIC_REQUIRE(ctnn::exp(variable(1.0)).derivative == ctnn::exp(1.0));
    STATIC_REQUIRE(ctnn::exp(variable(1.0)).derivative == 0x1.5bf0a8b145769p+1);  // e
    STATIC_REQUIRE(ctnn::exp(2.0 * variable(0.0)).derivative == 2.0);             // chain rule
    STATIC_REQUIRE(ctnn::expm1(variable(0.0)).value == 0.0);
    STATIC_REQUIRE(ctnn::expm1(variable(0.0)).derivative == 1.0);
    STATIC_REQUIRE(ctnn::expm1(variable(1.0)).derivative == ctnn::exp(1.0));
}

TEST_CASE("Dual: differentiates log and log1p as one over their argument", "[math][dual]") {
    STATIC_REQUIRE(ctnn::log(variable(2.0)).derivative == 0.5);
    STATIC_REQUIRE(ctnn::log(variable(1.0)).value == 0.0);
    STATIC_REQUIRE(ctnn::log(variable(1.0)).derivative == 1.0);
    STATIC_REQUIRE(ctnn::log(variable(3.0) * variable(3.0)).derivative == 2.0 / 3.0);  // 2x/x^2
    STATIC_REQUIRE(ctnn::log1p(variable(0.0)).derivative == 1.0);
    STATIC_REQUIRE(ctnn::log1p(variable(1.0)).derivative == 0.5);
    STATIC_REQUIRE(ctnn::log1p(-variable(0.5)).derivative == -2.0);  // as in BinaryCrossEntropy
}

TEST_CASE("Dual: differentiates tanh as one minus tanh squared", "[math][dual]") {
    STATIC_REQUIRE(ctnn::tanh(variable(0.0)).value == 0.0);
    STATIC_REQUIRE(ctnn::tanh(variable(0.0)).derivative == 1.0);
    constexpr double t = ctnn::tanh(1.0);
    STATIC_REQUIRE(ctnn::tanh(variable(1.0)).derivative == 1.0 - t * t);
    STATIC_REQUIRE(is_close(ctnn::tanh(variable(1.0)).derivative, 0.41997434161402614, 1e-16));
    STATIC_REQUIRE(ctnn::tanh(variable(-1.0)).derivative == 1.0 - t * t);  // even
}

TEST_CASE("Dual: differentiates sqrt as one over twice the root", "[math][dual]") {
    STATIC_REQUIRE(ctnn::sqrt(variable(4.0)).value == 2.0);
    STATIC_REQUIRE(ctnn::sqrt(variable(4.0)).derivative == 0.25);
    STATIC_REQUIRE(ctnn::sqrt(variable(9.0)).derivative == 1.0 / 6.0);
    STATIC_REQUIRE(ctnn::sqrt(variable(3.0) * variable(3.0)).derivative == 1.0);  // |x|' at 3
}

TEST_CASE("Dual: differentiates cos as minus sin, correctly rounded", "[math][dual]") {
    STATIC_REQUIRE(ctnn::cos(variable(0.0)).value == 1.0);
    STATIC_REQUIRE(ctnn::cos(variable(0.0)).derivative == 0.0);
    STATIC_REQUIRE(ctnn::cos(variable(1.0)).derivative == -0x1.aed548f090ceep-1);
    STATIC_REQUIRE(ctnn::cos(variable(-0.5)).derivative == 0x1.eaee8744b05f0p-2);
    // The other quadrants of the reduction by π/2.
    STATIC_REQUIRE(ctnn::cos(variable(0x1.921fb54442d18p+0)).derivative == -1.0);  // π/2
    STATIC_REQUIRE(ctnn::cos(variable(2.0)).derivative == -0x1.d18f6ead1b446p-1);
    STATIC_REQUIRE(ctnn::cos(variable(4.0)).derivative == 0x1.837b9dddc1eaep-1);
}

TEST_CASE("Dual: composes by the chain rule", "[math][dual]") {
    // exp(log x) = x, so its derivative is 1; sqrt(x)^2 = x likewise.
    STATIC_REQUIRE(is_close(ctnn::exp(ctnn::log(variable(2.0))).derivative, 1.0, 1e-15));
    constexpr D root = ctnn::sqrt(variable(2.0));
    STATIC_REQUIRE(is_close((root * root).derivative, 1.0, 1e-15));
    // tanh x = (e^2x - 1) / (e^2x + 1): both sides differentiate alike.
    constexpr D x = variable(0.3);
    constexpr D e_2x = ctnn::exp(2.0 * x);
    STATIC_REQUIRE(
        is_close(((e_2x - 1.0) / (e_2x + 1.0)).derivative, ctnn::tanh(x).derivative, 1e-15));
}

TEST_CASE("Dual: computes in float as in double", "[math][dual]") {
    constexpr Dual<float> x{3.0f, 1.0f};
    STATIC_REQUIRE((x * x).derivative == 6.0f);
    STATIC_REQUIRE(ctnn::log(Dual{2.0f, 1.0f}).derivative == 0.5f);
    STATIC_REQUIRE(ctnn::exp(Dual{0.0f, 1.0f}).derivative == 1.0f);
}

TEST_CASE("Dual: models Scalar", "[math][dual]") {
    STATIC_REQUIRE(ctnn::Scalar<Dual<double>>);
    STATIC_REQUIRE(ctnn::Scalar<Dual<float>>);
}

TEST_CASE("Dual: runs through vectors, dense layers and networks", "[math][dual]") {
    // z = xW + b with x_0 the variable: dz_j/dx_0 = W_0j.
    constexpr ctnn::Dense<2, 2, D> layer{{D(0.5), D(-0.25), D(2.0), D(1.5)}, {D(0.1), D(0.2)}};
    constexpr ctnn::Vector<2, D> x{variable(1.0), D(-1.0)};
    constexpr ctnn::Vector<2, D> z = layer.forward(x);
    STATIC_REQUIRE(z[0].derivative == 0.5);
    STATIC_REQUIRE(z[1].derivative == -0.25);

    // A network's loss, differentiated with respect to one weight, equals backprop's dL/dW.
    constexpr auto check = [] {
        ctnn::Network<ctnn::Dense<2, 3, D>, ctnn::Tanh, ctnn::Dense<3, 1, D>> net;
        for (std::size_t i = 0; i < 6; ++i) {
            net.layer<0>().W.elements[i] = D(0.25 * double(i) - 0.6);
            net.layer<1>().W.elements[i % 3] = D(0.4 - 0.3 * double(i % 3));
        }
        net.layer<0>().W(1, 2).derivative = 1.0;  // the variable: W_12 of the first layer
        const ctnn::Vector<2, D> input{D(0.5), D(-1.0)};
        const ctnn::Vector<1, D> target{D(1.0)};
        const auto trace = net.forward(input);
        const auto gradients = net.backward(trace, target, ctnn::SquaredError{});
        const D loss = net.loss(trace, target, ctnn::SquaredError{});
        struct Result {
            double forward_mode;
            double backprop;
        };
        return Result{loss.derivative, gradients.layer<0>().W(1, 2).value};
    }();
    STATIC_REQUIRE(check.backprop != 0.0);
    STATIC_REQUIRE(is_close(check.forward_mode, check.backprop, 1e-15));
}
