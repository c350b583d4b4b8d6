// IeeeFloat, is_nan, is_inf, is_finite, sign_bit: classification from the bits, usable in
// constant expressions (std::isnan and friends are not constexpr in C++20); and the exact
// scaling ldexp and product two_prod the math functions rely on.
#include <ctnn/math/float_bits.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "accuracy.hpp"

TEST_CASE("IeeeFloat: is satisfied by exactly float and double", "[math][float_bits]") {
    STATIC_REQUIRE(ctnn::IeeeFloat<float>);
    STATIC_REQUIRE(ctnn::IeeeFloat<double>);
    STATIC_REQUIRE_FALSE(ctnn::IeeeFloat<long double>);
    STATIC_REQUIRE_FALSE(ctnn::IeeeFloat<int>);
    STATIC_REQUIRE_FALSE(ctnn::IeeeFloat<const double>);
    STATIC_REQUIRE_FALSE(ctnn::IeeeFloat<double&>);
}

TEST_CASE("is_nan: is true for every NaN and nothing else", "[math][float_bits]") {
    using limits = std::numeric_limits<double>;
    STATIC_REQUIRE(ctnn::is_nan(limits::quiet_NaN()));
    STATIC_REQUIRE(ctnn::is_nan(-limits::quiet_NaN()));
    STATIC_REQUIRE(ctnn::is_nan(limits::signaling_NaN()));
    STATIC_REQUIRE(ctnn::is_nan(std::numeric_limits<float>::quiet_NaN()));
    STATIC_REQUIRE_FALSE(ctnn::is_nan(limits::infinity()));
    STATIC_REQUIRE_FALSE(ctnn::is_nan(-limits::infinity()));
    STATIC_REQUIRE_FALSE(ctnn::is_nan(limits::max()));
    STATIC_REQUIRE_FALSE(ctnn::is_nan(0.0));
    STATIC_REQUIRE_FALSE(ctnn::is_nan(1.0f));
}

TEST_CASE("is_inf: is true for +inf and -inf only", "[math][float_bits]") {
    using limits = std::numeric_limits<double>;
    STATIC_REQUIRE(ctnn::is_inf(limits::infinity()));
    STATIC_REQUIRE(ctnn::is_inf(-limits::infinity()));
    STATIC_REQUIRE(ctnn::is_inf(-std::numeric_limits<float>::infinity()));
    STATIC_REQUIRE_FALSE(ctnn::is_inf(limits::max()));
    STATIC_REQUIRE_FALSE(ctnn::is_inf(limits::quiet_NaN()));
    STATIC_REQUIRE_FALSE(ctnn::is_inf(0.0f));
}

TEST_CASE("is_finite: is false for infinities and NaN only", "[math][float_bits]") {
    using limits = std::numeric_limits<double>;
    STATIC_REQUIRE(ctnn::is_finite(limits::max()));
    STATIC_REQUIRE(ctnn::is_finite(-limits::denorm_min()));
    STATIC_REQUIRE(ctnn::is_finite(-0.0f));
    STATIC_REQUIRE_FALSE(ctnn::is_finite(limits::infinity()));
    STATIC_REQUIRE_FALSE(ctnn::is_finite(limits::quiet_NaN()));
    STATIC_REQUIRE_FALSE(ctnn::is_finite(-std::numeric_limits<float>::infinity()));
}

TEST_CASE("sign_bit: tells -0 from +0, which == cannot", "[math][float_bits]") {
    STATIC_REQUIRE(-0.0 == 0.0);
    STATIC_REQUIRE(ctnn::sign_bit(-0.0));
    STATIC_REQUIRE_FALSE(ctnn::sign_bit(0.0));
    STATIC_REQUIRE(ctnn::sign_bit(-0.0f));
    STATIC_REQUIRE(ctnn::sign_bit(-std::numeric_limits<double>::infinity()));
    STATIC_REQUIRE_FALSE(ctnn::sign_bit(1.0f));
}

