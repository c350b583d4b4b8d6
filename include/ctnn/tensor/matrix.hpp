/// \file
/// `Matrix<Rows, Cols, T>`: a fixed-size table of scalars (the weights of a dense layer).
#pragma once

#include <ctnn/concept/scalar.hpp>
#include <ctnn/tensor/storage.hpp>

#include <cstddef>

namespace ctnn {

/// Rows x Cols scalars stored contiguously, row after row; both sizes are part of the type.
///
/// An aggregate over one built-in array, so a matrix is written row by row as printed:
/// `Matrix<2, 2>{0.5, -0.4,  0.3, 0.1}` is [[0.5, -0.4], [0.3, 0.1]].
/// Element (i, j) is `m(i, j)`; `m.elements` is the flat row-major storage.
template <std::size_t Rows, std::size_t Cols, Scalar T = double>
struct Matrix {
    static_assert(Rows > 0 && Cols > 0,
                  "ctnn::Matrix: a matrix has at least one row and one column. Use sizes >= 1.");

    static constexpr std::size_t rows = Rows;
    static constexpr std::size_t cols = Cols;
    static constexpr std::size_t size = Rows * Cols;
    using scalar_type = T;

    alignas(storage_alignment<T, Rows * Cols>) T elements[Rows * Cols]{};

    constexpr T& operator()(std::size_t i, std::size_t j) { return elements[i * Cols + j]; }
    constexpr const T& operator()(std::size_t i, std::size_t j) const {
        return elements[i * Cols + j];
    }

    friend constexpr bool operator==(const Matrix&, const Matrix&) = default;
};

}  // namespace ctnn
