/// Lesson 6, exercise, starting point: this file does not compile. The tests give each constant
/// evaluation of it a budget of 60,000 (GCC operations with -fconstexpr-ops-limit, Clang steps
/// with -fconstexpr-steps), and the softmax of 64 logits runs out of it. Make it fit.
#include <ctnn/math/exp.hpp>
#include <ctnn/tensor/vector.hpp>

#include <cstddef>
#include <iostream>

// [start]
/// p_i = e^(z_i) / sum_j e^(z_j)
template <std::size_t N>
constexpr ctnn::Vector<N> softmax(const ctnn::Vector<N>& z) {
    ctnn::Vector<N> p{};
    for (std::size_t i = 0; i < N; ++i) {
        double sum = 0.0;
        for (std::size_t j = 0; j < N; ++j) sum += ctnn::exp(z[j]);
        p[i] = ctnn::exp(z[i]) / sum;
    }
    return p;
}
// [start]

// [use]
constexpr ctnn::Vector<64> logits = [] {
    ctnn::Vector<64> z{};
    for (std::size_t i = 0; i < 64; ++i) z[i] = double(i) / 16.0;
    return z;
}();
constexpr ctnn::Vector<64> p = softmax(logits);
// error: (evaluation operation count exceeds limit of 60000|evaluation hit maximum step limit)
// [use]

int main() { std::cout << "p[63] = " << p[63] << '\n'; }
