/// \file
/// `Softmax`: turns a vector of scores into probabilities that sum to one.
#pragma once

#include <ctnn/concept/activation.hpp>

#include <cstddef>

namespace ctnn {

namespace detail {

/// The largest element of z.
template <std::size_t N, class T>
constexpr T largest(const Vector<N, T>& z) {
    T m = z[0];
    for (std::size_t i = 1; i < N; ++i) m = m < z[i] ? z[i] : m;
    return m;
}

}  // namespace detail

/// Softmax over the whole vector.
///
/// Math:     a_i = e^(z_i - m) / sum_j e^(z_j - m) with m = max_j z_j; subtracting m changes
///           nothing mathematically and keeps every exponent <= 0, so nothing overflows.
/// Backward: da_i/dz_k = a_i (δ_ik - a_k), so dL/dz_i = a_i (dL/da_i - sum_k a_k dL/da_k).
///
/// For classification prefer a linear output with `SoftmaxCrossEntropy`, which fuses the two.
struct Softmax {
    template <std::size_t N, class T>
    constexpr Vector<N, T> forward(const Vector<N, T>& z) const {
        const T m = detail::largest(z);
        Vector<N, T> a;
        T sum(0.0);
        for (std::size_t i = 0; i < N; ++i) {
            a[i] = exp(z[i] - m);
            sum = sum + a[i];
        }
        for (std::size_t i = 0; i < N; ++i) a[i] = a[i] / sum;
        return a;
    }

    template <std::size_t N, class T>
    constexpr Vector<N, T> backward(const Vector<N, T>&, const Vector<N, T>& a,
                                    const Vector<N, T>& dL_da) const {
        T a_dot_dL_da(0.0);
        for (std::size_t k = 0; k < N; ++k) a_dot_dL_da = a_dot_dL_da + a[k] * dL_da[k];
        Vector<N, T> dL_dz;
        for (std::size_t i = 0; i < N; ++i) dL_dz[i] = a[i] * (dL_da[i] - a_dot_dL_da);
        return dL_dz;
    }
};

static_assert(Activation<Softmax>);

}  // namespace ctnn
