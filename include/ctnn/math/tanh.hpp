/// \file
/// `ctnn::tanh`: the hyperbolic tangent, constexpr, within 1 ulp (nearly always correctly
/// rounded).
#pragma once

#include <ctnn/math/expm1.hpp>
#include <ctnn/math/float_bits.hpp>

namespace ctnn {
namespace detail {

/// The bound on the error of `tanh_quick`, in absolute terms.
///
/// Math: E = e^(2a) has a relative error below 2^-57.98 (`exp_quick_error` on a significand of
///       at least 0.99), which moves s = 2 / (E + 1) by at most s 2^-57.98 E / (E + 1), below
///       2^-58.98 for s <= 1/2; the division adds below 2^-100.
inline constexpr double tanh_quick_error = 0x1.1p-59;

/// tanh(a) = 1 - 2 / (e^(2a) + 1) for 0.55 <= a <= 20 in plain double arithmetic, with
/// `exp_quick` for e^(2a), as an unevaluated sum within `tanh_quick_error`: the quick phase of
/// `tanh_double`. There tanh(a) >= 0.5, so the subtraction from 1 cancels no digit.
///
/// Math: d = e^(2a) + 1 as a double-double (exact scaling, TwoSum), s = 2 / d with Dekker's
///       division (an exact remainder from TwoProduct), 1 - s by Fast2Sum.
constexpr double_double tanh_quick(double a) noexcept {
    const scaled_double_double e = exp_quick(reduce_by_ln2_128ths(2.0 * a));
    const double scale = pow2<double>(e.k);  // e.k <= 58
    const double_double d_head = two_sum(e.significand.hi * scale, 1.0);
    const double d_lo = d_head.lo + e.significand.lo * scale;
    const double s_hi = 2.0 / d_head.hi;
    const double_double product = two_prod(s_hi, d_head.hi);
    // 2 - s_hi d, exactly up to the last product: 2 - product.hi is exact (Sterbenz).
    const double remainder = ((2.0 - product.hi) - product.lo) - s_hi * d_lo;
    const double s_lo = remainder / d_head.hi;
    const double_double t = fast_two_sum(1.0, -s_hi);
    return {t.hi, t.lo - s_lo};
}

/// E / (E + 2) as an unevaluated sum, for E = e.hi + e.lo >= 0: Dekker's division with an
/// exact remainder, its error below 2^-100 relative plus E's own.
constexpr double_double tanh_from_expm1(double_double e) noexcept {
    const double_double denominator = two_sum(e.hi, 2.0);
    const double denominator_lo = denominator.lo + e.lo;
    const double q = e.hi / denominator.hi;
    const double_double product = two_prod(q, denominator.hi);
    // e - q (e + 2), exactly up to the last product: e.hi - product.hi is exact (Sterbenz).
    const double remainder = ((e.hi - product.hi) - product.lo) + (e.lo - q * denominator_lo);
    return {q, remainder / denominator.hi};
}

/// tanh(x) for double.
///
/// Math: two phases (Ziv's strategy). The quick phase: for 0.55 <= |x| <= 20, `tanh_quick`;
///       below, tanh|x| = E / (E + 2) with E = e^(2|x|) - 1 from `expm1_quick` (fdlibm's
///       formula); returned when the rounding test shows that the error bound cannot change
///       the rounding. Otherwise the same quotient with E from `expm1_double_double`, rounded
///       once. The sign is restored by oddness.
/// Ensures: within 0.51 ulp; tanh(+-0) = +-0, tanh(+-inf) = +-1.
constexpr double tanh_double(double x) noexcept {
    if (is_nan(x)) return x;
    const double a = x < 0.0 ? -x : x;
    // |x| < 2^-27: tanh x = x (1 - x^2/3 + ...) rounds to x (keeps -0).
    if (a < 0x1p-27) return x;
    // |x| > 20: 1 - tanh|x| < 2 e^-40 < 2^-54, which rounds to 1.
    if (a > 20.0) return x < 0.0 ? -1.0 : 1.0;
    const bool above_half = a >= 0.55;  // then tanh a > 0.5
    const double_double quick =
        above_half ? tanh_quick(a) : tanh_from_expm1(expm1_quick(reduce_by_ln2_128ths(2.0 * a)));
    // The relative error of E passes to E / (E + 2) scaled by 2 / (E + 2) <= 1.
    const double error = above_half ? tanh_quick_error : expm1_quick_error * quick.hi;
    const double_double t =
        rounding_is_certain(quick, error) ? quick : tanh_from_expm1(expm1_double_double(2.0 * a));
    const double rounded = t.hi + t.lo;
    return x < 0.0 ? -rounded : rounded;
}

}  // namespace detail

/// The hyperbolic tangent of x.
///
/// Math:    double: see `detail::tanh_double`; float: the double result rounded once.
/// Ensures: at most 1 ulp from the correctly rounded result (measured: see tests/math/tanh.cpp);
///          odd; tanh(+-0) = +-0, tanh(+-inf) = +-1, tanh(NaN) = NaN.
template <IeeeFloat T>
constexpr T tanh(T x) noexcept {
    return static_cast<T>(detail::tanh_double(static_cast<double>(x)));  // float: rounded once
}

}  // namespace ctnn
