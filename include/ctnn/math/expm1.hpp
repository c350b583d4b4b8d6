/// \file
/// `ctnn::expm1`: e^x - 1 without cancellation for small x, constexpr, within 1 ulp (nearly
/// always correctly rounded), plus the double-double form that `tanh` reuses.
#pragma once

#include <ctnn/math/exp.hpp>
#include <ctnn/math/float_bits.hpp>

namespace ctnn {
namespace detail {

/// e^x - 1 as a double-double.
///
/// Math: x = (4k + j) ln2/4 + r as for `exp`; k = j = 0: the kernel's e^r - 1 directly;
///       otherwise 2^k 2^(j/4) e^r - 1 with the scaling exact and the subtraction of 1 done by an
///       exact two_sum, so the cancellation adds no rounding error.
/// Requires: -41 <= x <= 709 (so 2^k 2^(j/4) e^r is normal and finite).
/// Ensures:  relative error below about 2^-60.
constexpr double_double expm1_double_double(double x) noexcept {
    const exp_reduction reduced = reduce_by_quarter_ln2(x);
    if (reduced.k == 0 && reduced.j == 0) return expm1_kernel(reduced.r);
    const double_double significand = exp_significand(reduced);
    const double scale = pow2<double>(reduced.k);
    const double_double difference = two_sum(significand.hi * scale, -1.0);
    return fast_two_sum(difference.hi, difference.lo + significand.lo * scale);
}

/// e^x - 1 for double.
///
/// Math: two phases (Ziv's strategy): for -0.69 < x < 36, `expm1_quick`, returned when the
///       rounding test shows that its error bound cannot change the rounding; otherwise, and
///       when the test fails, `expm1_double_double` rounded once.
/// Ensures: within 0.51 ulp; expm1(+-0) = +-0, expm1(+inf) = +inf, expm1(-inf) = -1.
constexpr double expm1_double(double x) noexcept {
    if (is_nan(x) || x == 0.0) return x;
    // e^x > 2^1022: the 1 is 2^-1022 of it, far below what any rounding decision can see.
    if (x > 709.0) return exp_double(x);
    // e^x < 2^-54 below -38: -1 + e^x rounds to -1 (the next double up is -1 + 2^-53).
    if (x < -38.0) return -1.0;
    // |x| < 2^-54: x^2/2 is below half an ulp of x, and the rounding goes to x.
    if (x < 0x1p-54 && x > -0x1p-54) return x;
    if (x > -0.69 && x < 36.0) {  // -1 <= k <= 52, as `expm1_quick` requires
        double hi, lo;
        expm1_quick(x, hi, lo);
        const double error = expm1_quick_error * (hi < 0.0 ? -hi : hi);
        if (rounding_is_certain(hi, lo, error)) return hi + lo;
    }
    const double_double result = expm1_double_double(x);
    return result.hi + result.lo;
}

}  // namespace detail

/// e^x - 1, accurate also when x is near 0.
///
/// Math:    double: see `detail::expm1_double_double`; float: the double result rounded once.
/// Ensures: at most 1 ulp from the correctly rounded result (measured: see
///          tests/math/expm1.cpp); expm1(+-0) = +-0, expm1(+inf) = +inf, expm1(-inf) = -1,
///          expm1(NaN) = NaN.
template <IeeeFloat T>
constexpr T expm1(T x) noexcept {
    return static_cast<T>(detail::expm1_double(static_cast<double>(x)));  // float: rounded once
}

}  // namespace ctnn
