/// Lesson 1's program: shapes as template arguments. The type of every product is computed
/// from the types of its operands; a product of shapes that do not fit has no type at all.
#include <ctnn/tensor/products.hpp>

#include <concepts>
#include <cstddef>
#include <iostream>

using ctnn::Matrix;
using ctnn::Vector;

// [types]
constexpr Vector<2> x{1.0, 2.0};
constexpr Matrix<2, 3> W{0.5,  -0.25, 1.0,  // row i: the weights leaving input i
                         0.75, 0.5,   -0.5};
static_assert(std::same_as<decltype(ctnn::multiply(x, W)), Vector<3>>);  // xW: 2 in, 3 out
static_assert(std::same_as<decltype(ctnn::transpose(W)), Matrix<3, 2>>);
static_assert(std::same_as<decltype(ctnn::outer(x, Vector<3>{})), Matrix<2, 3>>);  // dL/dW
// [types]

// [deduction]
/// The sum of a vector's elements, for every N: N is deduced from the argument's type.
template <std::size_t N>
constexpr double sum(const Vector<N>& v) {
    double total = 0.0;
    for (std::size_t i = 0; i < N; ++i) total += v[i];
    return total;
}
static_assert(sum(ctnn::multiply(x, W)) == 2.0 + 0.75 + 0.0);  // all of these numbers exact
// [deduction]

// [no_type]
/// True when x W has a type: a concept asks whether an expression compiles.
template <class X, class M>
concept multipliable = requires(const X& x, const M& m) {
    ctnn::multiply(x, m);
};

static_assert(multipliable<Vector<2>, Matrix<2, 3>>);
static_assert(!multipliable<Vector<3>, Matrix<2, 3>>);  // 3 inputs, weights for 2: no product
static_assert(!multipliable<Matrix<2, 3>, Vector<2>>);  // W v takes a Vector<3>
// [no_type]

int main() {
    const Vector<3> xW = ctnn::multiply(x, W);
    std::cout << "xW = [" << xW[0] << ' ' << xW[1] << ' ' << xW[2] << "]\n";
}
