/// Lesson 6's program: the constant evaluator is a second machine, stricter than the first. It
/// allocates and frees, and it refuses undefined behaviour instead of running it.
#include <ctnn/math/exp.hpp>

#include <cstddef>
#include <iostream>
#include <type_traits>
#include <vector>

// [allocation]
/// The mean of e^x over the n points 0, 1/n, ..., (n-1)/n, in a std::vector the function
/// allocates and frees: allocation is allowed in a constant evaluation if it ends in it.
constexpr double mean_exp(std::size_t n) {
    std::vector<double> values;
    for (std::size_t i = 0; i < n; ++i) values.push_back(ctnn::exp(double(i) / double(n)));
    double sum = 0.0;
    for (const double value : values) sum += value;
    return sum / double(n);
}
constexpr double at_compile_time = mean_exp(64);
// The left Riemann sum of e^x on [0, 1): (e - 1) / (n (e^(1/n) - 1)) = 1.7048... for n = 64.
static_assert(at_compile_time > 1.7048 && at_compile_time < 1.7049);
// [allocation]

// [undefined]
/// True when the compiler can evaluate f(args...): undefined behaviour makes it a substitution
/// failure, so a concept can ask.
template <auto f, auto... args>
concept evaluates = requires {
    typename std::bool_constant<(f(args...), true)>;
};

constexpr int sum_of_first(int n) {  // of an array of 3
    int a[3]{1, 2, 3};
    int sum = 0;
    for (int i = 0; i < n; ++i) sum += a[i];
    return sum;
}
constexpr int plus_one(int i) { return i + 1; }
constexpr int allocated() { return *new int{1}; }

static_assert(evaluates<sum_of_first, 3>);
static_assert(!evaluates<sum_of_first, 4>);  // reads past the end of the array: refused
static_assert(evaluates<plus_one, 2147483646>);
static_assert(!evaluates<plus_one, 2147483647>);  // overflows int: refused
static_assert(!evaluates<allocated>);             // allocates and never frees: refused
// [undefined]

int main() {
    std::cout << "mean of e^x on 64 points of [0, 1): " << mean_exp(64)
              << (mean_exp(64) == at_compile_time ? ", the compiler's value to the bit\n"
                                                  : ", not the compiler's value\n");
}
