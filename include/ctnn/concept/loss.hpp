/// \file
/// The `Loss` concept: how far a network's output is from its target, and the gradient of that.
#pragma once

#include <ctnn/tensor/vector.hpp>

#include <concepts>

namespace ctnn {

/// A loss function L(a, y) of the network's output a and the target y, both of width N.
///
/// Requires: `loss.value(a, y)`, the scalar L; `loss.gradient(a, y)`, the vector dL/da.
///           Both are `constexpr` member function templates over the width and scalar type.
/// Ensures:  `gradient` is the derivative of `value` with respect to a (checked for every
///           shipped loss by `ctnn::testing::gradient_check`).
/// Models:   `SquaredError`, `MeanSquaredError`, `BinaryCrossEntropy`, `SoftmaxCrossEntropy`.
///
/// Archetype: `ctnn::testing::LossArchetype`.
template <class F>
concept Loss = std::semiregular<F> && requires(const F loss, const Vector<3> a, const Vector<3> y) {
    { loss.value(a, y) } -> std::same_as<double>;
    { loss.gradient(a, y) } -> std::same_as<Vector<3>>;
};

}  // namespace ctnn
