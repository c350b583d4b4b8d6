// Identity: a = z, with derivative 1 everywhere.
#include <ctnn/activation/identity.hpp>

#include <catch2/catch.hpp>

using ctnn::Identity;

TEST_CASE("Identity: returns its input unchanged", "[activation][identity]") {
    constexpr Identity f{};
    STATIC_REQUIRE(f.value(2.5) == 2.5);
    STATIC_REQUIRE(f.value(-3.0) == -3.0);
    STATIC_REQUIRE(f.value(0.0) == 0.0);
    STATIC_REQUIRE(f.value(0.75f) == 0.75f);
}

TEST_CASE("Identity: has derivative 1 wherever it is taken", "[activation][identity]") {
    constexpr Identity f{};
    // derivative(z, a) with a = f(z) = z.
    STATIC_REQUIRE(f.derivative(2.5, 2.5) == 1.0);
    STATIC_REQUIRE(f.derivative(-3.0, -3.0) == 1.0);
    STATIC_REQUIRE(f.derivative(0.0, 0.0) == 1.0);
}
