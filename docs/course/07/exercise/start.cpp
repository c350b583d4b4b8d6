/// Lesson 7, exercise, starting point: a loss of our own, the Huber loss, whose gradient is wrong
/// for some errors. The program runs the gradient check and says that it failed.
#include <ctnn/ctnn.hpp>
#include <ctnn/testing/gradient_check.hpp>

#include <cstddef>
#include <iostream>

// [start]
/// L = sum_i h(a_i - y_i), with h(d) = d^2 / 2 where |d| <= 1 and |d| - 1/2 beyond: the squared
/// error near the target, the absolute error far from it.
struct Huber {
    template <std::size_t N, class T>
    constexpr T value(const ctnn::Vector<N, T>& a, const ctnn::Vector<N, T>& y) const {
        T sum(0.0);
        for (std::size_t i = 0; i < N; ++i) {
            const T d = a[i] - y[i];
            const T size = d < T(0.0) ? -d : d;
            sum = sum + (size <= T(1.0) ? T(0.5) * d * d : size - T(0.5));
        }
        return sum;
    }
    template <std::size_t N, class T>
    constexpr ctnn::Vector<N, T> gradient(const ctnn::Vector<N, T>& a,
                                          const ctnn::Vector<N, T>& y) const {
        ctnn::Vector<N, T> dL_da;
        for (std::size_t i = 0; i < N; ++i) {
            const T d = a[i] - y[i];
            dL_da[i] = d < T(-1.0) || d > T(1.0) ? T(1.0) : d;
        }
        return dL_da;
    }
};
static_assert(ctnn::Loss<Huber>);
// [start]

// [check]
using Net = ctnn::Network<ctnn::Dense<2, 3>, ctnn::Tanh, ctnn::Dense<3, 1>>;
constexpr Net network = [] {
    Net n;
    ctnn::initialise(n, ctnn::GlorotUniform{}, /*seed=*/4);
    return n;
}();
constexpr ctnn::Vector<2> x{0.5, -0.25};
// One target near the prediction (|a - y| < 1), one far from it (a - y < -1).
constexpr auto near = ctnn::testing::gradient_check(network, x, ctnn::Vector<1>{0.1}, Huber{});
constexpr auto far = ctnn::testing::gradient_check(network, x, ctnn::Vector<1>{5.0}, Huber{});
// [check]

int main() {
    std::cout << "gradient check: " << (near.passed && far.passed ? "passed" : "failed") << '\n';
}
