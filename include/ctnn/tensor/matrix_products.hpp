/// \file
/// Matrix products of a mini-batch: `XW`, `X^T dZ` and `dZ W^T`, the dense layer's forward pass
/// and its two gradients when the rows of X are B examples.
///
/// One kernel computes all three. With 8 rows and 8 products per sum or more it works on blocks
/// of a few rows by a few dozen columns whose sums stay in registers for the whole sum (at run
/// time with AVX, written in vector registers: `simd_block.hpp`); otherwise it goes row by row.
/// At run time a large product may be shared among threads by rows (`product_parts.hpp`).
/// Every way, each sum runs from its first product upwards, one product at a time, on one
/// thread, so every element is the same sum in the same order as in `products.hpp`, at compile
/// time and at run time.
#pragma once

#include <ctnn/tensor/matrix.hpp>
#include <ctnn/tensor/product_parts.hpp>
#include <ctnn/tensor/simd_block.hpp>

#include <algorithm>
#include <cstddef>
#include <stdexcept>
#include <type_traits>

namespace ctnn {

namespace detail {

/// How C = A·B is laid out: A(m, k) is `a[m * A_row + k * A_col]`, B(k, n) is
/// `b[k * B_row + n * B_col]`, C is row-major with `M` rows and `N` columns.
template <std::size_t M, std::size_t N, std::size_t A_row, std::size_t A_col, std::size_t B_row,
          std::size_t B_col>
struct ProductLayout {
    static constexpr std::size_t rows = M;
    static constexpr std::size_t columns = N;
    static constexpr std::size_t a_row = A_row;
    static constexpr std::size_t a_col = A_col;
    static constexpr std::size_t b_row = B_row;
    static constexpr std::size_t b_col = B_col;
};

/// The shape of the blocks of C whose sums stay in vector registers: rows, and bytes of columns.
/// In vectors (`simd_block.hpp`), 6 rows of two vectors: the 12 sums, two vectors of B and the
/// product being added fill AVX's 16 registers. The portable loops leave the registers to the
/// compiler, and GCC and Clang allocate them differently, so each has the shape it runs fastest
/// with (measured with bench/kernels.cpp). The sums, and so the results, are the same for any
/// shape.
#if defined(__clang__)
inline constexpr std::size_t portable_block_rows = 2;
#else
inline constexpr std::size_t portable_block_rows = 3;
#endif
template <class T, std::size_t Width>
inline constexpr std::size_t block_rows = has_simd_block<T, Width> ? 6 : portable_block_rows;
template <class T>
inline constexpr std::size_t block_bytes =
    has_simd_block<T, 2 * simd_bytes / sizeof(T)> ? 2 * simd_bytes : 128;

/// A block of C = A·B, Rows by Width, summed over k = 0, 1, ..., depth - 1 in that order.
/// `a` points at the block's first A(m, k), `panel` holds B's rows k for the block's columns,
/// Width to a row, and `c` points at the block's first C(m, n). The sums start from the k = 0
/// product, or, when the block `continues` an earlier part of the same sums, from C.
///
/// At run time, blocks whose rows are whole vectors are computed in vector registers by
/// `product_block_simd`, with the same bits (tests/tensor/matrix_products.cpp, built with
/// `-march=native` as `unit.native_code`, compares them on random matrices).
template <class Layout, std::size_t Rows, std::size_t Width, class T>
constexpr void product_block(const T* a, const T* panel, T* c, std::size_t depth, bool continues) {
    if constexpr (has_simd_block<T, Width>) {
        if (!std::is_constant_evaluated()) {
            return product_block_simd<Layout, Rows, Width>(a, panel, c, depth, continues);
        }
    }
    T sum[Rows * Width];
    for (std::size_t r = 0; r < Rows; ++r) {
        const T* c_r = c + r * Layout::columns;
        const T a_r0 = a[r * Layout::a_row];
        for (std::size_t j = 0; j < Width; ++j) {
            sum[r * Width + j] = continues ? c_r[j] : a_r0 * panel[j];
        }
    }
    for (std::size_t k = continues ? 0 : 1; k < depth; ++k) {
        const T* b_k = panel + k * Width;
        for (std::size_t r = 0; r < Rows; ++r) {
            const T a_rk = a[r * Layout::a_row + k * Layout::a_col];
            for (std::size_t j = 0; j < Width; ++j) {
                sum[r * Width + j] = sum[r * Width + j] + a_rk * b_k[j];
            }
        }
    }
    for (std::size_t r = 0; r < Rows; ++r) {
        T* c_r = c + r * Layout::columns;
        for (std::size_t j = 0; j < Width; ++j) c_r[j] = sum[r * Width + j];
    }
}

/// The `rows` rows of C from `c` on, fewer than `Rows`, as one block of that many rows.
template <class Layout, std::size_t Width, std::size_t Rows, class T>
constexpr void product_last_rows(const T* a, const T* panel, T* c, std::size_t rows,
                                 std::size_t depth, bool continues) {
    if constexpr (Rows > 0) {
        if (rows == Rows) return product_block<Layout, Rows, Width>(a, panel, c, depth, continues);
        product_last_rows<Layout, Width, Rows - 1>(a, panel, c, rows, depth, continues);
    }
}

/// Columns [n0, n0 + Width) of the first `rows` rows of C (`b` and `c` point at column n0),
/// 128 products at a time from a packed copy of those columns of B: the copy is contiguous and
/// small enough to stay in the fastest cache while every block of `block_rows` rows (then one
/// block of the remaining rows) uses it.
template <class Layout, std::size_t Width, class T>
constexpr void product_columns(const T* a, const T* b, T* c, std::size_t rows, std::size_t depth) {
    constexpr std::size_t depth_block = 128;
    constexpr std::size_t Rows = block_rows<T, Width>;
    alignas(64) T panel[depth_block * Width];
    const std::size_t blocked_rows = rows - rows % Rows;
    for (std::size_t k0 = 0; k0 < depth; k0 += depth_block) {
        const std::size_t panel_depth = depth - k0 < depth_block ? depth - k0 : depth_block;
        for (std::size_t k = 0; k < panel_depth; ++k) {
            const T* b_k = b + (k0 + k) * Layout::b_row;
            for (std::size_t j = 0; j < Width; ++j) panel[k * Width + j] = b_k[j * Layout::b_col];
        }
        const T* a_k0 = a + k0 * Layout::a_col;
        for (std::size_t m0 = 0; m0 < blocked_rows; m0 += Rows) {
            product_block<Layout, Rows, Width>(a_k0 + m0 * Layout::a_row, panel,
                                               c + m0 * Layout::columns, panel_depth, k0 > 0);
        }
        if (blocked_rows < rows) {
            product_last_rows<Layout, Width, Rows - 1>(a_k0 + blocked_rows * Layout::a_row, panel,
                                                       c + blocked_rows * Layout::columns,
                                                       rows - blocked_rows, panel_depth, k0 > 0);
        }
    }
}

/// The first `rows` rows of C = A·B, row by row: each row of C starts as its k = 0 product and
/// adds the others in order, a loop over a contiguous row that the compiler vectorizes and the
/// constant evaluator runs with the fewest steps.
template <class Layout, class T>
constexpr void product_rows(const T* a, const T* b, T* c, std::size_t rows, std::size_t depth) {
    constexpr std::size_t N = Layout::columns;
    for (std::size_t m = 0; m < rows; ++m) {
        const T* a_m = a + m * Layout::a_row;
        T* c_m = c + m * N;
        for (std::size_t n = 0; n < N; ++n) c_m[n] = a_m[0] * b[n * Layout::b_col];
        for (std::size_t k = 1; k < depth; ++k) {
            const T a_mk = a_m[k * Layout::a_col];
            const T* b_k = b + k * Layout::b_row;
            for (std::size_t n = 0; n < N; ++n) c_m[n] = c_m[n] + a_mk * b_k[n * Layout::b_col];
        }
    }
}

/// The first `rows` rows of C = A·B, in blocks of `block_bytes` of columns whose sums stay in
/// vector registers, then the remaining columns: first those that fill whole vectors, when
/// there are vector blocks (a layer of 10 floats is one vector and 2 columns, twice as fast as
/// 10 columns of portable loops with g++), then the rest.
template <class Layout, class T>
constexpr void product_blocks(const T* a, const T* b, T* c, std::size_t rows, std::size_t depth) {
    constexpr std::size_t N = Layout::columns;
    constexpr std::size_t width = block_bytes<T> / sizeof(T) > 0 ? block_bytes<T> / sizeof(T) : 1;
    for (std::size_t n0 = 0; n0 + width <= N; n0 += width) {
        product_columns<Layout, width>(a, b + n0 * Layout::b_col, c + n0, rows, depth);
    }
    constexpr std::size_t rest = N % width;
    constexpr std::size_t lanes = simd_bytes / sizeof(T) > 0 ? simd_bytes / sizeof(T) : 1;
    constexpr std::size_t rest_vectors = has_simd_block<T, lanes> ? rest - rest % lanes : 0;
    if constexpr (rest_vectors != 0) {
        constexpr std::size_t n0 = N - rest;
        product_columns<Layout, rest_vectors>(a, b + n0 * Layout::b_col, c + n0, rows, depth);
    }
    if constexpr (rest != rest_vectors) {
        constexpr std::size_t n0 = N - rest + rest_vectors;
        product_columns<Layout, rest - rest_vectors>(a, b + n0 * Layout::b_col, c + n0, rows,
                                                     depth);
    }
}

/// The first `rows` rows of C = A·B, summed over `depth` products, on this thread.
///
/// Blocks pay off when they are reused: with 8 rows or more and 8 products or more per sum.
/// Otherwise (a batch of one, the outer product that is a batch of one's dL/dW, the small
/// networks the compiler trains) row by row. The sums are the same either way.
template <class Layout, class T>
constexpr void product_on_this_thread(const T* a, const T* b, T* c, std::size_t rows,
                                      std::size_t depth) {
    if constexpr (Layout::rows >= 8) {
        if (rows >= 8 && depth >= 8) return product_blocks<Layout>(a, b, c, rows, depth);
    }
    product_rows<Layout>(a, b, c, rows, depth);
}

/// A product shared among threads: part p of `parts` computes its own contiguous rows of C.
template <class Layout, class T>
struct ProductParts {
    const T* a;
    const T* b;
    T* c;
    std::size_t rows;
    std::size_t depth;
    std::size_t parts;

