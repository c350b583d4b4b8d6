/// \file
/// Exercise 1, solution: softplus, and its derivative proved against finite differences.
///
///   softplus(z) = log(1 + e^z),   softplus'(z) = e^z / (1 + e^z) = σ(z)
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
    constexpr T derivative(T z, T /*a*/) const {
        return Sigmoid{}.value(z);  // σ(z); from a alone it would be 1 - e^(-a)
    }
};

static_assert(Activation<Softplus>);
static_assert(Softplus{}.derivative(0.0, ctnn::log(2.0)) == 0.5);  // σ(0), by hand
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
static_assert(softplus_check, "backprop through Softplus agrees with finite differences");
static_assert(softplus_check.max_gradient > 1.0, "and the gradients compared are not all zero");
// [check]

int main() {
    std::cout << "gradient check: " << (softplus_check ? "passed" : "failed") << ", "
              << softplus_check.derivatives_checked << " derivatives, largest error "
              << softplus_check.max_error << '\n';
}
