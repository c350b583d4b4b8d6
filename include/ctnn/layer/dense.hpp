/// \file
/// `Dense<In, Out, T>`: the fully connected layer, `z = xW + b`.
/// Implements the notebook's "Linear Part" and the hidden and output layers of its network.
#pragma once

#include <ctnn/concept/layer.hpp>
#include <ctnn/tensor/products.hpp>
#include <ctnn/tensor/tensor.hpp>

#include <cstddef>
#include <tuple>

namespace ctnn {

/// A fully connected layer from In inputs to Out neurons.
///
/// W is stored In x Out: row i holds the weights leaving input i, column j those entering
/// neuron j, so the notebook's matrices are typed as printed and `z = xW + b` is
/// numpy's `W.T @ x + b`.
///
/// Math:     z_j = sum_i x_i W_ij + b_j.
/// Backward: dz/dW = x, dz/db = 1, dz/dx = W, hence
///           dL/dW = x ⊗ dL/dz (outer product), dL/db = dL/dz, dL/dx = W dL/dz.
/// Models:   `Layer`.
/// Example:  `examples/day10/two_layer_forward.cpp`.
template <std::size_t In, std::size_t Out, Scalar T = double>
struct Dense {
    static_assert(In > 0 && Out > 0,
                  "ctnn::Dense: a dense layer has at least one input and one output. "
                  "Use Dense<In, Out> with In, Out >= 1.");

    static constexpr std::size_t input_size = In;
    static constexpr std::size_t output_size = Out;
    using scalar_type = T;

    Matrix<In, Out, T> W{};
    Vector<Out, T> b{};

    static constexpr auto parameters = std::tuple{&Dense::W, &Dense::b};

    constexpr Vector<Out, T> forward(const Vector<In, T>& x) const {
        Vector<Out, T> z = multiply(x, W);
        z += b;
        return z;
    }

    constexpr Vector<In, T> backward(const Vector<In, T>& x, const Vector<Out, T>& dL_dz,
                                     Dense& gradient) const {
        gradient.W = outer(x, dL_dz);  // dL/dW = dz/dW * dL/dz with dz/dW = x
        gradient.b = dL_dz;            // dz/db = 1
        return multiply(W, dL_dz);     // dz/dx = W
    }
};

static_assert(Layer<Dense<2, 1>>);
static_assert(Layer<Dense<3, 2, float>>);

}  // namespace ctnn
