/// \file
/// The quick phase of `exp`, `expm1` and `tanh`: e^x and e^x - 1 in plain double arithmetic
/// with a proven error bound, and the rounding test that tells when that bound cannot change
/// the rounding (Ziv's strategy, as in CRlibm and CORE-MATH). When the test fails, each function
/// falls back on its double-double evaluation.
///
/// The results come back through out-parameters, not as structs: GCC's constant evaluator keeps
/// every aggregate a function returns until the evaluation ends. An `exp` whose quick phase
/// returned two structs cost GCC 4.4 KB and 26 µs a call; this one costs 2.8 KB and 19 µs.
#pragma once

#include <ctnn/math/exp_table.hpp>
#include <ctnn/math/float_bits.hpp>

namespace ctnn::detail {

/// 1 / n!, correctly rounded by the compiler, for the Taylor series of e^r.
inline constexpr double inv_fact3 = 1.0 / 6;
inline constexpr double inv_fact4 = 1.0 / 24;
inline constexpr double inv_fact5 = 1.0 / 120;
inline constexpr double inv_fact6 = 1.0 / 720;

/// x = n ln2/128 + r, so that e^x = 2^(n >> 7) 2^((n & 127)/128) (1 + r + q) with
/// q = e^r - 1 - r.
///
/// Math: n = round(x 128/ln2), r = r_hi + r_lo = x - n ln2/128 with ln2/128 = c_hi + c_lo in
///       Cody-Waite parts (c_hi of 35 bits: n c_hi is exact for |n| < 2^18, and x - n c_hi is
///       exact by Sterbenz's lemma), |r| <= ln2/256 (plus rounding), and
///       q = r^2 (1/2 + r/6 + r^2/24 + r^3/120 + r^4/720) (Taylor; omits < 2^-72), in plain
///       double with r rounded. Tang's table-driven method (ACM TOMS 15, 1989), 128 entries.
/// Requires: |x| <= 746 (so |n| <= 137,800).
/// Ensures:  r_hi + r_lo within 2^-76 of x - n ln2/128; q within 2^-69 of e^r - 1 - r.
constexpr void reduce_by_ln2_128ths(double x, int& n, double& r_hi, double& r_lo,
                                    double& q) noexcept {
    constexpr double inverse = 0x1.71547652b82fep+7;  // 128 / ln2, correctly rounded
    constexpr double c_hi = 0x1.62e42fefc0000p-8;
    constexpr double c_lo = -0x1.c610ca86c3899p-44;
    constexpr double round_shift = 0x1.8p52;  // adding it rounds to an integer (ties to even)
    const double n_real = (x * inverse + round_shift) - round_shift;
    n = static_cast<int>(n_real);
    r_hi = x - n_real * c_hi;
    r_lo = -(n_real * c_lo);
    const double r = r_hi + r_lo;
    q = r * r * (0.5 + r * (inv_fact3 + r * (inv_fact4 + r * (inv_fact5 + r * inv_fact6))));
}

/// The bound on the error of `exp_quick`'s significand, in absolute terms (the significand is
/// in [0.99, 2.01)).
///
/// Math: with |r| <= 2^-8.4: the sum r_hi + (r_lo + q) rounds by < 2^-61.4, t.hi times it by
///       < 2^-60.4 (and carries the sum's error, < 2^-60.4), adding t.lo rounds by < 2^-60.4,
///       t.lo (e^r - 1) is < 2^-61.4, the reduction's, q's and the table's errors < 2^-68: in
///       all < 2^-58.5.
inline constexpr double exp_quick_error = 0x1p-58;

/// e^x = 2^k (hi + lo), the significand hi + lo within `exp_quick_error`: the quick phase of
/// `exp_double` and `tanh_double`.
///
/// Math: e^x = 2^k t (1 + r + q), t = 2^(j/128) from `pow2_128ths`, and
///       t (1 + r + q) = t.hi + (t.hi (r_hi + (r_lo + q)) + t.lo), the last sum exact
///       (Fast2Sum: |t.hi| > |t.hi (r + q) + t.lo|).
/// Requires: |x| <= 746.
constexpr void exp_quick(double x, int& k, double& hi, double& lo) noexcept {
    int n;
    double r_hi, r_lo, q;
    reduce_by_ln2_128ths(x, n, r_hi, r_lo, q);
    // C++20: >> on a negative int is floor division, & takes the two's complement bits.
    k = n >> 7;
    const double_double& t = pow2_128ths[n & 127];
    fast_two_sum(t.hi, t.hi * (r_hi + (r_lo + q)) + t.lo, hi, lo);
}

/// The bound on the relative error of `expm1_quick`.
///
/// Math: with t.hi r_hi exact (TwoProduct) and 2^k t.hi - 1 exact, only terms below 2^(k-17)
///       round, by < 2^(k-68) in all; e^x - 1 is at least 2^-8.5 when k or j is not 0
///       (relative error < 2^-59.5), and for k = j = 0 the only rounding is of r_lo + q,
///       relative to r below 2^-62.
inline constexpr double expm1_quick_error = 0x1p-58;

/// e^x - 1 = hi + lo, normalised, within `expm1_quick_error` relative: plain double arithmetic
/// but for one exact product. The quick phase of `expm1_double` and `tanh_double`.
///
/// Math: e^x - 1 = (2^k t.hi - 1) + 2^k (t.hi r_hi + t.hi (r_lo + q) + t.lo (1 + r + q)), the
///       first term exact, t.hi r_hi by TwoProduct, and the two largest terms summed exactly
///       (TwoSum), so no cancellation between them costs accuracy.
/// Requires: -1 <= k <= 52 (2^k t.hi - 1 is then exact): -0.69 < x < 36.
constexpr void expm1_quick(double x, double& hi, double& lo) noexcept {
    int n;
    double r_hi, r_lo, q;
    reduce_by_ln2_128ths(x, n, r_hi, r_lo, q);
    const double_double& t = pow2_128ths[n & 127];
    const double scale = pow2<double>(n >> 7);
    double t_r, t_r_error;
    two_prod(t.hi, r_hi, t_r, t_r_error);
    const double small = t_r_error + (t.hi * (r_lo + q) + t.lo * (1.0 + (r_hi + q)));
    double head, head_error;
    two_sum(t.hi * scale - 1.0, t_r * scale, head, head_error);
    fast_two_sum(head, head_error + small * scale, hi, lo);  // normalised: |lo| <= ulp(hi)/2
}

/// Ziv's rounding test: true when every number within `error` of hi + lo rounds to the same
/// double, which is then hi + lo rounded.
constexpr bool rounding_is_certain(double hi, double lo, double error) noexcept {
    return hi + (lo + error) == hi + (lo - error);
}

}  // namespace ctnn::detail
