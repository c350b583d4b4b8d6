/// \file
/// `Dense<In, Out, T>`: the fully connected layer, `z = xW + b`.
/// Implements the notebook's "Linear Part" and the hidden and output layers of its network.
#pragma once

#include <ctnn/concept/layer.hpp>
#include <ctnn/concept/optimizer.hpp>
#include <ctnn/layer/batch.hpp>
#include <ctnn/tensor/matrix_products.hpp>
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
/// Batch:    with B examples as the rows of X, Z = XW + b (b added to every row),
///           dL/dW = X^T dL/dZ and dL/db = the sum of the rows of dL/dZ (the sums over the
///           batch of the examples' gradients), dL/dX = dL/dZ W^T.
/// Step:     for one example and an element-wise optimizer, `descend` updates W and b with
///           each gradient element as it is computed, never storing dL/dW;
///           `descend_then_forward` also computes the next example's z in the same pass over W.
/// Models:   `Layer` (with the in-place forms), `BatchLayer`, `DescendingLayer`.
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
        Vector<Out, T> z;
        forward(x, z);
        return z;
    }

    /// z = xW + b, into z.
    constexpr void forward(const Vector<In, T>& x, Vector<Out, T>& z) const {
        multiply(x, W, z);
        z += b;
    }

    constexpr Vector<In, T> backward(const Vector<In, T>& x, const Vector<Out, T>& dL_dz,
                                     Dense& gradient) const {
        Vector<In, T> dL_dx;
        backward(x, dL_dz, gradient, dL_dx);
        return dL_dx;
    }

    /// The backward pass with dL/dx written into dL_dx.
    constexpr void backward(const Vector<In, T>& x, const Vector<Out, T>& dL_dz, Dense& gradient,
                            Vector<In, T>& dL_dx) const {
        outer(x, dL_dz, gradient.W);  // dL/dW = dz/dW * dL/dz with dz/dW = x
        gradient.b = dL_dz;           // dz/db = 1
        multiply(W, dL_dz, dL_dx);    // dz/dx = W
    }

    /// Z = XW + b for the first `rows` examples of a batch.
    template <std::size_t B>
    constexpr void forward(const Matrix<B, In, T>& X, Matrix<B, Out, T>& Z,
                           std::size_t rows = B) const {
        product(X, W, Z, rows);
        for (std::size_t m = 0; m < rows; ++m) {
            T* z_m = Z.elements + m * Out;
            for (std::size_t j = 0; j < Out; ++j) z_m[j] = z_m[j] + b.elements[j];
        }
    }

    /// dL/dW and dL/db summed over the first `rows` examples of a batch.
    template <std::size_t B>
    constexpr void parameter_gradients(const Matrix<B, In, T>& X, const Matrix<B, Out, T>& dL_dZ,
                                       Dense& gradient, std::size_t rows = B) const {
        transpose_product(X, dL_dZ, gradient.W, rows);  // sum over m of x_m ⊗ dL/dz_m
        for (std::size_t j = 0; j < Out; ++j) gradient.b.elements[j] = dL_dZ.elements[j];
        for (std::size_t m = 1; m < rows; ++m) {
            const T* dL_dz_m = dL_dZ.elements + m * Out;
            for (std::size_t j = 0; j < Out; ++j) {
                gradient.b.elements[j] = gradient.b.elements[j] + dL_dz_m[j];
            }
        }
    }

    /// dL/dX = dL/dZ W^T for the first `rows` examples of a batch.
    template <std::size_t B>
    constexpr void input_gradient(const Matrix<B, Out, T>& dL_dZ, Matrix<B, In, T>& dL_dX,
                                  std::size_t rows = B) const {
        product_transpose(dL_dZ, W, dL_dX, rows);
    }

    /// One step of `optimizer` on W and b for a batch of one example x:
    /// W_ij <- updated(W_ij, x_i dL/dz_j), b_j <- updated(b_j, dL/dz_j). The values
    /// `parameter_gradients` and `optimizer.update` give, with one pass over W instead of three
    /// (write dL/dW; read it and W; write W).
    template <ElementwiseOptimizer O>
    constexpr void descend(const Matrix<1, In, T>& x, const Matrix<1, Out, T>& dL_dz,
                           const O& optimizer) {
        for (std::size_t i = 0; i < In; ++i) {
            const T x_i = x.elements[i];
            T* W_i = W.elements + i * Out;
            for (std::size_t j = 0; j < Out; ++j) {
                W_i[j] = optimizer.updated(W_i[j], x_i * dL_dz.elements[j]);
            }
        }
        step_bias(dL_dz, optimizer);
    }

    /// `descend`, then the next example's z = next_x W + b with the new parameters: the values
    /// `forward` gives, each row of W added to the sums right after its step, while it is still
    /// in the fastest cache. One pass over W instead of two.
    template <ElementwiseOptimizer O>
    constexpr void descend_then_forward(const Matrix<1, In, T>& x, const Matrix<1, Out, T>& dL_dz,
                                        const O& optimizer, const Matrix<1, In, T>& next_x,
                                        Matrix<1, Out, T>& next_z) {
        // Sums of at most 512 bytes of columns at a time: a whole hidden layer of 128 floats.
        // Narrower blocks walk W in strided pieces, and measured slower (bench/fashion_epoch).
        constexpr std::size_t width = Out < 512 / sizeof(T) ? Out : 512 / sizeof(T);
        for (std::size_t n0 = 0; n0 + width <= Out; n0 += width) {
            descend_then_forward_columns<width>(n0, x, dL_dz, optimizer, next_x, next_z);
        }
        if constexpr (Out % width != 0) {
            descend_then_forward_columns<Out % width>(Out - Out % width, x, dL_dz, optimizer,
                                                      next_x, next_z);
        }
        step_bias(dL_dz, optimizer);
        for (std::size_t j = 0; j < Out; ++j) {
            next_z.elements[j] = next_z.elements[j] + b.elements[j];
        }
    }

