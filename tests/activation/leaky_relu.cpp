// LeakyReLU: z for z > 0, slope * z otherwise; slope 0.01 unless given.
#include <ctnn/activation/leaky_relu.hpp>

#include <catch2/catch.hpp>

using ctnn::LeakyReLU;

TEST_CASE("LeakyReLU: has a default negative slope of 0.01", "[activation][leaky_relu]") {
    constexpr LeakyReLU f{};
    STATIC_REQUIRE(f.slope == 0.01);
    STATIC_REQUIRE(f.value(2.5) == 2.5);
    STATIC_REQUIRE(f.value(-1.0) == -0.01);  // 0.01 * (-1) only flips the sign: exact
    STATIC_REQUIRE(f.value(0.0) == 0.0);
}

TEST_CASE("LeakyReLU: uses the slope it is given", "[activation][leaky_relu]") {
    constexpr LeakyReLU f{.slope = 0.2};
    STATIC_REQUIRE(f.value(3.0) == 3.0);
    STATIC_REQUIRE(f.value(-2.0) == -0.4);  // 0.2 * (-2): doubling is exact, and 0.4 = 2 * 0.2
    constexpr LeakyReLU quarter{.slope = 0.25};
    STATIC_REQUIRE(quarter.value(-2.0f) == -0.5f);
}

TEST_CASE("LeakyReLU: has derivative 1 for positive inputs and the slope otherwise",
          "[activation][leaky_relu]") {
    constexpr LeakyReLU f{.slope = 0.2};
    // derivative(z, a) with a = f(z).
    STATIC_REQUIRE(f.derivative(3.0, 3.0) == 1.0);
    STATIC_REQUIRE(f.derivative(-2.0, -0.4) == 0.2);
    STATIC_REQUIRE(f.derivative(0.0, 0.0) == 0.2);  // at zero the left slope, as ReLU'(0) = 0
    STATIC_REQUIRE(LeakyReLU{}.derivative(-5.0, -0.05) == 0.01);
}
