// IeeeFloat, is_nan, is_inf, is_finite, sign_bit: classification from the bits, usable in
// constant expressions (std::isnan and friends are not constexpr in C++20); and the exact
// scaling ldexp the math functions rely on.
#include <ctnn/math/float_bits.hpp>

#include <catch2/catch.hpp>

#include <limits>

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
