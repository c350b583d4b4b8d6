// SquaredError: L = sum_i (a_i - y_i)^2, dL/da_i = 2 (a_i - y_i).
#include <ctnn/loss/squared_error.hpp>

#include <catch2/catch.hpp>

using ctnn::SquaredError;
using ctnn::Vector;

TEST_CASE("SquaredError: sums the squared differences over the outputs", "[loss][squared_error]") {
    constexpr SquaredError loss{};
    // a - y = [1, -2, 0]: 1 + 4 + 0 = 5 (no division by N = 3: the mean would be 5/3).
    constexpr Vector<3> a{1.0, 2.0, 3.0};
    constexpr Vector<3> y{0.0, 4.0, 3.0};
    STATIC_REQUIRE(loss.value(a, y) == 5.0);
    STATIC_REQUIRE(loss.value(y, y) == 0.0);
    // One output, as in the notebook: (a - y)^2 = (0.5 - 3)^2 = 6.25.
    STATIC_REQUIRE(loss.value(Vector<1>{0.5}, Vector<1>{3.0}) == 6.25);
}

TEST_CASE("SquaredError: has gradient 2 (a - y)", "[loss][squared_error]") {
    constexpr SquaredError loss{};
    constexpr Vector<3> a{1.0, 2.0, 3.0};
    constexpr Vector<3> y{0.0, 4.0, 3.0};
    // 2 [1, -2, 0]; the sign shows the direction a must move to increase L.
    STATIC_REQUIRE(loss.gradient(a, y) == Vector<3>{2.0, -4.0, 0.0});
    STATIC_REQUIRE(loss.gradient(Vector<1>{0.5}, Vector<1>{3.0}) == Vector<1>{-5.0});
}
