// Matrix products of a batch: XW, X^T dZ, dZ W^T.
// The small cases are worked by hand. The random cases have sizes that leave partial blocks in
// both directions, and require the same bits as the vector products of products.hpp, row by
// row: the batch kernels compute the same sums in the same order.
#include <ctnn/tensor/matrix_products.hpp>
#include <ctnn/tensor/products.hpp>
#include <ctnn/tensor/tensor.hpp>
#include <ctnn/testing/bits.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <cstdint>
#include <stdexcept>

#include "../support/random.hpp"

using ctnn::Matrix;
using ctnn::Vector;
using ctnn::testing::same_bits;

namespace {

// Rows 0 and 1 are two examples; W is 2 x 3 as in products.cpp.
constexpr Matrix<2, 2> X{1.0, 2.0,  //
                         0.0, -1.0};
constexpr Matrix<2, 3> W{1.0, 2.0, 3.0,  //
                         4.0, 5.0, 6.0};

// Sizes for which neither the row blocks (2, 3 or 6 rows) nor the column blocks (8 or 16
// doubles, 16 or 32 floats) divide the matrices. With 8 rows and 8 products per sum or more,
// columns of B are packed 128 rows at a time: 131 and 140 inputs make two such panels. With 7
// examples, or 1, the products go row by row, and so does X^T dZ (sums of 7 or 1 products) of
// 30 or 131 rows.
template <class T, std::size_t B, std::size_t In, std::size_t Out>
constexpr bool batch_products_match_vector_products(std::uint64_t seed = 1) {
    Matrix<B, In, T> X;
    Matrix<In, Out, T> W;
    Matrix<B, Out, T> dZ;
    ctnn_test::fill_uniform(seed, X, W, dZ);

    Matrix<B, Out, T> Z;
    product(X, W, Z);
    Matrix<In, Out, T> dW;
    transpose_product(X, dZ, dW);
    Matrix<B, In, T> dX;
    product_transpose(dZ, W, dX);

    Matrix<In, Out, T> dW_by_rows = outer(row(X, 0), row(dZ, 0));
    for (std::size_t m = 0; m < B; ++m) {
        if (!same_bits(row(Z, m), multiply(row(X, m), W))) return false;
        if (!same_bits(row(dX, m), multiply(W, row(dZ, m)))) return false;
        if (m > 0) dW_by_rows += outer(row(X, m), row(dZ, m));
    }
    return same_bits(dW, dW_by_rows);
}

}  // namespace

TEST_CASE("product: XW holds every row's xW", "[tensor][matrix_products]") {
    constexpr auto Z = [] {
        Matrix<2, 3> Z;
        product(X, W, Z);
        return Z;
    }();
    // Row 0: 1 [1 2 3] + 2 [4 5 6] = [9 12 15]; row 1: -[4 5 6].
    STATIC_REQUIRE(Z == Matrix<2, 3>{9.0, 12.0, 15.0,  //
                                     -4.0, -5.0, -6.0});
}

TEST_CASE("product: computes only the first rows it is given", "[tensor][matrix_products]") {
    constexpr auto Z = [] {
        Matrix<2, 3> Z{0.5, 0.5, 0.5, 0.5, 0.5, 0.5};
        product(X, W, Z, 1);
        return Z;
    }();
    STATIC_REQUIRE(Z == Matrix<2, 3>{9.0, 12.0, 15.0,  //
                                     0.5, 0.5, 0.5});
}

