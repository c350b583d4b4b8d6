/// \file
/// The `Optimizer` concept: the rule that moves a parameter against its gradient.
#pragma once

#include <ctnn/tensor/matrix.hpp>
#include <ctnn/tensor/vector.hpp>

#include <concepts>
#include <type_traits>

namespace ctnn {

/// A parameter update rule, applied to every trainable tensor of a network after backward.
///
/// Represents: the hyperparameters of an update rule (a value such as
///             `SGD{.learning_rate = 0.1}`), and the per-parameter state it carries from one
///             step to the next (a velocity, moving averages), typed like the parameter.
/// Requires:   `optimizer.learning_rate`, a `double` that schedules may change between steps;
///             `O::state<P>`, default-constructible: the state kept for a parameter tensor of
///             type P (a `Vector` or `Matrix`), an empty struct for a rule without state;
///             `optimizer.update(p, g, state)` replaces p using its gradient g (of type P)
///             and advances the state; `constexpr`.
/// Models:     `SGD`, `Momentum`, `RMSProp`, `Adam`.
///
/// Archetype: `ctnn::testing::OptimizerArchetype`.
template <class O>
concept Optimizer = std::copyable<O> && requires(O optimizer) {
    { optimizer.learning_rate } -> std::same_as<double&>;
} && requires(const O optimizer, Vector<3> v, Matrix<2, 3> m,
              typename O::template state<Vector<3>> v_state,
              typename O::template state<Matrix<2, 3>> m_state) {
    requires std::default_initializable<typename O::template state<Vector<3>>>;
    { optimizer.update(v, v, v_state) } -> std::same_as<void>;
    { optimizer.update(m, m, m_state) } -> std::same_as<void>;
};

/// An optimizer that keeps nothing between steps (plain gradient descent): it can be used
/// without a state object.
template <class O>
concept StatelessOptimizer = Optimizer<O> && std::is_empty_v<typename O::template state<Vector<3>>>;

/// A stateless optimizer whose update of a parameter tensor is one update of each element,
/// independent of the others.
///
/// Requires: `optimizer.updated(p, g)`, the new value of one element p with gradient g
///           (float, double), `constexpr`; `update` gives every element of a tensor exactly
///           that value.
/// Ensures:  an element's update can be applied as soon as its gradient is known, without
///           storing the gradient: `Network::descend` takes a batch of one's step that way.
/// Models:   `SGD`.
///
/// Archetype: `ctnn::testing::ElementwiseOptimizerArchetype`.
template <class O>
concept ElementwiseOptimizer = StatelessOptimizer<O> &&
    requires(const O optimizer, double d, float f) {
    { optimizer.updated(d, d) } -> std::same_as<double>;
    { optimizer.updated(f, f) } -> std::same_as<float>;
};

}  // namespace ctnn
