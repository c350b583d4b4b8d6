/// Lesson 1, exercise, starting point: two functions whose result type is computed from their
/// arguments' types. Both are wrong; the program says which.
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

// [start]
template <std::size_t M, std::size_t N>
constexpr Vector<M> concat(const Vector<M>& a, const Vector<N>&) {
    return a;  // b is lost, and so is the type the result should have
}

template <std::size_t R, std::size_t C>
constexpr Vector<C> flatten(const Matrix<R, C>& m) {
    Vector<C> first_row{};
    for (std::size_t j = 0; j < C; ++j) first_row[j] = m(0, j);
    return first_row;
}
// [start]

// [checks]
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
// [checks]

int main() {
    std::cout << "concat: " << (concat_right ? "right" : "wrong") << '\n'
              << "flatten: " << (flatten_right ? "right" : "wrong") << '\n';
}
