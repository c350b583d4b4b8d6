// is_close(actual, expected, tolerance): |actual - expected| <= tolerance, false for NaN.
#include <ctnn/math/is_close.hpp>

#include <catch2/catch.hpp>

#include <limits>

using ctnn::is_close;

TEST_CASE("is_close: holds within the tolerance on either side", "[math][is_close]") {
    STATIC_REQUIRE(is_close(1.25, 1.0, 0.5));
    STATIC_REQUIRE(is_close(0.75, 1.0, 0.5));
    STATIC_REQUIRE(is_close(1.0, 1.0, 0.0));  // zero tolerance: equality
    STATIC_REQUIRE(is_close(0.731f, 0.7310586f, 0.0005f));
}

TEST_CASE("is_close: includes the boundary and excludes what lies beyond it", "[math][is_close]") {
    // |1.5 - 1| = 0.5 exactly.
    STATIC_REQUIRE(is_close(1.5, 1.0, 0.5));
    STATIC_REQUIRE(is_close(0.5, 1.0, 0.5));
    STATIC_REQUIRE_FALSE(is_close(1.5, 1.0, 0.25));
    STATIC_REQUIRE_FALSE(is_close(0.5, 1.0, 0.25));
    STATIC_REQUIRE_FALSE(is_close(1.0000000000000002, 1.0, 0.0));  // one ulp away
}

TEST_CASE("is_close: is false when either value is NaN, also at compile time", "[math][is_close]") {
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    constexpr double inf = std::numeric_limits<double>::infinity();
    STATIC_REQUIRE_FALSE(is_close(nan, 1.0, 1.0));
    STATIC_REQUIRE_FALSE(is_close(1.0, nan, 1.0));
    STATIC_REQUIRE_FALSE(is_close(nan, nan, inf));  // even with an infinite tolerance
}

TEST_CASE("is_close: holds for equal infinities and fails for an infinity against a number",
          "[math][is_close]") {
    constexpr double inf = std::numeric_limits<double>::infinity();
    STATIC_REQUIRE(is_close(inf, inf, 0.0));
    STATIC_REQUIRE(is_close(-inf, -inf, 0.0));
    STATIC_REQUIRE_FALSE(is_close(inf, -inf, 1.0));
    STATIC_REQUIRE_FALSE(is_close(inf, 1e308, 1.0));
    STATIC_REQUIRE_FALSE(is_close(1e308, inf, 1.0));
}
