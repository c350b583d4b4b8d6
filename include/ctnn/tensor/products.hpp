/// \file
/// Products of vectors and matrices: dot, vector-matrix, matrix-vector, outer, transpose.
/// These are the linear algebra of a dense layer's forward (`z = xW + b`) and backward
/// (`dL/dW = x ⊗ dL/dz`, `dL/dx = W dL/dz`) passes.
///
/// The loops index the tensors' storage arrays directly (`x.elements[i]`), not through
/// `operator[]`: under constant evaluation a call per element costs several times the
/// arithmetic it wraps, and the compiler trains networks with these loops. Each product also
/// writes into a tensor it is given: GCC's constant evaluator keeps every tensor it creates
/// until the evaluation ends (about 1 KB for one of 8 doubles), so training loops write into
/// tensors they reuse.
#pragma once

#include <ctnn/tensor/matrix.hpp>
#include <ctnn/tensor/vector.hpp>

#include <cstddef>

namespace ctnn {

/// Dot product, `x · y = sum_i x_i y_i`, summed from i = 0 upwards.
template <std::size_t N, class T>
constexpr T dot(const Vector<N, T>& x, const Vector<N, T>& y) {
    T sum(0.0);
    for (std::size_t i = 0; i < N; ++i) sum = sum + x.elements[i] * y.elements[i];
    return sum;
}

/// Row vector times matrix, `(xW)_j = sum_i x_i W_ij`: a dense layer's weighted sum, into xW.
/// Each sum starts from its i = 0 product and adds the others in order; the loop walks W row
/// by row. `multiply` of a batch (`matrix_products.hpp`) computes the same sums.
template <std::size_t In, std::size_t Out, class T>
constexpr void multiply(const Vector<In, T>& x, const Matrix<In, Out, T>& W, Vector<Out, T>& xW) {
    for (std::size_t j = 0; j < Out; ++j) xW.elements[j] = x.elements[0] * W.elements[j];
    for (std::size_t i = 1; i < In; ++i) {
        const T x_i = x.elements[i];
        const T* W_i = W.elements + i * Out;
        for (std::size_t j = 0; j < Out; ++j) xW.elements[j] = xW.elements[j] + x_i * W_i[j];
    }
}

/// `xW` as a new vector.
template <std::size_t In, std::size_t Out, class T>
constexpr Vector<Out, T> multiply(const Vector<In, T>& x, const Matrix<In, Out, T>& W) {
    Vector<Out, T> xW;
    multiply(x, W, xW);
    return xW;
}

/// Matrix times column vector, `(Wv)_i = sum_j W_ij v_j`: how a gradient flows back through
/// a dense layer's weights, into Wv. Each sum starts from its j = 0 product and adds the others
/// in order, as `multiply_transpose` of a batch does.
template <std::size_t Rows, std::size_t Cols, class T>
constexpr void multiply(const Matrix<Rows, Cols, T>& W, const Vector<Cols, T>& v,
                        Vector<Rows, T>& Wv) {
    for (std::size_t i = 0; i < Rows; ++i) {
        const T* W_i = W.elements + i * Cols;
        T sum = W_i[0] * v.elements[0];
        for (std::size_t j = 1; j < Cols; ++j) sum = sum + W_i[j] * v.elements[j];
        Wv.elements[i] = sum;
    }
}

/// `Wv` as a new vector.
template <std::size_t Rows, std::size_t Cols, class T>
constexpr Vector<Rows, T> multiply(const Matrix<Rows, Cols, T>& W, const Vector<Cols, T>& v) {
    Vector<Rows, T> Wv;
    multiply(W, v, Wv);
    return Wv;
}

/// Outer product, `(x ⊗ y)_ij = x_i y_j`: a dense layer's weight gradient `x ⊗ dL/dz`, into xy.
template <std::size_t Rows, std::size_t Cols, class T>
constexpr void outer(const Vector<Rows, T>& x, const Vector<Cols, T>& y,
                     Matrix<Rows, Cols, T>& xy) {
    for (std::size_t i = 0; i < Rows; ++i) {
        const T x_i = x.elements[i];
        T* xy_i = xy.elements + i * Cols;
        for (std::size_t j = 0; j < Cols; ++j) xy_i[j] = x_i * y.elements[j];
    }
}

/// `x ⊗ y` as a new matrix.
template <std::size_t Rows, std::size_t Cols, class T>
constexpr Matrix<Rows, Cols, T> outer(const Vector<Rows, T>& x, const Vector<Cols, T>& y) {
    Matrix<Rows, Cols, T> xy;
    outer(x, y, xy);
    return xy;
}

/// Transpose, `(W^T)_ji = W_ij`.
template <std::size_t Rows, std::size_t Cols, class T>
constexpr Matrix<Cols, Rows, T> transpose(const Matrix<Rows, Cols, T>& W) {
    Matrix<Cols, Rows, T> Wt;
    for (std::size_t i = 0; i < Rows; ++i) {
        for (std::size_t j = 0; j < Cols; ++j) Wt.elements[j * Rows + i] = W.elements[i * Cols + j];
    }
    return Wt;
}

}  // namespace ctnn
