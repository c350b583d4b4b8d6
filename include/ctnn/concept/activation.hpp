/// \file
/// The `Activation` concept: a fixed non-linearity `a = f(z)` applied after a layer.
#pragma once

#include <ctnn/tensor/matrix.hpp>
#include <ctnn/tensor/tensor.hpp>
#include <ctnn/tensor/vector.hpp>

#include <concepts>
#include <cstddef>

namespace ctnn {

/// An activation applied to each element on its own, `a_i = f(z_i)`.
///
/// Represents: a scalar function f and its derivative.
/// Requires:   `f.value(z)` is f(z); `f.derivative(z, a)` is f'(z), given z and a = f(z)
///             (so Sigmoid may return a(1 - a) and Tanh 1 - a^2). Both are `constexpr`
///             member function templates over the scalar type.
/// Ensures:    the network computes `a = f(z)` element-wise and `dL/dz = dL/da ⊙ f'(z)`.
/// Models:     `Identity`, `ReLU`, `LeakyReLU`, `Sigmoid`, `Tanh`.
template <class F>
concept ElementwiseActivation = requires(const F f, const double z) {
    { f.value(z) } -> std::same_as<double>;
    { f.derivative(z, z) } -> std::same_as<double>;
};

/// An activation that couples the elements of its input, such as Softmax.
///
/// Requires: `f.forward(z)` is the vector a = f(z); `f.backward(z, a, dL_da)` is the
///           vector-Jacobian product `dL/dz = (da/dz)^T dL/da`. Both are `constexpr`
///           member function templates over the width and the scalar type.
/// Models:   `Softmax`.
template <class F>
concept VectorActivation = requires(const F f, const Vector<3> v) {
    { f.forward(v) } -> std::same_as<Vector<3>>;
    { f.backward(v, v, v) } -> std::same_as<Vector<3>>;
};

/// A non-linearity with no trainable parameters, written after a layer in a network's list:
/// `Network<Dense<2, 2>, ReLU, Dense<2, 1>>`. Either element-wise or vector-valued.
/// The network gives an activation the width of the layer before it.
///
/// Archetype: `ctnn::testing::ActivationArchetype`.
template <class F>
concept Activation = std::semiregular<F> &&(ElementwiseActivation<F> || VectorActivation<F>);

/// `a = f(z)` for any activation, into `a`.
template <Activation F, std::size_t N, class T>
constexpr void activate(const F& f, const Vector<N, T>& z, Vector<N, T>& a) {
    if constexpr (ElementwiseActivation<F>) {
        for (std::size_t i = 0; i < N; ++i) a.elements[i] = f.value(z.elements[i]);
    } else {
        a = f.forward(z);
    }
}

/// `dL/dz` from `dL/da` for any activation, into `dL_dz`: `dL/da ⊙ f'(z)` element-wise, or the
/// activation's own vector-Jacobian product.
template <Activation F, std::size_t N, class T>
constexpr void activation_backward(const F& f, const Vector<N, T>& z, const Vector<N, T>& a,
                                   const Vector<N, T>& dL_da, Vector<N, T>& dL_dz) {
    if constexpr (ElementwiseActivation<F>) {
        for (std::size_t i = 0; i < N; ++i) {
            const T da_dz = f.derivative(z.elements[i], a.elements[i]);
            dL_dz.elements[i] = dL_da.elements[i] * da_dz;
        }
    } else {
        dL_dz = f.backward(z, a, dL_da);
    }
}

/// `a = f(z)` for any activation, as a new vector.
template <Activation F, std::size_t N, class T>
constexpr Vector<N, T> activate(const F& f, const Vector<N, T>& z) {
    Vector<N, T> a;
    activate(f, z, a);
    return a;
}

/// `dL/dz` from `dL/da` for any activation, as a new vector.
template <Activation F, std::size_t N, class T>
constexpr Vector<N, T> activation_backward(const F& f, const Vector<N, T>& z, const Vector<N, T>& a,
                                           const Vector<N, T>& dL_da) {
    Vector<N, T> dL_dz;
    activation_backward(f, z, a, dL_da, dL_dz);
    return dL_dz;
}

/// `A = f(Z)` for the first `rows` rows of a batch (one example per row).
template <Activation F, std::size_t B, std::size_t N, class T>
constexpr void activate(const F& f, const Matrix<B, N, T>& Z, Matrix<B, N, T>& A,
                        std::size_t rows = B) {
    if constexpr (ElementwiseActivation<F>) {
        for (std::size_t i = 0; i < rows * N; ++i) A.elements[i] = f.value(Z.elements[i]);
    } else {
        for (std::size_t m = 0; m < rows; ++m) set_row(A, m, f.forward(row(Z, m)));
    }
}

/// `dL/dZ` from `dL/dA` for the first `rows` rows of a batch, each row as `activation_backward`
/// computes it for one example.
template <Activation F, std::size_t B, std::size_t N, class T>
constexpr void activation_backward(const F& f, const Matrix<B, N, T>& Z, const Matrix<B, N, T>& A,
                                   const Matrix<B, N, T>& dL_dA, Matrix<B, N, T>& dL_dZ,
                                   std::size_t rows = B) {
    if constexpr (ElementwiseActivation<F>) {
        for (std::size_t i = 0; i < rows * N; ++i) {
            const T da_dz = f.derivative(Z.elements[i], A.elements[i]);
            dL_dZ.elements[i] = dL_dA.elements[i] * da_dz;
        }
    } else {
        for (std::size_t m = 0; m < rows; ++m) {
            set_row(dL_dZ, m, f.backward(row(Z, m), row(A, m), row(dL_dA, m)));
        }
    }
}

}  // namespace ctnn
