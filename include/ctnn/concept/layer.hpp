/// \file
/// The `Layer` concept: a map from an input vector to a pre-activation `z`, with parameters.
#pragma once

#include <ctnn/tensor/tensor.hpp>
#include <ctnn/tensor/vector.hpp>

#include <concepts>
#include <cstddef>
#include <tuple>
#include <type_traits>

namespace ctnn {

namespace detail {

template <class List, class L>
inline constexpr bool is_parameter_list = false;

template <class L, class... Members, class... Owners>
inline constexpr bool is_parameter_list<std::tuple<Members Owners::*...>, L> =
    ((Tensor<Members> && std::derived_from<L, Owners>)&&...);

}  // namespace detail

/// A layer of a network: `z = layer(x)` from `input_size` inputs to `output_size` outputs.
///
/// Represents: a differentiable map x -> z with trainable parameters (possibly none).
/// Requires:   `L::input_size`, `L::output_size` (std::size_t), `L::scalar_type` (a Scalar);
///             `L::parameters`, a `std::tuple` of pointers to the members that are trained
///             (members of L or of a base of L),
///             each a `Vector` or `Matrix` (`std::tuple{&Dense::W, &Dense::b}`; `std::tuple{}`
///             for none);
///             `layer.forward(x)`, the vector z for the input vector x;
///             `layer.backward(x, dL_dz, gradient)`, given the same x and dL/dz, writes
///             dL/dp into the member `p` of `gradient` for every parameter p, and returns dL/dx.
/// Ensures:    `forward` and `backward` are `constexpr` and depend only on their arguments and
///             the parameters, so the compiler can evaluate them.
/// May have:   in-place forms, `layer.forward(x, z)` writing z and
///             `layer.backward(x, dL_dz, gradient, dL_dx)` writing dL/dx (`InPlaceLayer`), with
///             the same values: a network then keeps its records without temporary vectors.
/// Models:     `Dense`, `Pass`.
///
/// A layer may also compute a whole mini-batch at once (`BatchLayer`, in `layer/batch.hpp`);
/// one that does not runs a batch one example at a time, with the same results.
///
/// A gradient has the layer's own type: it is the layer with each parameter replaced by the
/// derivative of the loss with respect to it, so an optimizer updates `p` from `gradient.p`.
///
/// Archetype: `ctnn::testing::LayerArchetype`.
template <class L>
concept Layer = std::semiregular<L> && requires {
    { L::input_size } -> std::convertible_to<std::size_t>;
    { L::output_size } -> std::convertible_to<std::size_t>;
    requires Scalar<typename L::scalar_type>;
    requires detail::is_parameter_list<std::remove_cvref_t<decltype(L::parameters)>, L>;
} && requires(const L layer, L& gradient, const Vector<L::input_size, typename L::scalar_type>& x,
              const Vector<L::output_size, typename L::scalar_type>& dL_dz) {
    { layer.forward(x) } -> std::same_as<Vector<L::output_size, typename L::scalar_type>>;
    {
        layer.backward(x, dL_dz, gradient)
        } -> std::same_as<Vector<L::input_size, typename L::scalar_type>>;
};

/// A layer with the in-place forms of its passes: `forward(x, z)` sets z to `forward(x)`, and
/// `backward(x, dL_dz, gradient, dL_dx)` does what `backward(x, dL_dz, gradient)` does and sets
/// dL_dx to what it returns. GCC's constant evaluator keeps every vector it creates until the
/// evaluation ends, so training in the compiler is leaner without the temporaries.
/// Models: `Dense`.
template <class L>
concept InPlaceLayer = Layer<L> &&
    requires(const L layer, L& gradient, const Vector<L::input_size, typename L::scalar_type>& x,
             Vector<L::output_size, typename L::scalar_type>& z,
             const Vector<L::output_size, typename L::scalar_type>& dL_dz,
             Vector<L::input_size, typename L::scalar_type>& dL_dx) {
    layer.forward(x, z);
    layer.backward(x, dL_dz, gradient, dL_dx);
};

/// True when layer L has no parameters (`Pass`).
template <Layer L>
inline constexpr bool has_no_parameters =
    std::tuple_size_v<std::remove_cvref_t<decltype(L::parameters)>> == 0;

}  // namespace ctnn