TEST_CASE("transpose_product: X^T dZ sums the rows' outer products", "[tensor][matrix_products]") {
    constexpr Matrix<2, 3> dZ{1.0, 0.0, -1.0,  //
                              2.0, 1.0, 0.5};
    constexpr auto dW = [&] {
        Matrix<2, 3> dW;
        transpose_product(X, dZ, dW);
        return dW;
    }();
    // [1 2] ⊗ [1 0 -1] + [0 -1] ⊗ [2 1 0.5] = [[1 0 -1] [2 0 -2]] + [[0 0 0] [-2 -1 -0.5]].
    STATIC_REQUIRE(dW == Matrix<2, 3>{1.0, 0.0, -1.0,  //
                                      0.0, -1.0, -2.5});
    constexpr auto dW_first_row = [&] {
        Matrix<2, 3> dW;
        transpose_product(X, dZ, dW, 1);
        return dW;
    }();
    STATIC_REQUIRE(dW_first_row == Matrix<2, 3>{1.0, 0.0, -1.0,  //
                                                2.0, 0.0, -2.0});
}

TEST_CASE("product_transpose: dZ W^T holds every row's W dz", "[tensor][matrix_products]") {
    constexpr Matrix<2, 3> dZ{1.0, 0.0, -1.0,  //
                              2.0, 1.0, 0.5};
    constexpr auto dX = [&] {
        Matrix<2, 2> dX;
        product_transpose(dZ, W, dX);
        return dX;
    }();
    // Row 0: [1 - 3, 4 - 6]; row 1: [2 + 2 + 1.5, 8 + 5 + 3].
    STATIC_REQUIRE(dX == Matrix<2, 2>{-2.0, -2.0,  //
                                      5.5, 16.0});
}

TEST_CASE("product: batch products equal the vector products row by row, to the bit",
          "[tensor][matrix_products]") {
    STATIC_REQUIRE(batch_products_match_vector_products<double, 7, 30, 29>());
    STATIC_REQUIRE(batch_products_match_vector_products<float, 7, 30, 37>());
    STATIC_REQUIRE(batch_products_match_vector_products<double, 11, 140, 19>());
    STATIC_REQUIRE(batch_products_match_vector_products<float, 11, 131, 37>());
    STATIC_REQUIRE(batch_products_match_vector_products<float, 1, 131, 37>());
}

// Built with -march=native as well (unit.native_code), where the blocks of float and double
// products are computed at run time in vector registers (simd_block.hpp): the same bits as
// the vector products, here on 20 sets of random matrices of each shape. Past the last whole
// block of two vectors, 53 doubles leave one vector and a column, and 10 floats (the
// Fashion-MNIST network's output layer) one vector and two columns.
TEST_CASE("product: batch products equal the vector products on many random matrices",
          "[tensor][matrix_products]") {
    for (std::uint64_t seed = 1; seed <= 60; seed += 3) {
        REQUIRE(batch_products_match_vector_products<float, 64, 300, 128>(seed));
        REQUIRE(batch_products_match_vector_products<double, 29, 260, 53>(seed));
        REQUIRE(batch_products_match_vector_products<float, 20, 128, 10>(seed));
    }
}

TEST_CASE("product: each sum starts from its first product, keeping the sign of a zero",
          "[tensor][matrix_products]") {
    // -1 * 0 = -0, and -0 + -0 stays -0; a sum started from +0 would give +0.
    constexpr auto Z = [] {
        constexpr Matrix<1, 2> x{-1.0, -1.0};
        constexpr Matrix<2, 1> w{0.0, 0.0};
        Matrix<1, 1> Z;
        product(x, w, Z);
        return Z;
    }();
    STATIC_REQUIRE(same_bits(Z, Matrix<1, 1>{-0.0}));
}

TEST_CASE("product: refuses to compute no rows, or more rows than there are",
          "[tensor][matrix_products]") {
    Matrix<2, 3> Z;
    Matrix<2, 3> dW;
    Matrix<2, 2> dX;
    CHECK_THROWS_AS(product(X, W, Z, 0), std::invalid_argument);
    CHECK_THROWS_AS(product(X, W, Z, 3), std::invalid_argument);
    CHECK_THROWS_AS(transpose_product(X, Z, dW, 3), std::invalid_argument);
    CHECK_THROWS_AS(product_transpose(Z, W, dX, 0), std::invalid_argument);
    CHECK_NOTHROW(product(X, W, Z, 2));
}
