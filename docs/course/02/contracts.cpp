/// Lesson 2's program: ctnn's concepts as contracts. Which types model them, the smallest type
/// that does (an archetype), and a type that models one in syntax but not in meaning.
#include <ctnn/ctnn.hpp>
#include <ctnn/testing/archetypes.hpp>

#include <complex>
#include <iostream>

using namespace ctnn;

// [models]
static_assert(Scalar<double> && Scalar<float> && Scalar<Dual<double>>);
static_assert(!Scalar<std::complex<double>>);  // no order: ReLU could not compare z with 0
static_assert(Layer<Dense<2, 3>> && !Layer<ReLU>);
static_assert(Activation<ReLU> && Activation<Softmax> && !Activation<Dense<2, 3>>);
static_assert(Loss<SquaredError> && !Loss<ReLU>);
static_assert(Optimizer<SGD> && Optimizer<Adam>);
// [models]

// [archetype]
// The archetype has only what the contract requires: ctnn's network code compiles with it, so it
// uses nothing the contract does not promise.
using Minimal = Network<testing::LayerArchetype<3>, testing::ActivationArchetype, Dense<3, 1>>;
static_assert(describe<Minimal>() ==
              "testing::LayerArchetype<3> + testing::ActivationArchetype: 3 -> 3, 3 parameters; "
              "Dense<3, 1>: 3 -> 1, 4 parameters; 7 parameters");
// [archetype]

// [syntax]
// Dual<double> has every operation Scalar asks for, but not every meaning: its == compares the
// values alone, so two different dual numbers compare equal, and ε ε = 0 with ε != 0.
constexpr Dual<double> epsilon{0.0, 1.0};  // 0 + 1 ε
static_assert(epsilon == Dual<double>{0.0} && epsilon.derivative != 0.0);
static_assert((epsilon * epsilon).value == 0.0 && (epsilon * epsilon).derivative == 0.0);
// [syntax]

int main() { std::cout << describe<Minimal>() << '\n'; }
