// Tanh: the hyperbolic tangent, with derivative 1 - a^2.
#include <ctnn/activation/tanh.hpp>
#include <ctnn/math/is_close.hpp>

#include <catch2/catch.hpp>

using ctnn::is_close;
using ctnn::Tanh;

TEST_CASE("Tanh: is 0 at zero and matches (e^2 - 1) / (e^2 + 1) at 1", "[activation][tanh]") {
    constexpr Tanh f{};
    STATIC_REQUIRE(f.value(0.0) == 0.0);
    // tanh 1 = 0.76159415595576488812... (40-digit arithmetic); 1e-15 allows ~9 ulp.
    STATIC_REQUIRE(is_close(f.value(1.0), 0.7615941559557649, 1e-15));
    STATIC_REQUIRE(is_close(f.value(1.0f), 0.76159418f, 1e-7f));  // float: within 1 ulp
}

TEST_CASE("Tanh: is odd, exactly", "[activation][tanh]") {
    constexpr Tanh f{};
    // Rounding to nearest is symmetric about 0, so tanh(-z) = -tanh(z) holds bit for bit.
    STATIC_REQUIRE(f.value(-0.5) == -f.value(0.5));
    STATIC_REQUIRE(f.value(-1.0) == -f.value(1.0));
    STATIC_REQUIRE(f.value(-3.0) == -f.value(3.0));
}

TEST_CASE("Tanh: saturates to exactly -1 and 1 for large |z| without NaN", "[activation][tanh]") {
    constexpr Tanh f{};
    // 1 - tanh 25 = 2 / (e^50 + 1) ~ 3.9e-22, below half an ulp of 1 (2^-54 ~ 5.6e-17).
    STATIC_REQUIRE(f.value(25.0) == 1.0);
    STATIC_REQUIRE(f.value(-25.0) == -1.0);
    STATIC_REQUIRE(f.value(1000.0) == 1.0);  // e^2000 would overflow
    STATIC_REQUIRE(f.value(-1000.0) == -1.0);
}

TEST_CASE("Tanh: has derivative 1 - a^2 from its output", "[activation][tanh]") {
    constexpr Tanh f{};
    // derivative(z, a) with a = tanh z.
    STATIC_REQUIRE(f.derivative(0.0, 0.0) == 1.0);
    // tanh(ln(3) / 2) = (3 - 1) / (3 + 1) = 1/2, so the derivative is 1 - 1/4.
    STATIC_REQUIRE(f.derivative(0.5493061443340549, 0.5) == 0.75);
    STATIC_REQUIRE(f.derivative(1000.0, 1.0) == 0.0);
}
