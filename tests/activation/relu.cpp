// ReLU: max(0, z), with ReLU'(0) = 0 by convention.
#include <ctnn/activation/relu.hpp>

#include <catch2/catch.hpp>

using ctnn::ReLU;

TEST_CASE("ReLU: passes positive inputs and zeroes the others", "[activation][relu]") {
    constexpr ReLU f{};
    STATIC_REQUIRE(f.value(2.5) == 2.5);
    STATIC_REQUIRE(f.value(-3.0) == 0.0);
    STATIC_REQUIRE(f.value(0.0) == 0.0);
    STATIC_REQUIRE(f.value(-0.5f) == 0.0f);
}

TEST_CASE("ReLU: has derivative 1 for positive inputs and 0 otherwise, 0 at zero",
          "[activation][relu]") {
    constexpr ReLU f{};
    // derivative(z, a) with a = max(0, z).
    STATIC_REQUIRE(f.derivative(2.5, 2.5) == 1.0);
    STATIC_REQUIRE(f.derivative(1e-300, 1e-300) == 1.0);  // any positive z, however small
    STATIC_REQUIRE(f.derivative(-3.0, 0.0) == 0.0);
    STATIC_REQUIRE(f.derivative(0.0, 0.0) == 0.0);  // the convention ReLU'(0) = 0
}
