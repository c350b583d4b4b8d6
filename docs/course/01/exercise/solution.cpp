/// Lesson 1, exercise, a solution: the result types are computed from the arguments' types,
/// `Vector<M + N>` and `Vector<R * C>`, and the compiler checks both functions.
///
/// - `concat(a, b)`: a's elements, then b's, in a `Vector<M + N>`.
/// - `flatten(m)`: the rows of a `Matrix<R, C>` one after the other, in a `Vector<R * C>` (what a
///   network does to an image before its dense layers).
#include <ctnn/tensor/matrix.hpp>
#include <ctnn/tensor/vector.hpp>

#include <cstddef>
#include <iostream>
#include <type_traits>

using ctnn::Matrix;
using ctnn::Vector;

// [solution]
template <std::size_t M, std::size_t N>
constexpr Vector<M + N> concat(const Vector<M>& a, const Vector<N>& b) {
    Vector<M + N> ab{};
    for (std::size_t i = 0; i < M; ++i) ab[i] = a[i];
    for (std::size_t i = 0; i < N; ++i) ab[M + i] = b[i];
    return ab;
}

template <std::size_t R, std::size_t C>
constexpr Vector<R * C> flatten(const Matrix<R, C>& m) {
    Vector<R * C> rows{};
    for (std::size_t i = 0; i < R; ++i) {
        for (std::size_t j = 0; j < C; ++j) rows[i * C + j] = m(i, j);
    }
    return rows;
}
// [solution]

/// True when `result` has type Expected and equals `expected`.
template <class Expected, class Result>
constexpr bool is(const Result& result, const Expected& expected) {
    if constexpr (std::is_same_v<Result, Expected>) {
        return result == expected;
    } else {
        return false;
    }
}

constexpr bool concat_right =
    is(concat(Vector<2>{1.0, 2.0}, Vector<3>{3.0, 4.0, 5.0}), Vector<5>{1.0, 2.0, 3.0, 4.0, 5.0});
constexpr bool flatten_right = is(flatten(Matrix<2, 3>{1.0, 2.0, 3.0,  //
                                                       4.0, 5.0, 6.0}),
                                  Vector<6>{1.0, 2.0, 3.0, 4.0, 5.0, 6.0});

static_assert(concat_right && flatten_right);

int main() {
    std::cout << "concat: " << (concat_right ? "right" : "wrong") << '\n'
              << "flatten: " << (flatten_right ? "right" : "wrong") << '\n';
}