private:
    /// Columns [n0, n0 + Width) of `descend_then_forward`'s pass over W: each row's step, then
    /// its products added to the sums, which start from the first row's product and go down
    /// the rows, as `product`'s do. The sums are local, which lets the compiler keep them in
    /// registers for the whole pass (in `next_z`, which might share memory with W, they would be
    /// stored at every row). GCC does; Clang stores them at every row all the same.
    ///
    /// So the block's dL/dz is copied beside the sums, into one object of at most 1 KB: the
    /// loads of dL/dz then never match a recent store of a sum in their low 12 address bits.
    /// Where the caller's dL/dz lay 64 bytes past the sums modulo 4096, each such load waited
    /// for the store (4K aliasing) and the batch-1 epoch with clang++ took twice as long.
    template <std::size_t Width, ElementwiseOptimizer O>
    constexpr void descend_then_forward_columns(std::size_t n0, const Matrix<1, In, T>& x,
                                                const Matrix<1, Out, T>& dL_dz, const O& optimizer,
                                                const Matrix<1, In, T>& next_x,
                                                Matrix<1, Out, T>& next_z) {
        struct {
            T sum[Width];
            T dL_dz[Width];
        } local;
        for (std::size_t j = 0; j < Width; ++j) local.dL_dz[j] = dL_dz.elements[n0 + j];
        {
            const T x_0 = x.elements[0];
            const T next_x_0 = next_x.elements[0];
            T* W_0 = W.elements + n0;
            for (std::size_t j = 0; j < Width; ++j) {
                W_0[j] = optimizer.updated(W_0[j], x_0 * local.dL_dz[j]);
                local.sum[j] = next_x_0 * W_0[j];
            }
        }
        for (std::size_t i = 1; i < In; ++i) {
            const T x_i = x.elements[i];
            const T next_x_i = next_x.elements[i];
            T* W_i = W.elements + i * Out + n0;
            for (std::size_t j = 0; j < Width; ++j) {
                W_i[j] = optimizer.updated(W_i[j], x_i * local.dL_dz[j]);
                local.sum[j] = local.sum[j] + next_x_i * W_i[j];
            }
        }
        for (std::size_t j = 0; j < Width; ++j) next_z.elements[n0 + j] = local.sum[j];
    }

    /// b takes its step: b_j <- updated(b_j, dL/dz_j).
    template <ElementwiseOptimizer O>
    constexpr void step_bias(const Matrix<1, Out, T>& dL_dz, const O& optimizer) {
        for (std::size_t j = 0; j < Out; ++j) {
            b.elements[j] = optimizer.updated(b.elements[j], dL_dz.elements[j]);
        }
    }
};

static_assert(Layer<Dense<2, 1>>);
static_assert(InPlaceLayer<Dense<2, 1>>);
static_assert(Layer<Dense<3, 2, float>>);
static_assert(BatchLayer<Dense<3, 2, float>, 4>);

}  // namespace ctnn
