// Sigmoid: σ(z) = 1 / (1 + e^-z), computed without overflow for any z.
#include <ctnn/activation/sigmoid.hpp>
#include <ctnn/math/is_close.hpp>

#include <catch2/catch.hpp>

using ctnn::is_close;
using ctnn::Sigmoid;

// Tolerance for values near 1/2 to 1: exp is within 1 ulp and the formula adds two roundings,
// so the error is a few ulp of 1 (2^-52 ~ 2.2e-16); 1e-15 allows 4.5 ulp.
constexpr double few_ulp = 1e-15;

TEST_CASE("Sigmoid: is 1/2 at zero and symmetric about it", "[activation][sigmoid]") {
    constexpr Sigmoid f{};
    STATIC_REQUIRE(f.value(0.0) == 0.5);  // σ(0) = 1 / (1 + 1)
    STATIC_REQUIRE(f.value(0.0f) == 0.5f);
    // σ(-z) = e^-z / (1 + e^-z) = 1 - σ(z), up to rounding.
    STATIC_REQUIRE(is_close(f.value(-0.5), 1.0 - f.value(0.5), few_ulp));
    STATIC_REQUIRE(is_close(f.value(-3.0), 1.0 - f.value(3.0), few_ulp));
    STATIC_REQUIRE(is_close(f.value(-10.0), 1.0 - f.value(10.0), few_ulp));
}

TEST_CASE("Sigmoid: matches e / (1 + e) at 1", "[activation][sigmoid]") {
    constexpr Sigmoid f{};
    // σ(1) = 1 / (1 + 1/e) = e / (1 + e) = 0.73105857863000487925... (40-digit arithmetic).
    STATIC_REQUIRE(is_close(f.value(1.0), 0.7310585786300049, few_ulp));
    STATIC_REQUIRE(is_close(f.value(-1.0), 0.2689414213699951, few_ulp));  // 1 / (1 + e)
}

TEST_CASE("Sigmoid: saturates to exactly 0 and 1 for large |z| without NaN",
          "[activation][sigmoid]") {
    constexpr Sigmoid f{};
    STATIC_REQUIRE(f.value(-1000.0) == 0.0);  // e^-1000 underflows; 1/(1 + e^1000) = 1/inf
    STATIC_REQUIRE(f.value(1000.0) == 1.0);
    STATIC_REQUIRE(f.value(-800.0) == 0.0);  // e^-800 ~ 3.7e-348, below the least subnormal
    // e^-700 ~ 9.9e-305 is a normal double: still positive, not flushed to 0.
    STATIC_REQUIRE(f.value(-700.0) > 0.0);
    STATIC_REQUIRE(f.value(-700.0) < 1e-300);
    // e^-740 ~ 4.2e-322 is subnormal but representable, while e^740 overflows: 1 / (1 + e^740)
    // would give 0 here.
    STATIC_REQUIRE(f.value(-740.0) > 0.0);
    STATIC_REQUIRE(f.value(-740.0) < 1e-321);
}

TEST_CASE("Sigmoid: has derivative a (1 - a) from its output", "[activation][sigmoid]") {
    constexpr Sigmoid f{};
    // derivative(z, a) with a = σ(z): σ'(0) = 1/2 * 1/2.
    STATIC_REQUIRE(f.derivative(0.0, 0.5) == 0.25);
    // σ(-ln 3) = 1 / (1 + 3) = 1/4, so σ' = 1/4 * 3/4 = 3/16.
    STATIC_REQUIRE(f.derivative(-1.0986122886681098, 0.25) == 0.1875);
    STATIC_REQUIRE(f.derivative(1000.0, 1.0) == 0.0);  // saturated: flat, and not NaN
}