    static void run_part(void* context, std::size_t part) noexcept {
        const auto& product = *static_cast<const ProductParts*>(context);
        const std::size_t first = product.rows * part / product.parts;
        const std::size_t last = product.rows * (part + 1) / product.parts;
        product_on_this_thread<Layout>(product.a + first * Layout::a_row, product.b,
                                       product.c + first * Layout::columns, last - first,
                                       product.depth);
    }
};

/// A thread takes a part of a product only if the part has at least this many multiply-adds
/// (some 20 µs of work at 50 GFLOP/s, against a few µs to hand it over) and 8 rows.
inline constexpr std::size_t multiply_adds_per_part = std::size_t{1} << 19;

/// The first `rows` rows of C = A·B (at most all of them), summed over `depth` products.
///
/// At run time, while a `ctnn::Threads` lives on this thread (training/threads.hpp), large
/// products are shared among its threads by rows of C. Every element is still the same sum
/// in the same order, computed by one thread, so the results are the same bits
/// (tests/training/threads.cpp).
template <class Layout, class T>
constexpr void product_kernel(const T* a, const T* b, T* c, std::size_t rows, std::size_t depth) {
    if (rows > Layout::rows) rows = Layout::rows;
    if (!std::is_constant_evaluated()) {
        if (PartsRunner* runner = parts_runner) {
            const std::size_t work = rows * depth * Layout::columns / multiply_adds_per_part;
            const std::size_t parts = std::min({runner->threads(), rows / 8, work});
            if (parts > 1) {
                ProductParts<Layout, T> product{a, b, c, rows, depth, parts};
                return runner->run(parts, &ProductParts<Layout, T>::run_part, &product);
            }
        }
    }
    product_on_this_thread<Layout>(a, b, c, rows, depth);
}

/// Throws std::invalid_argument (at compile time, a compile error naming the throw) unless
/// 1 <= rows <= M: a product reads no row that is not there.
constexpr void check_product_rows(std::size_t rows, std::size_t M) {
    if (rows == 0 || rows > M) {
        throw std::invalid_argument("ctnn: a matrix product takes from 1 to all of the rows");
    }
}

}  // namespace detail

/// `C <- AB`, `(AB)_mn = sum_k A_mk B_kn`, for the first `rows` rows of A and C (the other
/// rows of C are left as they are). With the examples of a batch as the rows of X,
/// `product(X, W, Z)` is every example's `xW` at once, each sum in the order of the vector
/// product.
///
/// Requires: 1 <= rows <= M (else throws std::invalid_argument).
template <std::size_t M, std::size_t K, std::size_t N, class T>
constexpr void product(const Matrix<M, K, T>& A, const Matrix<K, N, T>& B, Matrix<M, N, T>& C,
                       std::size_t rows = M) {
    detail::check_product_rows(rows, M);
    detail::product_kernel<detail::ProductLayout<M, N, K, 1, N, 1>>(A.elements, B.elements,
                                                                    C.elements, rows, K);
}

/// `C <- A^T B`, `(A^T B)_kn = sum_m A_mk B_mn` over the first `rows` rows of A and B, summed
/// from m = 0 upwards. With examples as rows, `transpose_product(X, dZ, dW)` is the sum over the
/// batch of the outer products `x ⊗ dL/dz`: a dense layer's dL/dW for the whole batch.
///
/// Requires: 1 <= rows <= M (else throws std::invalid_argument).
template <std::size_t M, std::size_t K, std::size_t N, class T>
constexpr void transpose_product(const Matrix<M, K, T>& A, const Matrix<M, N, T>& B,
                                 Matrix<K, N, T>& C, std::size_t rows = M) {
    detail::check_product_rows(rows, M);
    detail::product_kernel<detail::ProductLayout<K, N, 1, K, N, 1>>(A.elements, B.elements,
                                                                    C.elements, K, rows);
}

/// `C <- A B^T`, `(A B^T)_mk = sum_n A_mn B_kn`, for the first `rows` rows of A and C (the
/// other rows of C are left as they are), each sum from n = 0 upwards. With examples as rows,
/// `product_transpose(dZ, W, dX)` is every example's `W dL/dz`: the gradient a dense layer
/// passes back.
///
/// Requires: 1 <= rows <= M (else throws std::invalid_argument).
template <std::size_t M, std::size_t N, std::size_t K, class T>
constexpr void product_transpose(const Matrix<M, N, T>& A, const Matrix<K, N, T>& B,
                                 Matrix<M, K, T>& C, std::size_t rows = M) {
    detail::check_product_rows(rows, M);
    detail::product_kernel<detail::ProductLayout<M, K, N, 1, 1, N>>(A.elements, B.elements,
                                                                    C.elements, rows, N);
}

}  // namespace ctnn
