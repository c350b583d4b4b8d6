/// \file
/// Exercise 4, starting point: this file does not compile, because its backward pass is wrong.
/// The sigmoid below was written by hand, with a mistake in its derivative. Read the message,
/// find the mistake, fix it.
#include <ctnn/ctnn.hpp>
#include <ctnn/testing/gradient_check.hpp>

using namespace ctnn;

// [sigmoid]
struct HandWrittenSigmoid {
    template <class T>
    constexpr T value(T z) const {
        return T(1.0) / (T(1.0) + ctnn::exp(-z));  // σ(z) = 1 / (1 + e^-z)
    }

    template <class T>
    constexpr T derivative(T z, T /*a*/) const {
        return z * (T(1.0) - z);  // da/dz
    }
};
// [sigmoid]

// [check]
using Neuron = Network<Dense<1, 1>, HandWrittenSigmoid>;

constexpr Neuron neuron{Dense<1, 1>{.W = {0.5}, .b = {0.0}}, HandWrittenSigmoid{}};

static_assert(testing::gradient_check(neuron, Vector<1>{2.0}, Vector<1>{1.0}, SquaredError{}),
              "backprop agrees with finite differences");
// error: backprop agrees with finite differences
// [check]

int main() {}
