/// \file
/// `ctnn::exp`: the exponential function, constexpr, correctly rounded in practice: a quick
/// phase in plain double with a rounding test, the double-double evaluation when the test
/// fails. Plus the argument reductions and kernels that `expm1` and `tanh` reuse.
#pragma once

#include <ctnn/math/exp_quick.hpp>
#include <ctnn/math/float_bits.hpp>

namespace ctnn {
namespace detail {

/// x = (4k + j) ln2/4 + r with k, j integers, 0 <= j <= 3, r = r.hi + r.lo, |r| <= ln2/8 (plus
/// a rounding error): e^x = 2^k 2^(j/4) e^r.
struct exp_reduction {
    int k;
    int j;
    double_double r;
};

/// Cody-Waite reduction of x by ln2/4.
///
/// Math: n = round(x 4/ln2), r = x - n ln2/4 with ln2/4 in Cody-Waite parts (`quarter_ln2_hi`,
///       `quarter_ln2_lo`); x - n quarter_ln2_hi is exact (the product is exact, and for n != 0
///       x and n quarter_ln2_hi are within a factor of 2: Sterbenz).
/// Requires: |x| <= 746 (so |n| <= 4306).
/// Ensures:  x = n ln2/4 + r.hi + r.lo with an error below 2^-90, r normalised.
constexpr exp_reduction reduce_by_quarter_ln2(double x) noexcept {
    constexpr double four_over_ln2 = 0x1.71547652b82fep+2;  // 4 / ln2, correctly rounded
    constexpr double round_shift = 0x1.8p52;  // adding it rounds to an integer (ties to even)
    const double n_shifted = x * four_over_ln2 + round_shift;
    const double n = n_shifted - round_shift;
    const double r_hi = x - n * quarter_ln2_hi;
    const double r_lo = -(n * quarter_ln2_lo);
    const int n_int = static_cast<int>(n);
    // C++20: >> on a negative int is floor division, & takes the two's complement bits.
    return {n_int >> 2, n_int & 3, two_sum(r_hi, r_lo)};
}

/// 1 / n! for n = 7..11, correctly rounded by the compiler (3..6 are in exp_quick.hpp), for
/// the Taylor series of e^r.
inline constexpr double inv_fact7 = 1.0 / 5040;
inline constexpr double inv_fact8 = 1.0 / 40320;
inline constexpr double inv_fact9 = 1.0 / 362880;
inline constexpr double inv_fact10 = 1.0 / 3628800;
inline constexpr double inv_fact11 = 1.0 / 39916800;

/// e^r - 1 as a double-double, for a reduced argument r = r.hi + r.lo.
///
/// Math: e^r - 1 = r + r^2/2 + r^3 P(r), P(r) = sum_{n=3..11} r^(n-3) / n! (Taylor; the first
///       omitted term is below 2^-67 relative to r for |r| <= ln2/8). r + r^2/2 is summed
///       exactly (Dekker product for r.hi^2), so only the small tail r^3 P(r) (below 2^-13)
///       carries rounding errors.
/// Requires: |r.hi| <= 0.0867, r normalised.
/// Ensures:  relative error below about 2^-64.
constexpr double_double expm1_kernel(double_double r) noexcept {
    const double x = r.hi;
    const double p =
        inv_fact3 +
        x * (inv_fact4 +
             x * (inv_fact5 +
                  x * (inv_fact6 +
                       x * (inv_fact7 +
                            x * (inv_fact8 +
                                 x * (inv_fact9 + x * (inv_fact10 + x * inv_fact11)))))));
    double square_hi, square_lo;
    two_prod(x, x, square_hi, square_lo);
    const double tail = square_hi * x * p;
    const double_double head = fast_two_sum(x, 0.5 * square_hi);  // |x| >= x^2/2 here
    // d/dr (r + r^2/2) = 1 + r: the first-order effect of r.lo.
    const double low = head.lo + (0.5 * square_lo + (r.lo + x * r.lo + tail));
    return fast_two_sum(head.hi, low);
}

/// 2^(j/4) e^r as an unnormalised double-double: the significand of e^x, in [0.917, 1.84).
constexpr double_double exp_significand(const exp_reduction& reduced) noexcept {
    const double_double em1 = expm1_kernel(reduced.r);
    if (reduced.j == 0) {
        const double_double sum = fast_two_sum(1.0, em1.hi);
        return {sum.hi, sum.lo + em1.lo};
    }
    // t (1 + em1) = t.hi + t.hi em1.hi (exact, two_prod) + t.hi em1.lo + t.lo (1 + em1.hi)
    const double_double t = pow2_quarter(reduced.j);
    double product_hi, product_lo;
    two_prod(t.hi, em1.hi, product_hi, product_lo);
    const double_double sum = fast_two_sum(t.hi, product_hi);
    return {sum.hi, sum.lo + (product_lo + (t.hi * em1.lo + (t.lo + t.lo * em1.hi)))};
}

/// e^x for -746 <= x <= 710, the accurate phase of `exp_double`.
///
/// Math: x = (4k + j) ln2/4 + r (Cody-Waite), e^x = 2^k (2^(j/4) e^r), the significand formed
///       in double-double and rounded once; for subnormal results that one rounding happens at
///       the subnormal spacing (no double rounding). This is the table-driven method of Tang
///       (ACM TOMS 15, 1989) with a table of 4 entries, so the polynomial stays short.
/// Ensures: within 0.51 ulp (relative error of the significand below about 2^-63).
constexpr double exp_accurate(double x) noexcept {
    const exp_reduction reduced = reduce_by_quarter_ln2(x);
    const double_double significand = exp_significand(reduced);
    const int k = reduced.k;
    // Normal result: 2^k significand >= 2^-1022. (For k = -1022, significand.hi is never exactly
    // 1: no double lies within 2^-53 of -1022 ln2.)
    if (k > -1022 || (k == -1022 && significand.hi >= 1.0)) {
        const double rounded = significand.hi + significand.lo;
        if (k > 1023) {
            // Rounded already: 2^1024 rounded overflows exactly when rounded >= 1. (Tested, not
            // computed: GCC rejects a constant expression that overflows.)
            return rounded >= 1.0 ? infinity<double> : rounded * 2.0 * pow2<double>(1023);
        }
        return rounded * pow2<double>(k);
    }
    // Subnormal (or zero) result: in units of 2^-1022 the result is below 1; adding 1 makes the
    // one rounding happen at 2^-52 units = 2^-1074, the subnormal spacing.
    const double scale = pow2<double>(k + 1022);  // k >= -1077, so 2^-55 <= scale <= 1
    const double_double scaled{significand.hi * scale, significand.lo * scale};
    const double_double biased = fast_two_sum(1.0, scaled.hi);
    const double rounded = biased.hi + (biased.lo + scaled.lo);
    return (rounded - 1.0) * pow2<double>(-1022);
}

/// e^x for double.
///
/// Math: two phases (Ziv's strategy, as in CRlibm and CORE-MATH): first `exp_quick`, in plain
///       double with a table of 128 entries, whose result is returned when the rounding test
///       shows that its error bound cannot change the rounding (about 97% of arguments);
///       `exp_accurate`, in double-double, otherwise.
/// Ensures: within 0.51 ulp; overflow to +inf above 709.78..., exact 0 below -745.13...
constexpr double exp_double(double x) noexcept {
    if (is_nan(x)) return x;
    if (x > 710.0) return infinity<double>;
    if (x < -746.0) return 0.0;
    if (x > -708.0 && x < 709.0) {  // 2^k (hi + lo) is normal and finite: scaling is exact
        int k;
        double hi, lo;
        exp_quick(x, k, hi, lo);
        if (rounding_is_certain(hi, lo, exp_quick_error)) return (hi + lo) * pow2<double>(k);
    }
    return exp_accurate(x);
}

}  // namespace detail

/// e^x.
///
/// Math:    double: Cody-Waite reduction by ln2/4, Taylor polynomial with a double-double head,
///          one final rounding (see `detail::exp_double`); float: the double result rounded once.
/// Ensures: at most 1 ulp from the correctly rounded result over the whole range (measured: see
///          tests/math/exp.cpp); exp(NaN) = NaN, exp(+inf) = +inf, exp(-inf) = +0, exp(+-0) = 1.
///          The same code runs at compile time and at run time.
template <IeeeFloat T>
constexpr T exp(T x) noexcept {
    return static_cast<T>(detail::exp_double(static_cast<double>(x)));  // float: rounded once
}

}  // namespace ctnn
