// The Tensor concept and the element-wise operations shared by Vector and Matrix.
#include <ctnn/tensor/tensor.hpp>

#include <catch2/catch.hpp>

using ctnn::Matrix;
using ctnn::Tensor;
using ctnn::Vector;

TEST_CASE("Tensor: is modelled by Vector and Matrix, not by a bare scalar", "[tensor][tensor]") {
    STATIC_REQUIRE(Tensor<Vector<3>>);
    STATIC_REQUIRE(Tensor<Matrix<2, 3, float>>);
    STATIC_REQUIRE_FALSE(Tensor<double>);
}

TEST_CASE("Tensor: + and - act element by element", "[tensor][tensor]") {
    constexpr Vector<3> x{1.0, 2.0, 3.0};
    constexpr Vector<3> y{0.5, -1.0, 4.0};
    STATIC_REQUIRE(x + y == Vector<3>{1.5, 1.0, 7.0});
    STATIC_REQUIRE(x - y == Vector<3>{0.5, 3.0, -1.0});  // y - x would be [-0.5, -3, 1]

    constexpr Matrix<2, 2> m{1.0, 2.0,  //
                             3.0, 4.0};
    constexpr Matrix<2, 2> n{4.0, 3.0,  //
                             2.0, 1.0};
    STATIC_REQUIRE(m + n == Matrix<2, 2>{5.0, 5.0, 5.0, 5.0});
    STATIC_REQUIRE(m - n == Matrix<2, 2>{-3.0, -1.0, 1.0, 3.0});
}

TEST_CASE("Tensor: a scalar times a tensor scales every element", "[tensor][tensor]") {
    constexpr Vector<3> x{1.0, -2.0, 0.5};
    STATIC_REQUIRE(2.0 * x == Vector<3>{2.0, -4.0, 1.0});
    constexpr Matrix<2, 2> m{1.0, 2.0,  //
                             3.0, 4.0};
    STATIC_REQUIRE(0.5 * m == Matrix<2, 2>{0.5, 1.0, 1.5, 2.0});
}

TEST_CASE("Tensor: hadamard multiplies element by element", "[tensor][tensor]") {
    constexpr Vector<3> x{1.0, 2.0, 3.0};
    constexpr Vector<3> y{4.0, -1.0, 0.5};
    // [1*4, 2*(-1), 3*0.5]; the dot product would be the single number 4 - 2 + 1.5 = 3.5.
    STATIC_REQUIRE(hadamard(x, y) == Vector<3>{4.0, -2.0, 1.5});
    constexpr Matrix<2, 2> m{1.0, 2.0,  //
                             3.0, 4.0};
    constexpr Matrix<2, 2> n{0.5, 0.0,  //
                             2.0, -1.0};
    // Element by element, not the matrix product [[4.5, -2], [9.5, -4]].
    STATIC_REQUIRE(hadamard(m, n) == Matrix<2, 2>{0.5, 0.0, 6.0, -4.0});
}

TEST_CASE("Tensor: axpy adds a times x to y in place", "[tensor][tensor]") {
    constexpr auto axpy_result = [](double a, Vector<3> x, Vector<3> y) {
        axpy(a, x, y);
        return y;
    };
    constexpr Vector<3> x{1.0, 2.0, -4.0};
    constexpr Vector<3> y{10.0, 20.0, 30.0};
    // y + (-0.5) x = [10 - 0.5, 20 - 1, 30 + 2]; a y + x would be [-4, -8, -19].
    STATIC_REQUIRE(axpy_result(-0.5, x, y) == Vector<3>{9.5, 19.0, 32.0});
}

TEST_CASE("Tensor: is_close holds when every element is within the tolerance", "[tensor][tensor]") {
    constexpr Vector<3> expected{1.0, 2.0, 3.0};
    STATIC_REQUIRE(is_close(Vector<3>{1.0, 2.25, 2.75}, expected, 0.25));      // |d| <= 0.25 each
    STATIC_REQUIRE_FALSE(is_close(Vector<3>{1.0, 2.0, 3.5}, expected, 0.25));  // last one off
    STATIC_REQUIRE_FALSE(is_close(Vector<3>{1.5, 2.0, 3.0}, expected, 0.25));  // first one off

    constexpr Matrix<2, 2> m{1.0, 2.0,  //
                             3.0, 4.0};
    STATIC_REQUIRE(is_close(m, Matrix<2, 2>{1.0, 2.0, 3.0, 4.125}, 0.125));
    STATIC_REQUIRE_FALSE(is_close(m, Matrix<2, 2>{1.0, 2.0, 3.0, 4.125}, 0.0625));
}
