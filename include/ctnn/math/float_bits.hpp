/// \file
/// `IeeeFloat`, bit-level classification (`is_nan`, `is_inf`, `is_finite`, `sign_bit`) and the
/// exact building blocks the constexpr math functions share: scaling by 2^k, the error-free
/// transformations (two_sum, two_prod) of double-double arithmetic, and the constants ln2/4 and
/// 2^(j/4) of the exp and log reductions.
#pragma once

#include <bit>
#include <concepts>
#include <cstdint>
#include <limits>
#include <type_traits>

namespace ctnn {

/// The floating-point types ctnn's constexpr math is written for: exactly `float` and `double`.
///
/// Requires: both are IEEE-754 binary32 / binary64 (checked below).
template <class T>
concept IeeeFloat = std::same_as<T, float> || std::same_as<T, double>;

static_assert(std::numeric_limits<float>::is_iec559 && std::numeric_limits<double>::is_iec559,
              "ctnn::IeeeFloat: the math functions assume IEEE-754 float and double.");

namespace detail {

/// The unsigned integer with the same width as `T`, and the layout constants of its encoding.
template <IeeeFloat T>
struct float_layout;

template <>
struct float_layout<float> {
    using bits = std::uint32_t;
    static constexpr int mantissa_bits = 23;
    static constexpr int exponent_bias = 127;
    static constexpr bits sign_mask = 0x8000'0000u;
    static constexpr bits exponent_mask = 0x7f80'0000u;
    static constexpr bits mantissa_mask = 0x007f'ffffu;
};

template <>
struct float_layout<double> {
    using bits = std::uint64_t;
    static constexpr int mantissa_bits = 52;
    static constexpr int exponent_bias = 1023;
    static constexpr bits sign_mask = 0x8000'0000'0000'0000u;
    static constexpr bits exponent_mask = 0x7ff0'0000'0000'0000u;
    static constexpr bits mantissa_mask = 0x000f'ffff'ffff'ffffu;
};

/// The encoding of `x` as an unsigned integer.
template <IeeeFloat T>
constexpr typename float_layout<T>::bits to_bits(T x) noexcept {
    return std::bit_cast<typename float_layout<T>::bits>(x);
}

/// The number whose encoding is `b`.
template <IeeeFloat T>
constexpr T from_bits(typename float_layout<T>::bits b) noexcept {
    return std::bit_cast<T>(b);
}

/// 2^k for a normal power of two.
/// Requires: `1 - bias <= k <= bias` (-1022..1023 for double, -126..127 for float).
template <IeeeFloat T>
constexpr T pow2(int k) noexcept {
    using layout = float_layout<T>;
    using bits = typename layout::bits;
    return from_bits<T>(static_cast<bits>(k + layout::exponent_bias) << layout::mantissa_bits);
}

/// x * 2^k rounded once, like `std::ldexp`: exact unless the result is subnormal (then rounded
/// to nearest, once) or out of range (then 0 or inf).
///
/// Math: one multiplication by a representable power of two is correctly rounded. When 2^k is
/// not representable the scaling is split; the first step (by 2^(min_exponent - digits)) is exact
/// unless it already lands below the normal range, in which case the remaining factor is smaller
/// than 2^-digits and the final result rounds to zero either way, so no double rounding occurs.
template <IeeeFloat T>
constexpr T ldexp(T x, int k) noexcept {
    using limits = std::numeric_limits<T>;
    constexpr int max_k = limits::max_exponent - 1;  // 1023 for double
    constexpr int min_k = limits::min_exponent - 1;  // -1022
    constexpr int down_k = min_k + limits::digits;   // -969: stays exact for |x| >= 2^-53
    if (k > max_k) {
        x *= pow2<T>(max_k);
        k -= max_k;
        if (k > max_k) {
            x *= pow2<T>(max_k);
            k -= max_k;
            if (k > max_k) k = max_k;
        }
    } else if (k < min_k) {
        x *= pow2<T>(down_k);
        k -= down_k;
        if (k < min_k) {
            x *= pow2<T>(down_k);
            k -= down_k;
            if (k < min_k) k = min_k;
        }
    }
    return x * pow2<T>(k);
}

/// An unevaluated sum `hi + lo` with `|lo| <= ulp(hi) / 2` (after normalisation): about 106
/// significant bits.
///
/// The sums below come twice: writing their two parts into two doubles, and returning them as a
/// `double_double` (the same formula spelled out again, as a call more would cost the constant
/// evaluators a step); `two_prod` comes only as the first. The quick phases of the math
/// functions use the doubles: GCC's constant evaluator keeps every aggregate a function creates
/// until the evaluation ends, so a struct per operation costs memory that scalars do not.
struct double_double {
    double hi;
    double lo;
};

/// a + b = s + e exactly, with s = fl(a + b). Requires `|a| >= |b|` or `a == 0`.
/// Method: Dekker's Fast2Sum (1971).
constexpr void fast_two_sum(double a, double b, double& s, double& e) noexcept {
    s = a + b;
    const double b_virtual = s - a;
    e = b - b_virtual;
}
constexpr double_double fast_two_sum(double a, double b) noexcept {
    const double s = a + b;
    const double b_virtual = s - a;
    return {s, b - b_virtual};
}

/// a + b = s + e exactly, with s = fl(a + b), for any a and b (no overflow).
/// Method: Knuth's TwoSum (TAOCP vol. 2, 4.2.2).
constexpr void two_sum(double a, double b, double& s, double& e) noexcept {
    s = a + b;
    const double b_virtual = s - a;
    const double a_virtual = s - b_virtual;
    e = (a - a_virtual) + (b - b_virtual);
}
constexpr double_double two_sum(double a, double b) noexcept {
    const double s = a + b;
    const double b_virtual = s - a;
    const double a_virtual = s - b_virtual;
    return {s, (a - a_virtual) + (b - b_virtual)};
}

/// Where a fused multiply-add is exact and cheap, so `two_prod` takes its error term from
/// fma(a, b, -p): in GCC's constant evaluator, which folds `__builtin_fma` exactly (with MPFR;
/// Clang's folds no fma), and at run time on processors with FMA instructions (`-mfma`, or
/// `-march=native` on one that has them; elsewhere fma is a slow library call).
#if defined(__GNUC__) && !defined(__clang__)
inline constexpr bool compile_time_fma = true;
#else
inline constexpr bool compile_time_fma = false;
#endif
#if defined(__FMA__)
inline constexpr bool run_time_fma = true;
#else
inline constexpr bool run_time_fma = false;
#endif

/// a * b = p + e exactly, with p = fl(a * b).
/// Method: e = fma(a, b, -p) where `compile_time_fma` or `run_time_fma` allow, else Dekker's
/// TwoProduct (1971) on Veltkamp halves. Both give the exact error, so the same bits
/// (tests/math/float_bits.cpp pins hand-derived products at compile time and compares the
/// run-time result with glibc's fma on 10^7 products). Requires no overflow or underflow.
constexpr void two_prod(double a, double b, double& p, double& e) noexcept {
    p = a * b;
    if constexpr (compile_time_fma || run_time_fma) {
        if (std::is_constant_evaluated() ? compile_time_fma : run_time_fma) {
            e = __builtin_fma(a, b, -p);
            return;
        }
    }
    // Veltkamp's splitting (multiplier 2^27 + 1): a = a_hi + a_lo exactly, a_hi holding the
    // upper 26 bits of the significand (requires |a| < 2^995); the same for b.
    const double a_c = 134217729.0 * a;
    const double a_hi = a_c - (a_c - a);
    const double a_lo = a - a_hi;
    const double b_c = 134217729.0 * b;
    const double b_hi = b_c - (b_c - b);
    const double b_lo = b - b_hi;
    e = ((a_hi * b_hi - p) + a_hi * b_lo + a_lo * b_hi) + a_lo * b_lo;
}

/// ln2/4 split for Cody-Waite reduction (from ln 2 to 100 digits): quarter_ln2_hi has 39
/// significant bits, so n * quarter_ln2_hi is exact for |n| < 2^14; quarter_ln2_lo is
/// ln2/4 - quarter_ln2_hi rounded to nearest. Shared by `exp` (x = n ln2/4 + r) and `log`
/// (log x = n ln2/4 + log(1 + f)).
inline constexpr double quarter_ln2_hi = 0x1.62e42fefa4000p-3;
inline constexpr double quarter_ln2_lo = -0x1.8432a1b0e2634p-45;

/// 2^(j/4) for j = 0..3, as a double-double (from 2^(j/4) to 100 digits).
constexpr double_double pow2_quarter(int j) noexcept {
    if (j == 1) return {0x1.306fe0a31b715p+0, 0x1.6f46ad23182e4p-55};
    if (j == 2) return {0x1.6a09e667f3bcdp+0, -0x1.bdd3413b26456p-54};
    if (j == 3) return {0x1.ae89f995ad3adp+0, 0x1.7a1cd345dcc81p-54};
    return {1.0, 0.0};
}

/// Quiet NaN and infinity of `T`, spelled once.
template <IeeeFloat T>
inline constexpr T quiet_nan = std::numeric_limits<T>::quiet_NaN();
template <IeeeFloat T>
inline constexpr T infinity = std::numeric_limits<T>::infinity();

}  // namespace detail

/// True when `x` is a NaN (`std::isnan` is not constexpr in C++20).
template <IeeeFloat T>
constexpr bool is_nan(T x) noexcept {
    using layout = detail::float_layout<T>;
    return (detail::to_bits(x) & ~layout::sign_mask) > layout::exponent_mask;
}

/// True when `x` is +inf or -inf.
template <IeeeFloat T>
constexpr bool is_inf(T x) noexcept {
    using layout = detail::float_layout<T>;
    return (detail::to_bits(x) & ~layout::sign_mask) == layout::exponent_mask;
}

/// True when `x` is neither NaN nor infinite. (Two comparisons: under constant evaluation they
/// cost a fraction of reading the bits.)
template <IeeeFloat T>
constexpr bool is_finite(T x) noexcept {
    constexpr T largest = std::numeric_limits<T>::max();
    return -largest <= x && x <= largest;  // false for NaN
}

/// True when the sign bit of `x` is set: tells -0 from +0 (`-0.0 == 0.0` is true).
template <IeeeFloat T>
constexpr bool sign_bit(T x) noexcept {
    using layout = detail::float_layout<T>;
    return (detail::to_bits(x) & layout::sign_mask) != 0;
}

}  // namespace ctnn
