/// \file
/// The `Tensor` concept and the element-wise operations shared by vectors and matrices.
#pragma once

#include <ctnn/math/is_close.hpp>
#include <ctnn/tensor/matrix.hpp>
#include <ctnn/tensor/vector.hpp>

#include <concepts>
#include <cstddef>

namespace ctnn {

/// A fixed-size block of scalars with flat storage `elements[size]`: a `Vector` or a `Matrix`.
/// Element-wise operations, optimizers and checkers are written once against this concept.
template <class X>
concept Tensor = Scalar<typename X::scalar_type> && requires(X x, const X cx, std::size_t i) {
    { X::size } -> std::convertible_to<std::size_t>;
    { x.elements[i] } -> std::same_as<typename X::scalar_type&>;
    { cx.elements[i] } -> std::same_as<const typename X::scalar_type&>;
};

/// Element-wise sum, `(x + y)_i = x_i + y_i`.
template <Tensor X>
constexpr X operator+(const X& x, const X& y) {
    X sum;
    for (std::size_t i = 0; i < X::size; ++i) sum.elements[i] = x.elements[i] + y.elements[i];
    return sum;
}

/// Element-wise difference, `(x - y)_i = x_i - y_i`.
template <Tensor X>
constexpr X operator-(const X& x, const X& y) {
    X difference;
    for (std::size_t i = 0; i < X::size; ++i) {
        difference.elements[i] = x.elements[i] - y.elements[i];
    }
    return difference;
}

/// In-place element-wise sum, `y_i <- y_i + x_i`.
template <Tensor X>
constexpr X& operator+=(X& y, const X& x) {
    for (std::size_t i = 0; i < X::size; ++i) y.elements[i] = y.elements[i] + x.elements[i];
    return y;
}

/// In-place division by a scalar, `y_i <- y_i / a`.
template <Tensor X>
constexpr X& operator/=(X& y, const typename X::scalar_type& a) {
    for (std::size_t i = 0; i < X::size; ++i) y.elements[i] = y.elements[i] / a;
    return y;
}

/// Scaling by a scalar, `(a x)_i = a x_i`.
template <Tensor X>
constexpr X operator*(const typename X::scalar_type& a, const X& x) {
    X scaled;
    for (std::size_t i = 0; i < X::size; ++i) scaled.elements[i] = a * x.elements[i];
    return scaled;
}

/// Element-wise (Hadamard) product, `(x ⊙ y)_i = x_i y_i`: how a gradient passes an
/// element-wise activation, `dL/dz = dL/da ⊙ da/dz`.
template <Tensor X>
constexpr X hadamard(const X& x, const X& y) {
    X product;
    for (std::size_t i = 0; i < X::size; ++i) product.elements[i] = x.elements[i] * y.elements[i];
    return product;
}

/// In-place `y <- y + a x` (BLAS axpy), written `y_i + a x_i` for every element.
/// Gradient descent is `axpy(-eta, g, p)`, which is exactly `p - eta g` in IEEE arithmetic.
template <Tensor X>
constexpr void axpy(const typename X::scalar_type& a, const X& x, X& y) {
    for (std::size_t i = 0; i < X::size; ++i) y.elements[i] = y.elements[i] + a * x.elements[i];
}

/// Row m of a matrix, as a vector: one example of a batch.
template <std::size_t Rows, std::size_t Cols, class T>
constexpr Vector<Cols, T> row(const Matrix<Rows, Cols, T>& A, std::size_t m) {
    Vector<Cols, T> A_m;
    for (std::size_t j = 0; j < Cols; ++j) A_m.elements[j] = A.elements[m * Cols + j];
    return A_m;
}

/// Sets row m of a matrix to v: one example into a batch.
template <std::size_t Rows, std::size_t Cols, class T>
constexpr void set_row(Matrix<Rows, Cols, T>& A, std::size_t m, const Vector<Cols, T>& v) {
    for (std::size_t j = 0; j < Cols; ++j) A.elements[m * Cols + j] = v.elements[j];
}

/// True when every element of `actual` is within `tolerance` of the same element of `expected`.
template <Tensor X>
constexpr bool is_close(const X& actual, const X& expected,
                        const typename X::scalar_type& tolerance) {
    for (std::size_t i = 0; i < X::size; ++i) {
        if (!is_close(actual.elements[i], expected.elements[i], tolerance)) return false;
    }
    return true;
}

}  // namespace ctnn
