/// \file
/// `SquaredError`: the notebook's loss, L = (a - y)^2, summed over the outputs.
#pragma once

#include <ctnn/concept/loss.hpp>

#include <cstddef>

namespace ctnn {

/// Sum of squared errors. On one output this is the notebook's "MSE", which takes no mean.
///
/// Math:     L = sum_i (a_i - y_i)^2.
/// Backward: dL/da_i = 2 (a_i - y_i).
struct SquaredError {
    template <std::size_t N, class T>
    constexpr T value(const Vector<N, T>& a, const Vector<N, T>& y) const {
        T sum(0.0);
        for (std::size_t i = 0; i < N; ++i) {
            const T error = a[i] - y[i];
            sum = sum + error * error;
        }
        return sum;
    }

    template <std::size_t N, class T>
    constexpr Vector<N, T> gradient(const Vector<N, T>& a, const Vector<N, T>& y) const {
        Vector<N, T> dL_da;
        for (std::size_t i = 0; i < N; ++i) dL_da[i] = T(2.0) * (a[i] - y[i]);
        return dL_da;
    }
};

static_assert(Loss<SquaredError>);

}  // namespace ctnn
