/// \file
/// `BinaryCrossEntropy`: the loss of a yes/no prediction a = P(y = 1), e.g. after `Sigmoid`.
#pragma once

#include <ctnn/concept/loss.hpp>

#include <cstddef>

namespace ctnn {

/// Binary cross-entropy, summed over independent outputs; a_i in (0, 1), y_i in [0, 1].
///
/// Math:     L = -sum_i [y_i log(a_i) + (1 - y_i) log(1 - a_i)]; log(1 - a) is computed as
///           log1p(-a), which stays accurate when a is tiny.
/// Backward: dL/da_i = (a_i - y_i) / (a_i (1 - a_i)).
/// Requires: 0 < a_i < 1 (the loss and its gradient are infinite at 0 and 1).
struct BinaryCrossEntropy {
    template <std::size_t N, class T>
    constexpr T value(const Vector<N, T>& a, const Vector<N, T>& y) const {
        T sum(0.0);
        for (std::size_t i = 0; i < N; ++i) {
            sum = sum - (y[i] * log(a[i]) + (T(1.0) - y[i]) * log1p(-a[i]));
        }
        return sum;
    }

    template <std::size_t N, class T>
    constexpr Vector<N, T> gradient(const Vector<N, T>& a, const Vector<N, T>& y) const {
        Vector<N, T> dL_da;
        for (std::size_t i = 0; i < N; ++i) dL_da[i] = (a[i] - y[i]) / (a[i] * (T(1.0) - a[i]));
        return dL_da;
    }
};

static_assert(Loss<BinaryCrossEntropy>);

}  // namespace ctnn
