/// Lesson 6, exercise, a solution: the softmax of 64 logits within a budget of 60,000 GCC
/// operations or Clang steps per constant evaluation, the budget the tests give this file.
#include <ctnn/math/exp.hpp>
#include <ctnn/tensor/vector.hpp>

#include <cstddef>
#include <iostream>

// [solution]
/// p_i = e^(z_i) / sum_j e^(z_j): each e^(z_j) computed once, the sum once.
template <std::size_t N>
constexpr ctnn::Vector<N> softmax(const ctnn::Vector<N>& z) {
    ctnn::Vector<N> p{};
    double sum = 0.0;
    for (std::size_t j = 0; j < N; ++j) {
        p[j] = ctnn::exp(z[j]);
        sum += p[j];
    }
    for (std::size_t i = 0; i < N; ++i) p[i] /= sum;
    return p;
}
// [solution]

// [use]
constexpr ctnn::Vector<64> logits = [] {
    ctnn::Vector<64> z{};
    for (std::size_t i = 0; i < 64; ++i) z[i] = double(i) / 16.0;
    return z;
}();
constexpr ctnn::Vector<64> p = softmax(logits);
// [use]
// Each probability is e^(1/16) = 1.0645... times the one before.
static_assert(p[1] / p[0] > 1.0644 && p[1] / p[0] < 1.0646);

int main() { std::cout << "p[63] = " << p[63] << '\n'; }
