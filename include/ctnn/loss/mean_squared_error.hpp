/// \file
/// `MeanSquaredError`: the squared error averaged over the outputs.
#pragma once

#include <ctnn/concept/loss.hpp>
#include <ctnn/loss/squared_error.hpp>

#include <cstddef>

namespace ctnn {

/// Mean of squared errors over the N outputs.
///
/// Math:     L = (1/N) sum_i (a_i - y_i)^2.
/// Backward: dL/da_i = 2 (a_i - y_i) / N.
struct MeanSquaredError {
    template <std::size_t N, class T>
    constexpr T value(const Vector<N, T>& a, const Vector<N, T>& y) const {
        return SquaredError{}.value(a, y) / T(double(N));
    }

    template <std::size_t N, class T>
    constexpr Vector<N, T> gradient(const Vector<N, T>& a, const Vector<N, T>& y) const {
        Vector<N, T> dL_da = SquaredError{}.gradient(a, y);
        for (std::size_t i = 0; i < N; ++i) dL_da[i] = dL_da[i] / T(double(N));
        return dL_da;
    }
};

static_assert(Loss<MeanSquaredError>);

}  // namespace ctnn
