/// \file
/// `SoftmaxCrossEntropy`: softmax and cross-entropy fused, the loss of a classifier.
#pragma once

#include <ctnn/activation/softmax.hpp>
#include <ctnn/concept/loss.hpp>

#include <cstddef>

namespace ctnn {

/// Cross-entropy of softmax(z) against a probability vector y (usually one-hot), taking the
/// raw scores z (logits) of a network with a linear last layer: do not put `Softmax` before it.
///
/// Math:     L = -sum_i y_i log softmax(z)_i = sum_i y_i (lse(z) - z_i), where
///           lse(z) = m + log sum_j e^(z_j - m), m = max_j z_j (log-sum-exp: no overflow, and
///           no log of an underflowed probability).
/// Backward: dL/dz_i = softmax(z)_i sum_j y_j - y_i, which is softmax(z)_i - y_i for a
///           probability vector y.
struct SoftmaxCrossEntropy {
    template <std::size_t N, class T>
    constexpr T value(const Vector<N, T>& z, const Vector<N, T>& y) const {
        const T m = detail::largest(z);
        T sum_exp(0.0);
        for (std::size_t j = 0; j < N; ++j) sum_exp = sum_exp + exp(z[j] - m);
        const T log_sum_exp = m + log(sum_exp);
        T loss(0.0);
        for (std::size_t i = 0; i < N; ++i) loss = loss + y[i] * (log_sum_exp - z[i]);
        return loss;
    }

    template <std::size_t N, class T>
    constexpr Vector<N, T> gradient(const Vector<N, T>& z, const Vector<N, T>& y) const {
        T y_sum(0.0);
        for (std::size_t j = 0; j < N; ++j) y_sum = y_sum + y[j];
        Vector<N, T> dL_dz = Softmax{}.forward(z);
        for (std::size_t i = 0; i < N; ++i) dL_dz[i] = dL_dz[i] * y_sum - y[i];
        return dL_dz;
    }
};

static_assert(Loss<SoftmaxCrossEntropy>);

}  // namespace ctnn
