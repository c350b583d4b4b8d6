/// \file
/// `ctnn::log`: the natural logarithm, constexpr, within 1 ulp (nearly always correctly
/// rounded), plus the log(1 + f) kernel that `log1p` reuses.
#pragma once

#include <ctnn/math/float_bits.hpp>

namespace ctnn {
namespace detail {

/// 2 / (2n + 1), correctly rounded by the compiler, for the series of 2 atanh(s).
inline constexpr double two_thirds = 2.0 / 3;
inline constexpr double two_fifths = 2.0 / 5;
inline constexpr double two_sevenths = 2.0 / 7;
inline constexpr double two_ninths = 2.0 / 9;
inline constexpr double two_elevenths = 2.0 / 11;
inline constexpr double two_thirteenths = 2.0 / 13;

/// log(1 + f) as a double-double, for f = f.hi + f.lo with f normalised.
///
/// Math: with s = f / (2 + f), log(1 + f) = 2 atanh(s) = 2s + s z Q(z), z = s^2,
///       Q(z) = sum_{n=1..6} 2 z^(n-1) / (2n + 1) (the first omitted term is below 2^-67
///       relative for |f| <= 2^(1/8) - 1, where |s| <= 0.0434). s is computed as s.hi + s.lo with
///       an exact remainder, so 2s is exact to ~2^-106 and rounding errors stay in the small
///       s z Q(z) part (fdlibm's s = f/(2+f) series, carried in double-double).
/// Requires: |f| <= 0.0906.
/// Ensures:  relative error below about 2^-63.
constexpr double_double log1p_kernel(double_double f) noexcept {
    const double_double two_plus_f = fast_two_sum(2.0, f.hi);
    const double denominator_lo = two_plus_f.lo + f.lo;
    const double s_hi = f.hi / two_plus_f.hi;
    double product_hi, product_lo;
    two_prod(s_hi, two_plus_f.hi, product_hi, product_lo);
    // f - s_hi (2 + f), exactly up to the last product: f.hi - product_hi is exact (Sterbenz).
    const double remainder = ((f.hi - product_hi) - product_lo) + (f.lo - s_hi * denominator_lo);
    const double s_lo = remainder / two_plus_f.hi;
    const double z = s_hi * s_hi;
    const double q =
        two_thirds +
        z * (two_fifths +
             z * (two_sevenths + z * (two_ninths + z * (two_elevenths + z * two_thirteenths))));
    // d/ds (2s^3/3) = 2 s^2: the first-order effect of s_lo on the series.
    const double tail = s_hi * z * q + 2.0 * z * s_lo;
    return fast_two_sum(2.0 * s_hi, 2.0 * s_lo + tail);
}

/// u = 2^(n/4) (1 + f) with n an integer and |f| <= 2^(1/8) - 1.
struct log_reduction {
    int n;
    double_double f;
};

/// Splits u = u.hi + u.lo (finite, u.hi > 0, |u.lo| <= ulp(u.hi)/2) into 2^(n/4) (1 + f).
///
/// Math: u.hi = 2^k m with m in [2^(-1/8), 2^(7/8)), j = the nearest of 0..3 to 4 log2(m)
///       (by comparing m with 2^(1/8), 2^(3/8), 2^(5/8)), n = 4k + j and
///       f = m 2^(-j/4) - 1 + u.lo 2^(-k) 2^(-j/4), formed with an exact product (Tang's
///       table-driven reduction, ACM TOMS 16, 1990, with a table of 4 entries).
constexpr log_reduction reduce_by_quarter_powers_of_2(double_double u) noexcept {
    using layout = float_layout<double>;
    int k = 0;
    double hi = u.hi;
    if (hi < std::numeric_limits<double>::min()) {
        hi *= 0x1p54;  // exact: hi is subnormal
        k = -54;
    }
    const std::uint64_t bits = to_bits(hi);
    k += static_cast<int>(bits >> layout::mantissa_bits) - layout::exponent_bias;
    double m = from_bits<double>((bits & layout::mantissa_mask) | to_bits(1.0));  // [1, 2)
    // m in [2^(-1/8), 2^(7/8)): halve m from 2^(7/8) = 0x1.d5818dcfba487p+0 on.
    if (m >= 0x1.d5818dcfba487p+0) {
        m *= 0.5;
        k += 1;
    }
    const double lo = u.lo == 0.0 ? 0.0 : ldexp(u.lo, -k);
    const int j = m < 0x1.172b83c7d517bp+0   ? 0  // 2^(1/8)
                  : m < 0x1.4bfdad5362a27p+0 ? 1  // 2^(3/8)
                  : m < 0x1.8ace5422aa0dbp+0 ? 2  // 2^(5/8)
                                             : 3;
    if (j == 0) return {4 * k, two_sum(m - 1.0, lo)};  // m - 1 is exact (Sterbenz)
    // 2^(-j/4) = 2^((4 - j)/4) / 2, exactly.
    const double_double t = pow2_quarter(4 - j);
    const double_double scale{0.5 * t.hi, 0.5 * t.lo};
    double product_hi, product_lo;
    two_prod(m, scale.hi, product_hi, product_lo);
    const double f_hi = product_hi - 1.0;  // exact: product_hi is in [0.91, 1.1]
    const double f_lo = product_lo + (m * scale.lo + lo * scale.hi);
    return {4 * k + j, two_sum(f_hi, f_lo)};
}

/// n ln2/4 + log(1 + f) rounded once to double.
/// Requires: |n| < 2^14 (so n quarter_ln2_hi is exact), f as for `log1p_kernel`.
constexpr double add_quarter_ln2s(int n, double_double log1p_f) noexcept {
    const double nd = n;
    const double_double head = two_sum(nd * quarter_ln2_hi, log1p_f.hi);
    return head.hi + (head.lo + (log1p_f.lo + nd * quarter_ln2_lo));
}

/// log(x) for double.
///
/// Math: x = 2^(n/4) (1 + f) (see `reduce_by_quarter_powers_of_2`),
///       log x = n ln2/4 + log(1 + f), everything summed in double-double and rounded once.
/// Ensures: within 0.51 ulp.
constexpr double log_double(double x) noexcept {
    if (is_nan(x)) return x;
    if (x < 0.0) return quiet_nan<double>;
    if (x == 0.0) return -infinity<double>;
    if (x == infinity<double>) return x;
    const log_reduction reduced = reduce_by_quarter_powers_of_2({x, 0.0});
    return add_quarter_ln2s(reduced.n, log1p_kernel(reduced.f));
}

}  // namespace detail

/// The natural logarithm of x.
///
/// Math:    double: reduction to x = 2^(n/4) (1 + f), series of 2 atanh(f / (2 + f)) with
///          a double-double head (see `detail::log_double`); float: the double result rounded once.
/// Ensures: at most 1 ulp from the correctly rounded result (measured: see tests/math/log.cpp);
///          log(1) = +0, log(+-0) = -inf, log(x < 0) = NaN, log(+inf) = +inf, log(NaN) = NaN.
template <IeeeFloat T>
constexpr T log(T x) noexcept {
    return static_cast<T>(detail::log_double(static_cast<double>(x)));  // float: rounded once
}

}  // namespace ctnn
