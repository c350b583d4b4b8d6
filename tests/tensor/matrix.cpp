// Matrix<Rows, Cols, T>: a fixed-size table of scalars, written row by row as printed.
#include <ctnn/tensor/matrix.hpp>

#include <catch2/catch.hpp>

#include <type_traits>

using ctnn::Matrix;

TEST_CASE("Matrix: is written row by row and read as m(row, column)", "[tensor][matrix]") {
    constexpr Matrix<2, 3> m{1.0, 2.0, 3.0,  //
                             4.0, 5.0, 6.0};
    STATIC_REQUIRE(m.rows == 2);
    STATIC_REQUIRE(m.cols == 3);
    STATIC_REQUIRE(m.size == 6);
    STATIC_REQUIRE(m(0, 0) == 1.0);
    STATIC_REQUIRE(m(0, 2) == 3.0);
    STATIC_REQUIRE(m(1, 0) == 4.0);  // column-major storage would give 2 here
    STATIC_REQUIRE(m(1, 2) == 6.0);
}

TEST_CASE("Matrix: stores element (i, j) at flat index i * Cols + j", "[tensor][matrix]") {
    constexpr auto m_1_0_set_to_9 = [] {
        Matrix<2, 3> m{};
        m(1, 0) = 9.0;
        return m;
    };
    STATIC_REQUIRE(m_1_0_set_to_9().elements[3] == 9.0);            // 1 * 3 + 0 = 3
    STATIC_REQUIRE(m_1_0_set_to_9() == Matrix<2, 3>{0.0, 0.0, 0.0,  //
                                                    9.0, 0.0, 0.0});
}

TEST_CASE("Matrix: is zero when value-initialised", "[tensor][matrix]") {
    constexpr Matrix<2, 2> zero{};
    STATIC_REQUIRE(zero(0, 0) == 0.0);
    STATIC_REQUIRE(zero(0, 1) == 0.0);
    STATIC_REQUIRE(zero(1, 0) == 0.0);
    STATIC_REQUIRE(zero(1, 1) == 0.0);
}

TEST_CASE("Matrix: compares equal element by element", "[tensor][matrix]") {
    constexpr Matrix<2, 2> m{1.0, 2.0,  //
                             3.0, 4.0};
    STATIC_REQUIRE(m == Matrix<2, 2>{1.0, 2.0, 3.0, 4.0});
    STATIC_REQUIRE(m != Matrix<2, 2>{1.0, 3.0, 2.0, 4.0});  // its transpose
    STATIC_REQUIRE(m != Matrix<2, 2>{1.0, 2.0, 3.0, 4.5});  // only the last element differs
}

TEST_CASE("Matrix: takes its scalar type from the last parameter, double by default",
          "[tensor][matrix]") {
    STATIC_REQUIRE(std::is_same_v<Matrix<2, 3>::scalar_type, double>);
    STATIC_REQUIRE(std::is_same_v<Matrix<2, 3, float>::scalar_type, float>);
}
