/// \file
/// Printing numbers, vectors and matrices (run time only).
///
/// Every number is written in its shortest form that reads back to the same bits, as Python
/// prints a float: `0.1 + 0.2` prints as `0.30000000000000004`, 0.76 as `0.76`.
#pragma once

#include <ctnn/tensor/matrix.hpp>
#include <ctnn/tensor/vector.hpp>

#include <charconv>
#include <concepts>
#include <cstddef>
#include <ostream>
#include <string_view>

namespace ctnn {

/// Writes x in its shortest round-trip decimal form.
template <std::floating_point T>
std::ostream& print_number(std::ostream& out, T x) {
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, x);
    return out << std::string_view(buffer, static_cast<std::size_t>(result.ptr - buffer));
}

/// `[1.1 -0.2]`
template <std::size_t N, std::floating_point T>
std::ostream& operator<<(std::ostream& out, const Vector<N, T>& v) {
    out << '[';
    for (std::size_t i = 0; i < N; ++i) print_number(out << (i == 0 ? "" : " "), v[i]);
    return out << ']';
}

/// `[[-2.688 0]` / ` [-5.376 0]]`, one row per line.
template <std::size_t Rows, std::size_t Cols, std::floating_point T>
std::ostream& operator<<(std::ostream& out, const Matrix<Rows, Cols, T>& m) {
    out << '[';
    for (std::size_t i = 0; i < Rows; ++i) {
        out << (i == 0 ? "[" : "\n [");
        for (std::size_t j = 0; j < Cols; ++j) print_number(out << (j == 0 ? "" : " "), m(i, j));
        out << ']';
    }
    return out << ']';
}

}  // namespace ctnn
