/// Lesson 7's program: static_assert as a test. The compiler checks the notebook's numbers, then
/// backpropagation against two independent routes to the same derivatives.
#include <ctnn/ctnn.hpp>
#include <ctnn/testing/dual_check.hpp>
#include <ctnn/testing/gradient_check.hpp>

#include <iostream>

using namespace ctnn;

// [notebook]
// The Day 10 notebook's single neuron: x = 2, w = 0.5, b = 0, y = 1, a sigmoid, (a - y)^2.
using Neuron = Network<Dense<1, 1>, Sigmoid>;
constexpr Neuron neuron{Dense<1, 1>{.W = {0.5}, .b = {0.0}}, Sigmoid{}};
constexpr Vector<1> x{2.0};
constexpr Vector<1> y{1.0};
constexpr auto trace = neuron.forward(x);
constexpr auto gradients = neuron.backward(trace, y, SquaredError{});

static_assert(neuron.loss(trace, y, SquaredError{}) == 0.07232948812851325);  // the notebook's L
static_assert(gradients.layer<0>().W(0, 0) == -0.21150837113706686);          // its dL/dw
static_assert(gradients.layer<0>().b[0] == -0.10575418556853343);             // its dL/db
// [notebook]

// [oracles]
// A network with every kind of layer the notebook has, and two more activations.
using Net = Network<Dense<2, 3>, Tanh, Dense<3, 2>, ReLU, Dense<2, 1>, Sigmoid>;
constexpr Net network = [] {
    Net n;
    initialise(n, GlorotUniform{}, /*seed=*/11);
    return n;
}();
constexpr Vector<2> input{0.25, -0.75};
constexpr Vector<1> target{1.0};
// Against finite differences, (L(p + h) - L(p - h)) / 2h, from forward passes alone:
static_assert(testing::gradient_check(network, input, target, SquaredError{}));
// Against forward-mode dual numbers, the chain rule applied the other way round:
static_assert(testing::dual_check(network, input, target, SquaredError{}));
// [oracles]

int main() {
    const auto result = testing::gradient_check(network, input, target, SquaredError{});
    std::cout << result.derivatives_checked << " derivatives checked, largest error "
              << result.max_error << '\n';
}
