/// \file
/// `ctnn::sqrt`: the square root, constexpr and correctly rounded.
#pragma once

#include <ctnn/math/float_bits.hpp>

#include <type_traits>

namespace ctnn {
namespace detail {

/// sqrt(x) for double, correctly rounded.
///
/// Math: x = 4^e m with m in [1, 4), sqrt(x) = 2^e sqrt(m). A linear minimax start
///       (relative error 0.03) and four Newton steps y <- (y + m/y) / 2 give y within 1 ulp;
///       Tuckerman's test then picks the correctly rounded neighbour: with u = 2^-52 the ulp of
///       y in [1, 2], sqrt(m) > y + u/2 iff m > y (y + u), and sqrt(m) < y - u/2 iff
///       m <= y (y - u) (m is a multiple of 2^-52 and y(y +- u) of 2^-104, so no ties fall in
///       between). The products are formed exactly with Dekker's two_prod.
/// Ensures: correctly rounded; sqrt(+-0) = +-0, sqrt(x < 0) = NaN, sqrt(+inf) = +inf.
constexpr double sqrt_double(double x) noexcept {
    using layout = float_layout<double>;
    if (is_nan(x) || x == 0.0) return x;
    if (x < 0.0) return quiet_nan<double>;
    if (x == infinity<double>) return x;
    int e = 0;
    if (x < std::numeric_limits<double>::min()) {
        x *= 0x1p54;  // exact: x is subnormal
        e = -54;
    }
    const std::uint64_t bits = to_bits(x);
    e += static_cast<int>(bits >> layout::mantissa_bits) - layout::exponent_bias;
    double m = from_bits<double>((bits & layout::mantissa_mask) | to_bits(1.0));
    if (e % 2 != 0) {
        m *= 2.0;
        e -= 1;
    }
    // Minimax line for sqrt on [1, 4] in relative error: b = 2 / (3 + 2 sqrt2), a = 2b.
    constexpr double slope = 0.34314575050761980;
    double y = 2.0 * slope + slope * m;
    y = 0.5 * (y + m / y);
    y = 0.5 * (y + m / y);
    y = 0.5 * (y + m / y);
    y = 0.5 * (y + m / y);
    if (y < 1.0) y = 1.0;  // sqrt(m) >= 1: keeps y on the grid of [1, 2]
    constexpr double ulp = 0x1p-52;
    double above_hi, above_lo;
    two_prod(y, y + ulp, above_hi, above_lo);
    double below_hi, below_lo;
    two_prod(y, y - ulp, below_hi, below_lo);
    if (m - above_hi > above_lo) {  // m - above_hi is exact (Sterbenz)
        y += ulp;
    } else if (m - below_hi <= below_lo) {
        y -= ulp;
    }
    return y * pow2<double>(e / 2);
}

/// The constexpr square root: double by `sqrt_double`; float as the double result rounded once,
/// which is correctly rounded because 53 >= 2 * 24 + 2 (Figueroa, "When is double rounding
/// innocuous?", 1995).
template <IeeeFloat T>
constexpr T sqrt_constexpr(T x) noexcept {
    return static_cast<T>(sqrt_double(static_cast<double>(x)));  // float: rounded once
}

}  // namespace detail

/// The square root of x.
///
/// Math:    Newton's iteration and an exact final correction (`detail::sqrt_constexpr`). At run
///          time, for x >= 0, the processor's square root instruction, which IEEE 754 also
///          rounds correctly: the same bits, much faster (tests/math/sqrt.cpp compares the two
///          on a million inputs of each type). NaN and negative x take the constexpr path,
///          whose NaN the processor's need not match bit for bit.
/// Ensures: correctly rounded; sqrt(+-0) = +-0, sqrt(x < 0) = NaN, sqrt(+inf) = +inf,
///          sqrt(NaN) = NaN.
template <IeeeFloat T>
constexpr T sqrt(T x) noexcept {
    if (!std::is_constant_evaluated() && x >= T(0)) {
        if constexpr (std::is_same_v<T, float>) {
            return __builtin_sqrtf(x);
        } else {
            return __builtin_sqrt(x);
        }
    }
    return detail::sqrt_constexpr(x);
}

}  // namespace ctnn