TEST_CASE("ldexp: scales exactly, and rounds once into the subnormal range", "[math][float_bits]") {
    using ctnn::detail::ldexp;
    STATIC_REQUIRE(ldexp(1.0, 1023) == 0x1p1023);
    STATIC_REQUIRE(ldexp(0x1p-1074, 2097) == 0x1p1023);   // needs two steps up
    STATIC_REQUIRE(ldexp(0x1p1000, -2000) == 0x1p-1000);  // needs two steps down
    STATIC_REQUIRE(ldexp(1.0, -1074) == 0x1p-1074);
    STATIC_REQUIRE(ldexp(3.0, -1076) == 0x1p-1074);      // 0.75 * 2^-1074 rounds up
    STATIC_REQUIRE(ldexp(1.0, -1075) == 0.0);            // a tie, to even
    STATIC_REQUIRE(ldexp(0x1.8p0, -1075) == 0x1p-1074);  // 0.75 * 2^-1074
    // (1 + 2^-52) 2^-1075 is just above half of 2^-1074: rounded once it gives 2^-1074.
    STATIC_REQUIRE(ldexp(0x1.0000000000001p0, -1075) == 0x1p-1074);
    STATIC_REQUIRE(ldexp(1.5f, -150) == 0x1p-149f);
    STATIC_REQUIRE(ldexp(1.0f, 127) == 0x1p127f);
}

namespace {
/// two_prod's two parts as a pair, so that the checks below read as equations.
constexpr ctnn::detail::double_double two_prod(double a, double b) {
    ctnn::detail::double_double product;
    ctnn::detail::two_prod(a, b, product.hi, product.lo);
    return product;
}
}  // namespace

TEST_CASE("two_prod: gives the exact error of a product", "[math][float_bits]") {
    // 0.1 is 0x1.999999999999ap-4, so 0.1 * 10 = 1 + 2^-54 exactly, which rounds to 1.
    STATIC_REQUIRE(two_prod(0.1, 10.0).hi == 1.0);
    STATIC_REQUIRE(two_prod(0.1, 10.0).lo == 0x1p-54);
    // (1 + 2^-30)^2 = 1 + 2^-29 + 2^-60.
    STATIC_REQUIRE(two_prod(1.0 + 0x1p-30, 1.0 + 0x1p-30).hi == 1.0 + 0x1p-29);
    STATIC_REQUIRE(two_prod(1.0 + 0x1p-30, 1.0 + 0x1p-30).lo == 0x1p-60);
    // (1 - 2^-53)(1 + 2^-52) = 1 + 2^-53 - 2^-105, just below the midpoint of 1 and 1 + 2^-52.
    STATIC_REQUIRE(two_prod(1.0 - 0x1p-53, 1.0 + 0x1p-52).hi == 1.0);
    STATIC_REQUIRE(two_prod(1.0 - 0x1p-53, 1.0 + 0x1p-52).lo == 0x1p-53 - 0x1p-105);
}

// The compile-time two_prod and the run-time one may take different ways (an exact fused
// multiply-add, or Dekker's product); both must give the exact error, which glibc's fma (correct
// by its contract, whatever the processor) computes independently.
TEST_CASE("two_prod: equals glibc's exact fma on 10^7 random products", "[math][float_bits]") {
    ctnn_math_test::SplitMix64 random(2026);
    long mismatches = 0;
    for (int i = 0; i < 10'000'000; ++i) {
        const double a =
            random.uniform(-1.0, 1.0) * std::ldexp(1.0, int(random.next() % 200) - 100);
        const double b =
            random.uniform(-1.0, 1.0) * std::ldexp(1.0, int(random.next() % 200) - 100);
        const ctnn::detail::double_double product = two_prod(a, b);
        if (product.hi != a * b || product.lo != std::fma(a, b, -(a * b))) ++mismatches;
    }
    REQUIRE(mismatches == 0);
}
