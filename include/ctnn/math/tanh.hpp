/// \file
/// `ctnn::tanh`: the hyperbolic tangent, constexpr, correctly rounded in practice: a quick phase
/// in plain double with a rounding test, the double-double evaluation when the test fails.
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

/// tanh(a) = 1 - 2 / (e^(2a) + 1) = hi + lo for 0.55 <= a <= 20, within `tanh_quick_error`,
/// in plain double arithmetic but for one exact product, with `exp_quick` for e^(2a): the quick
/// phase of `tanh_double` above 0.55. There tanh(a) > 0.5, so the subtraction from 1 cancels no
/// digit.
///
/// Math: d = e^(2a) + 1 as a double-double (exact scaling, TwoSum), s = 2 / d with Dekker's
///       division (an exact remainder from TwoProduct), 1 - s by Fast2Sum.
constexpr void tanh_quick(double a, double& hi, double& lo) noexcept {
    int k;
    double e_hi, e_lo;
    exp_quick(2.0 * a, k, e_hi, e_lo);
    const double scale = pow2<double>(k);  // k <= 58
    double d_hi, d_lo;
    two_sum(e_hi * scale, 1.0, d_hi, d_lo);
    d_lo = d_lo + e_lo * scale;
    const double s_hi = 2.0 / d_hi;
    double product, product_error;
    two_prod(s_hi, d_hi, product, product_error);
    // 2 - s_hi d, exactly up to the last product: 2 - product is exact (Sterbenz).
    const double remainder = ((2.0 - product) - product_error) - s_hi * d_lo;
    fast_two_sum(1.0, -s_hi, hi, lo);
    lo = lo - remainder / d_hi;
}

/// E / (E + 2) = hi + lo for E = e_hi + e_lo >= 0, normalised: Dekker's division with an exact
/// remainder, its error below 2^-100 relative plus E's own.
constexpr void tanh_from_expm1(double e_hi, double e_lo, double& hi, double& lo) noexcept {
    double d_hi, d_lo;
    two_sum(e_hi, 2.0, d_hi, d_lo);
    d_lo = d_lo + e_lo;
    hi = e_hi / d_hi;
    double product, product_error;
    two_prod(hi, d_hi, product, product_error);
    // e - q (e + 2), exactly up to the last product: e_hi - product is exact (Sterbenz).
    const double remainder = ((e_hi - product) - product_error) + (e_lo - hi * d_lo);
    lo = remainder / d_hi;
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
    double hi, lo, error;
    if (a >= 0.55) {
        tanh_quick(a, hi, lo);
        error = tanh_quick_error;
    } else {
        double e_hi, e_lo;
        expm1_quick(2.0 * a, e_hi, e_lo);
        tanh_from_expm1(e_hi, e_lo, hi, lo);
        // E's relative error passes to E / (E + 2) scaled by 2 / (E + 2) <= 1.
        error = expm1_quick_error * hi;
    }
    if (!rounding_is_certain(hi, lo, error)) {
        const double_double e = expm1_double_double(2.0 * a);
        tanh_from_expm1(e.hi, e.lo, hi, lo);
    }
    const double t = hi + lo;
    return x < 0.0 ? -t : t;
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
