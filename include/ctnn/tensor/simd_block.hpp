/// \file
/// A register block of a matrix product computed in the processor's vector registers: the run-time
/// form of `matrix_products.hpp`'s portable block, with the same sums in the same order.
///
/// Compiled where the compiler may use AVX (x86-64 with `-mavx`, or `-march=native` on a
/// processor that has it). Elsewhere `has_simd_block` is false and every block is computed by
/// the portable loops.
#pragma once

#include <cstddef>
#include <cstring>
#include <type_traits>

namespace ctnn::detail {

#if defined(__AVX__)

/// Bytes in one vector register: AVX's 32.
inline constexpr std::size_t simd_bytes = 32;

/// A vector of `simd_bytes / sizeof(T)` lanes of T, with element-wise + and * (GCC's and
/// Clang's vector extension; a scalar operand applies to every lane).
template <class T>
struct SimdVector {
    typedef T type __attribute__((vector_size(simd_bytes)));
    static constexpr std::size_t lanes = simd_bytes / sizeof(T);
};

/// Whether blocks of C = A·B with scalar T and `Width` columns are computed in vectors: for
/// float and double, when a row of the block is a whole number of vectors.
template <class T>
inline constexpr bool is_simd_scalar = std::is_same_v<T, float> || std::is_same_v<T, double>;
template <class T, std::size_t Width>
inline constexpr bool has_simd_block = Width % (simd_bytes / sizeof(T)) == 0 && is_simd_scalar<T>;

/// A block of C = A·B, Rows by Width, as `product_block` in matrix_products.hpp defines it,
/// with each row of the block held in `Width / lanes` vector registers. Lane j of a row's
/// vector is element j's sum, which starts from its k = 0 product (or from C when the block
/// `continues`) and adds the products of k = 1, 2, ... in order, one multiply and one add
/// each, rounded as the scalar operations round them: the same bits as the portable loops.
template <class Layout, std::size_t Rows, std::size_t Width, class T>
void product_block_simd(const T* a, const T* panel, T* c, std::size_t depth,
                        bool continues) noexcept {
    using Vector = typename SimdVector<T>::type;
    constexpr std::size_t lanes = SimdVector<T>::lanes;
    constexpr std::size_t vectors = Width / lanes;
    auto load = [](const T* from) {
        Vector v;
        std::memcpy(&v, from, sizeof v);
        return v;
    };

    Vector sum[Rows][vectors];
    for (std::size_t r = 0; r < Rows; ++r) {
        const T* c_r = c + r * Layout::columns;
        const T a_r0 = a[r * Layout::a_row];
        for (std::size_t v = 0; v < vectors; ++v) {
            sum[r][v] = continues ? load(c_r + v * lanes) : a_r0 * load(panel + v * lanes);
        }
    }
    for (std::size_t k = continues ? 0 : 1; k < depth; ++k) {
        Vector b_k[vectors];
        for (std::size_t v = 0; v < vectors; ++v) b_k[v] = load(panel + k * Width + v * lanes);
        for (std::size_t r = 0; r < Rows; ++r) {
            const T a_rk = a[r * Layout::a_row + k * Layout::a_col];
            for (std::size_t v = 0; v < vectors; ++v) sum[r][v] = sum[r][v] + a_rk * b_k[v];
        }
    }
    for (std::size_t r = 0; r < Rows; ++r) {
        T* c_r = c + r * Layout::columns;
        for (std::size_t v = 0; v < vectors; ++v) {
            std::memcpy(c_r + v * lanes, &sum[r][v], sizeof(Vector));
        }
    }
}

#else

inline constexpr std::size_t simd_bytes = 0;

template <class T, std::size_t Width>
inline constexpr bool has_simd_block = false;

/// Never called without vectors (`has_simd_block` is false): declared so that callers compile.
template <class Layout, std::size_t Rows, std::size_t Width, class T>
void product_block_simd(const T* a, const T* panel, T* c, std::size_t depth,
                        bool continues) noexcept;

#endif

}  // namespace ctnn::detail
