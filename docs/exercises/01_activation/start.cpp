/// \file
/// Exercise 1, starting point: a new activation, softplus, and a proof of its derivative.
///
///   softplus(z) = log(1 + e^z)
///
/// The derivative below is a placeholder. Run the program: the gradient check fails. Write
/// the derivative, then turn the check into a static_assert so that the build proves it.
#include <ctnn/ctnn.hpp>
#include <ctnn/testing/gradient_check.hpp>

#include <iostream>

using namespace ctnn;

// [softplus]
struct Softplus {
    template <class T>
    constexpr T value(T z) const {
        return ctnn::log1p(ctnn::exp(z));  // log(1 + e^z), constexpr
    }

    template <class T>
    constexpr T derivative(T /*z*/, T /*a*/) const {
        return T(0.0);  // TODO: d softplus / dz, from z or from a = softplus(z)
    }
};

static_assert(Activation<Softplus>);  // the interface is right; the math is not checked yet
// [softplus]

// [check]
using Net = Network<Dense<2, 3>, Softplus, Dense<3, 1>>;

constexpr Net network{Dense<2, 3>{.W = {0.5, -0.4, 0.2,  //
                                        0.3, 0.1, -0.6},
                                  .b = {0.1, 0.0, -0.2}},
                      Softplus{}, Dense<3, 1>{.W = {0.6, -0.2, 0.4}, .b = {0.1}}};
constexpr Vector<2> x{1.0, 2.0};
constexpr Vector<1> y{3.0};

constexpr auto softplus_check = testing::gradient_check(network, x, y, SquaredError{});
// TODO: static_assert(softplus_check, "...");
// [check]

int main() {
    std::cout << "gradient check: " << (softplus_check ? "passed" : "failed") << ", "
              << softplus_check.derivatives_checked << " derivatives, largest error "
              << softplus_check.max_error << '\n';
}
