/// \file
/// `ctnn::log1p`: log(1 + x) without cancellation for small x, constexpr, within 1 ulp (nearly
/// always correctly rounded).
#pragma once

#include <ctnn/math/float_bits.hpp>
#include <ctnn/math/log.hpp>

namespace ctnn {
namespace detail {

/// log(1 + x) for double.
///
/// Math: for 1 + x in [2^(-1/8), 2^(1/8)) the kernel takes f = x exactly. Otherwise
///       1 + x = u.hi + u.lo exactly (two_sum) and u = 2^(n/4) (1 + f) as for `log`, with u.lo
///       carried into f, so the rounding of 1 + x is not lost (fdlibm's log1p correction term,
///       made exact).
/// Ensures: within 0.51 ulp; log1p(+-0) = +-0, log1p(-1) = -inf, log1p(x < -1) = NaN,
///          log1p(+inf) = +inf.
constexpr double log1p_double(double x) noexcept {
    if (is_nan(x)) return x;
    if (x < -1.0) return quiet_nan<double>;
    if (x == -1.0) return -infinity<double>;
    if (x == infinity<double>) return x;
    // |x| < 2^-54: x^2/2 is below half an ulp of x, and the rounding goes to x (keeps -0).
    if (x < 0x1p-54 && x > -0x1p-54) return x;
    if (x > -0x1.53f391822dbc7p-4 && x < 0x1.72b83c7d517aep-4) {  // 2^(-1/8) - 1, 2^(1/8) - 1
        return add_quarter_ln2s(0, log1p_kernel({x, 0.0}));
    }
    const log_reduction reduced = reduce_by_quarter_powers_of_2(two_sum(1.0, x));
    return add_quarter_ln2s(reduced.n, log1p_kernel(reduced.f));
}

}  // namespace detail

/// log(1 + x), accurate also when x is near 0.
///
/// Math:    double: see `detail::log1p_double`; float: the double result rounded once.
/// Ensures: at most 1 ulp from the correctly rounded result (measured: see
///          tests/math/log1p.cpp); log1p(+-0) = +-0, log1p(-1) = -inf, log1p(x < -1) = NaN,
///          log1p(+inf) = +inf, log1p(NaN) = NaN.
template <IeeeFloat T>
constexpr T log1p(T x) noexcept {
    return static_cast<T>(detail::log1p_double(static_cast<double>(x)));  // float: rounded once
}

}  // namespace ctnn
