/// \file
/// `ctnn::cos`: the cosine, constexpr, within 1 ulp for |x| <= 2^20, plus the reduction by π/2
/// and the sine and cosine kernels on [-π/4, π/4] that a future `sin` can reuse.
#pragma once

#include <ctnn/math/float_bits.hpp>

namespace ctnn {
namespace detail {

/// π/2 split for a three-part Cody-Waite reduction, as in fdlibm's `__ieee754_rem_pio2`:
/// pio2_1 and pio2_2 have 33 significant bits and pio2_3 29, so k * pio2_i is exact for
/// |k| < 2^20; pio2_3t is the rest of π/2 rounded to nearest (what is left is below 2^-160).
/// Values from π to 120 digits.
inline constexpr double pio2_1 = 0x1.921fb544p+0;
inline constexpr double pio2_2 = 0x1.0b4611a6p-34;
inline constexpr double pio2_3 = 0x1.3198a2ep-69;
inline constexpr double pio2_3t = 0x1.b839a252049c1p-104;

/// The largest |x| the reduction by π/2 handles to full accuracy: there k = round(2x/π) is
/// below 2^20, so every product k * pio2_i is exact.
inline constexpr double cos_reduction_limit = 0x1p20;

/// x = k π/2 + r with r = r.hi + r.lo, |r| <= π/4 (plus a rounding error); `quadrant` is k mod 4.
struct quadrant_reduction {
    int quadrant;
    double_double r;
};

/// Cody-Waite reduction of x by π/2, three parts and a tail.
/// Requires: |x| <= cos_reduction_limit.
/// Ensures:  x = k π/2 + r.hi + r.lo with a relative error in r below about 2^-100 for every
///           double x in range (the closest of them to a multiple of π/2 is still ~2^-60 away).
/// Method:   x - k pio2_1 is exact (exact product, then Sterbenz); the next two subtractions are
///           kept exact with two_sum; only the small low-order sum is rounded.
constexpr quadrant_reduction reduce_by_pio2(double x) noexcept {
    constexpr double two_over_pi = 0x1.45f306dc9c883p-1;  // 2 / π, correctly rounded
    constexpr double round_shift = 0x1.8p52;              // adding it rounds to an integer (even)
    const double k_shifted = x * two_over_pi + round_shift;
    const double k = k_shifted - round_shift;
    const double t = x - k * pio2_1;
    const double_double s = two_sum(t, -(k * pio2_2));
    const double_double u = two_sum(s.hi, -(k * pio2_3));
    const double low = (s.lo + u.lo) - k * pio2_3t;
    return {static_cast<int>(k) & 3, two_sum(u.hi, low)};
}

/// cos(r) for a reduced argument r = r.hi + r.lo.
///
/// Math: cos r = 1 - r^2/2 + r^4 C(r^2), C = sum_{n=2..9} (-1)^n r^(2n-4) / (2n)! (Taylor; the
///       first omitted term is below 2^-68 for |r| <= π/4). 1 - r.hi^2/2 is summed exactly
///       (Dekker product for r.hi^2, Fast2Sum for the difference), so only the small tail
///       carries rounding errors; -sin(r.hi) r.lo ~ -r.hi r.lo is the effect of r.lo.
/// Requires: |r.hi| <= 0.8, r normalised.
/// Ensures:  within about 0.56 ulp (measured).
constexpr double cos_kernel(double_double r) noexcept {
    constexpr double c4 = 1.0 / 24;
    constexpr double c6 = -(1.0 / 720);
    constexpr double c8 = 1.0 / 40320;
    constexpr double c10 = -(1.0 / 3628800);
    constexpr double c12 = 1.0 / 479001600;
    constexpr double c14 = -(1.0 / 87178291200);
    constexpr double c16 = 1.0 / 20922789888000;
    constexpr double c18 = -(1.0 / 6402373705728000);
    const double x = r.hi;
    double square_hi, square_lo;
    two_prod(x, x, square_hi, square_lo);
    const double z = square_hi;
    const double C =
        c4 + z * (c6 + z * (c8 + z * (c10 + z * (c12 + z * (c14 + z * (c16 + z * c18))))));
    const double tail = z * z * C;
    const double_double head = fast_two_sum(1.0, -0.5 * z);  // 1 >= z/2 here
    return head.hi + (head.lo + (tail - (0.5 * square_lo + x * r.lo)));
}

/// sin(r) for a reduced argument r = r.hi + r.lo.
///
/// Math: sin r = r - r^3/6 + r^5 S(r^2), S = sum_{n=2..8} (-1)^n r^(2n-4) / (2n+1)! (Taylor; the
///       first omitted term is below 2^-63 relative for |r| <= π/4). r - r^3/6 is summed in
///       double-double (Dekker products, -1/6 as hi + lo), so only the tail, at most r/300,
///       carries rounding errors; cos(r.hi) r.lo ~ (1 - r.hi^2/2) r.lo is the effect of r.lo.
/// Requires: |r.hi| <= 0.8, r normalised.
/// Ensures:  within about 0.6 ulp (measured).
constexpr double sin_kernel(double_double r) noexcept {
    constexpr double s3_hi = -0x1.5555555555555p-3;  // -1/6 = s3_hi + s3_lo to 2^-110
    constexpr double s3_lo = -0x1.5555555555555p-57;
    constexpr double s5 = 1.0 / 120;
    constexpr double s7 = -(1.0 / 5040);
    constexpr double s9 = 1.0 / 362880;
    constexpr double s11 = -(1.0 / 39916800);
    constexpr double s13 = 1.0 / 6227020800;
    constexpr double s15 = -(1.0 / 1307674368000);
    constexpr double s17 = 1.0 / 355687428096000;
    const double x = r.hi;
    double square_hi, square_lo;
    two_prod(x, x, square_hi, square_lo);
    const double z = square_hi;
    double cube_hi, cube_error;
    two_prod(x, z, cube_hi, cube_error);
    const double cube_lo = cube_error + x * square_lo;
    double cube_term_hi, cube_term_error;
    two_prod(cube_hi, s3_hi, cube_term_hi, cube_term_error);  // the r^3/6 term, exactly
    const double cube_term_lo = cube_term_error + (cube_hi * s3_lo + cube_lo * s3_hi);
    const double_double head = fast_two_sum(x, cube_term_hi);  // |x| >= |x^3/6| here
    const double S = s5 + z * (s7 + z * (s9 + z * (s11 + z * (s13 + z * (s15 + z * s17)))));
    const double tail = cube_hi * z * S;
    return head.hi + (head.lo + (cube_term_lo + (tail + r.lo * (1.0 - 0.5 * z))));
}

/// cos(x) for double.
///
/// Math: x = k π/2 + r (Cody-Waite), then by k mod 4: cos r, -sin r, -cos r, sin r.
/// Ensures: within 1 ulp for |x| <= 2^20; NaN beyond (see `ctnn::cos`).
constexpr double cos_double(double x) noexcept {
    if (is_nan(x)) return x;
    const double magnitude = x < 0.0 ? -x : x;
    if (!(magnitude <= cos_reduction_limit)) return quiet_nan<double>;  // also for +-inf
    constexpr double pi_over_4 = 0x1.921fb54442d18p-1;                  // just below π/4
    if (magnitude <= pi_over_4) return cos_kernel({x, 0.0});
    const quadrant_reduction reduced = reduce_by_pio2(x);
    switch (reduced.quadrant) {
        case 0:
            return cos_kernel(reduced.r);
        case 1:
            return -sin_kernel(reduced.r);
        case 2:
            return -cos_kernel(reduced.r);
        default:
            return sin_kernel(reduced.r);
    }
}

}  // namespace detail

/// The cosine of x (in radians).
///
/// Math:    double: reduction by π/2 with a three-part Cody-Waite split, Taylor polynomials for
///          sin and cos on [-π/4, π/4] (see `detail::cos_double`); float: the double result
///          rounded once.
/// Ensures: within 1 ulp of the correctly rounded result for |x| <= 2^20 = 1048576 (measured on
///          two million inputs, tests/math/cos.cpp: at most 0.59 ulp from the exact cosine, at
///          most 1 ulp from glibc's); cos(+-0) = 1; cos(NaN) = NaN.
///          For |x| > 2^20, and for +-inf, the result is NaN: the cheap reduction is no longer
///          exact there, and a NaN is an honest "not computed" where a wrong number would not be.
///          The same code runs at compile time and at run time.
template <IeeeFloat T>
constexpr T cos(T x) noexcept {
    return static_cast<T>(detail::cos_double(static_cast<double>(x)));  // float: rounded once
}

}  // namespace ctnn
