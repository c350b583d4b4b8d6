// MeanSquaredError: L = (1/N) sum_i (a_i - y_i)^2, dL/da_i = 2 (a_i - y_i) / N.
#include <ctnn/loss/mean_squared_error.hpp>

#include <catch2/catch.hpp>

using ctnn::MeanSquaredError;
using ctnn::Vector;

TEST_CASE("MeanSquaredError: averages the squared differences over the outputs",
          "[loss][mean_squared_error]") {
    constexpr MeanSquaredError loss{};
    // a - y = [1, -2, 0, -1]: (1 + 4 + 0 + 1) / 4 = 6/4.
    constexpr Vector<4> a{1.0, 2.0, 3.0, 4.0};
    constexpr Vector<4> y{0.0, 4.0, 3.0, 5.0};
    STATIC_REQUIRE(loss.value(a, y) == 1.5);
    STATIC_REQUIRE(loss.value(Vector<1>{0.5}, Vector<1>{3.0}) == 6.25);  // N = 1: no change
}

TEST_CASE("MeanSquaredError: has gradient 2 (a - y) / N", "[loss][mean_squared_error]") {
    constexpr MeanSquaredError loss{};
    constexpr Vector<4> a{1.0, 2.0, 3.0, 4.0};
    constexpr Vector<4> y{0.0, 4.0, 3.0, 5.0};
    // 2 [1, -2, 0, -1] / 4.
    STATIC_REQUIRE(loss.gradient(a, y) == Vector<4>{0.5, -1.0, 0.0, -0.5});
}
