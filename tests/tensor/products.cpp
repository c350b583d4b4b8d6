// Products of vectors and matrices: dot, xW, Wv, outer, transpose.
// Every example uses W = [[1, 2, 3], [4, 5, 6]] (2 x 3, not symmetric), so a product taken
// with the wrong index order gives different numbers, or does not compile.
#include <ctnn/tensor/products.hpp>

#include <catch2/catch.hpp>

using ctnn::Matrix;
using ctnn::Vector;

TEST_CASE("dot: sums the products of matching elements", "[tensor][products]") {
    constexpr Vector<3> x{1.0, 2.0, 3.0};
    constexpr Vector<3> y{4.0, -5.0, 0.5};
    STATIC_REQUIRE(dot(x, y) == 1.0 * 4.0 - 2.0 * 5.0 + 3.0 * 0.5);  // 4 - 10 + 1.5 = -4.5
    STATIC_REQUIRE(dot(x, y) == -4.5);
}

TEST_CASE("multiply: a row vector times a matrix is xW, one sum per column", "[tensor][products]") {
    constexpr Vector<2> x{1.0, 2.0};
    constexpr Matrix<2, 3> W{1.0, 2.0, 3.0,  //
                             4.0, 5.0, 6.0};
    // (xW)_j = 1 W_0j + 2 W_1j = [1 + 8, 2 + 10, 3 + 12].
    STATIC_REQUIRE(multiply(x, W) == Vector<3>{9.0, 12.0, 15.0});
    // Reading W column-major ([[1, 3, 5], [2, 4, 6]]) would give [5, 11, 17].
    STATIC_REQUIRE(multiply(x, W) != Vector<3>{5.0, 11.0, 17.0});
}

TEST_CASE("multiply: a matrix times a column vector is Wv, one sum per row", "[tensor][products]") {
    constexpr Matrix<2, 3> W{1.0, 2.0, 3.0,  //
                             4.0, 5.0, 6.0};
    constexpr Vector<3> v{1.0, 0.0, -1.0};
    // (Wv)_i = W_i0 - W_i2 = [1 - 3, 4 - 6].
    STATIC_REQUIRE(multiply(W, v) == Vector<2>{-2.0, -2.0});
    constexpr Vector<3> u{1.0, 2.0, -1.0};
    // [1 + 4 - 3, 4 + 10 - 6]; reading W column-major would give [1 + 6 - 5, 2 + 8 - 6].
    STATIC_REQUIRE(multiply(W, u) == Vector<2>{2.0, 8.0});
}

TEST_CASE("outer: x outer y holds x_i y_j at row i, column j", "[tensor][products]") {
    constexpr Vector<2> x{1.0, 2.0};
    constexpr Vector<3> y{3.0, -1.0, 0.5};
    STATIC_REQUIRE(outer(x, y) == Matrix<2, 3>{3.0, -1.0, 0.5,  //
                                               6.0, -2.0, 1.0});
    // Swapping the roles (y_i x_j, laid out as 2 x 3) would start [3, 6, -1, ...].
    STATIC_REQUIRE(outer(x, y)(0, 1) == -1.0);
}

TEST_CASE("transpose: moves element (i, j) to (j, i)", "[tensor][products]") {
    constexpr Matrix<2, 3> W{1.0, 2.0, 3.0,  //
                             4.0, 5.0, 6.0};
    STATIC_REQUIRE(transpose(W) == Matrix<3, 2>{1.0, 4.0,  //
                                                2.0, 5.0,  //
                                                3.0, 6.0});
    // Reinterpreting the storage as 3 x 2 (a reshape, not a transpose) would keep 1, 2, 3, ...
    STATIC_REQUIRE(transpose(W) != Matrix<3, 2>{1.0, 2.0, 3.0, 4.0, 5.0, 6.0});
    STATIC_REQUIRE(transpose(transpose(W)) == W);

    constexpr Matrix<2, 2> square{1.0, 2.0,  //
                                  3.0, 4.0};
    STATIC_REQUIRE(transpose(square) == Matrix<2, 2>{1.0, 3.0, 2.0, 4.0});
    STATIC_REQUIRE(transpose(square) != square);  // returning the argument would fail here
}
