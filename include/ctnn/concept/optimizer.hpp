/// \file
/// The `Optimizer` concept: the rule that moves a parameter against its gradient.
#pragma once

#include <ctnn/tensor/matrix.hpp>
#include <ctnn/tensor/vector.hpp>

#include <concepts>

namespace ctnn {

/// A parameter update rule, applied to every trainable tensor of a network after backward.
///
/// Requires: `optimizer.update(p, g)` replaces the parameter tensor p (a `Vector` or `Matrix`)
///           using its gradient g of the same type; `constexpr`.
/// Models:   `SGD`.
///
/// Archetype: `ctnn::testing::OptimizerArchetype`.
template <class O>
concept Optimizer = std::copyable<O> && requires(const O optimizer, Vector<3> v, Matrix<2, 3> m) {
    { optimizer.update(v, v) } -> std::same_as<void>;
    { optimizer.update(m, m) } -> std::same_as<void>;
};

}  // namespace ctnn
