/// \file
/// Any layer on a mini-batch, its examples as the rows of a matrix: through the layer's own
/// batch kernels when it has them (`BatchLayer`, e.g. `Dense`), one example at a time through
/// its `forward` and `backward` otherwise. And a batch of one's backward pass that takes the
/// optimizer's step as it goes (`DescendingLayer`).
#pragma once

#include <ctnn/concept/layer.hpp>
#include <ctnn/concept/optimizer.hpp>
#include <ctnn/tensor/matrix.hpp>
#include <ctnn/tensor/tensor.hpp>

#include <cstddef>
#include <tuple>

namespace ctnn {

/// A layer that also computes B examples at once, each row of X one example.
///
/// Requires: `layer.forward(X, Z, rows)` sets the first `rows` rows of Z to the layers's z of
///           the same rows of X; `layer.parameter_gradients(X, dL_dZ, gradient, rows)` sets
///           every parameter of `gradient` to the sum over those rows of the example's dL/dp;
///           `layer.input_gradient(dL_dZ, dL_dX, rows)` sets those rows of dL_dX to each
///           example's dL/dx.
/// Ensures:  the same values, bit for bit, as `forward` and `backward` one example at a time,
///           with the parameter gradients of the rows added from the first row on.
/// Models:   `Dense`.
template <class L, std::size_t B>
concept BatchLayer = Layer<L> &&
    requires(const L layer, L& gradient, const Matrix<B, L::input_size, typename L::scalar_type>& X,
             Matrix<B, L::output_size, typename L::scalar_type>& Z,
             const Matrix<B, L::output_size, typename L::scalar_type>& dL_dZ,
             Matrix<B, L::input_size, typename L::scalar_type>& dL_dX, std::size_t rows) {
    layer.forward(X, Z, rows);
    layer.parameter_gradients(X, dL_dZ, gradient, rows);
    layer.input_gradient(dL_dZ, dL_dX, rows);
};

/// Adds the parameter gradients in `other` to those in `gradient`.
template <Layer L>
constexpr void add_parameters(L& gradient, const L& other) {
    auto add = [&](auto... parameter) { ((gradient.*parameter += other.*parameter), ...); };
    std::apply(add, L::parameters);
}

/// `Z = layer(X)` for the first `rows` rows of a batch.
template <Layer L, std::size_t B, class T>
constexpr void forward_batch(const L& layer, const Matrix<B, L::input_size, T>& X,
                             Matrix<B, L::output_size, T>& Z, std::size_t rows = B) {
    if constexpr (BatchLayer<L, B>) {
        layer.forward(X, Z, rows);
    } else {
        for (std::size_t m = 0; m < rows; ++m) set_row(Z, m, layer.forward(row(X, m)));
    }
}

/// The backward pass of the first `rows` rows of a batch: `gradient` gets the sum over the rows
/// of the parameter gradients and, unless `dL_dX` is null, the rows of `*dL_dX` get each
/// example's dL/dx. (The first layer of a network needs no dL/dx: for it, none is computed.)
template <Layer L, std::size_t B, class T>
constexpr void backward_batch(const L& layer, const Matrix<B, L::input_size, T>& X,
                              const Matrix<B, L::output_size, T>& dL_dZ, L& gradient,
                              Matrix<B, L::input_size, T>* dL_dX, std::size_t rows = B) {
    if constexpr (BatchLayer<L, B>) {
        layer.parameter_gradients(X, dL_dZ, gradient, rows);
        if (dL_dX) layer.input_gradient(dL_dZ, *dL_dX, rows);
    } else {
        L example_gradient{};
        for (std::size_t m = 0; m < rows; ++m) {
            L& gradient_m = m == 0 ? gradient : example_gradient;
            const auto dL_dx = layer.backward(row(X, m), row(dL_dZ, m), gradient_m);
            if (dL_dX) set_row(*dL_dX, m, dL_dx);
            if (m > 0) add_parameters(gradient, example_gradient);
        }
    }
}

/// A layer that can take a step of the element-wise optimizer O for a batch of one example
/// without storing its parameter gradients.
///
/// Requires: L has no parameters, or it is a `BatchLayer` for batches of one with
///           `layer.descend(x, dL_dz, optimizer)`: one step of O on every parameter, each
///           gradient element used as it is computed (the values `parameter_gradients` and
///           `optimizer.update` give).
/// May have: `layer.descend_then_forward(x, dL_dz, optimizer, next_x, next_z)`: that step, then
///           `next_z` set to the z of the example `next_x` with the new parameters (the values
///           `descend` then `forward` give), in fewer passes over the parameters.
/// Models:   `Dense`, `Pass`.
template <class L, class O>
concept DescendingLayer = Layer<L> && ElementwiseOptimizer<O> &&
    (has_no_parameters<L> ||
     (BatchLayer<L, 1> &&
      requires(L layer, const Matrix<1, L::input_size, typename L::scalar_type>& x,
               const Matrix<1, L::output_size, typename L::scalar_type>& dL_dz,
               const O& optimizer) { layer.descend(x, dL_dz, optimizer); }));

/// The backward pass of `layer` for a batch of one, taking `optimizer`'s step on its
/// parameters: dL/dx into `*dL_dx` (unless it is null), computed with the parameters as they
/// were, then the step.
template <Layer L, class T, class O>
requires DescendingLayer<L, O>
constexpr void descend_batch(L& layer, const Matrix<1, L::input_size, T>& x,
                             const Matrix<1, L::output_size, T>& dL_dz,
                             Matrix<1, L::input_size, T>* dL_dx, const O& optimizer) {
    if constexpr (has_no_parameters<L>) {
        L no_parameters{};
        if (dL_dx) set_row(*dL_dx, 0, layer.backward(row(x, 0), row(dL_dz, 0), no_parameters));
    } else {
        if (dL_dx) layer.input_gradient(dL_dz, *dL_dx, 1);
        layer.descend(x, dL_dz, optimizer);
    }
}

/// `descend_batch` for the first layer of a network (no dL/dx), then z of the next example
/// `next_x` with the new parameters into `next_z`: through `layer.descend_then_forward` when
/// the layer has it, by `descend` then `forward_batch` otherwise.
template <Layer L, class T, class O>
requires DescendingLayer<L, O>
constexpr void descend_then_forward_batch(L& layer, const Matrix<1, L::input_size, T>& x,
                                          const Matrix<1, L::output_size, T>& dL_dz,
                                          const O& optimizer,
                                          const Matrix<1, L::input_size, T>& next_x,
                                          Matrix<1, L::output_size, T>& next_z) {
    if constexpr (requires { layer.descend_then_forward(x, dL_dz, optimizer, next_x, next_z); }) {
        layer.descend_then_forward(x, dL_dz, optimizer, next_x, next_z);
    } else {
        descend_batch(layer, x, dL_dz, static_cast<Matrix<1, L::input_size, T>*>(nullptr),
                      optimizer);
        forward_batch(layer, next_x, next_z, 1);
    }
}

}  // namespace ctnn
