/// \file
/// `ctnn::tanh`: the hyperbolic tangent, constexpr, within 1 ulp (nearly always correctly
/// rounded).
#pragma once

#include <ctnn/math/expm1.hpp>
#include <ctnn/math/float_bits.hpp>

namespace ctnn {
namespace detail {

/// tanh(x) for double.
///
/// Math: tanh|x| = E / (E + 2) with E = e^(2|x|) - 1 (fdlibm's formula), E as a double-double
///       from `expm1_double_double`, the quotient formed in double-double (Dekker's division
///       with an exact remainder) and rounded once; the sign restored by oddness.
/// Ensures: within 0.51 ulp; tanh(+-0) = +-0, tanh(+-inf) = +-1.
constexpr double tanh_double(double x) noexcept {
    if (is_nan(x)) return x;
    const double a = x < 0.0 ? -x : x;
    // |x| < 2^-27: tanh x = x (1 - x^2/3 + ...) rounds to x (keeps -0).
    if (a < 0x1p-27) return x;
    // |x| > 20: 1 - tanh|x| < 2 e^-40 < 2^-54, which rounds to 1.
    if (a > 20.0) return x < 0.0 ? -1.0 : 1.0;
    const double_double e = expm1_double_double(2.0 * a);
    const double_double denominator = two_sum(e.hi, 2.0);
    const double denominator_lo = denominator.lo + e.lo;
    const double q = e.hi / denominator.hi;
    const double_double product = two_prod(q, denominator.hi);
    // e - q (e + 2), exactly up to the last product: e.hi - product.hi is exact (Sterbenz).
    const double remainder = ((e.hi - product.hi) - product.lo) + (e.lo - q * denominator_lo);
    const double t = q + remainder / denominator.hi;
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
