/// Lesson 3, exercise, starting point: `weight_count<Net>()` should count the weights of every
/// layer (the elements of each W; a `Pass` layer has none, and biases are not weights). It
/// counts the first layer's only; the program says so.
#include <ctnn/ctnn.hpp>

#include <cstddef>
#include <iostream>
#include <type_traits>

using namespace ctnn;

template <class N, std::size_t K>
using layer_t = std::remove_cvref_t<decltype(N{}.template layer<K>())>;

// [start]
template <class N>
constexpr std::size_t weight_count() {
    return decltype(layer_t<N, 0>::W)::size;  // layer 0 alone
}
// [start]

// [checks]
// 2 x 3 + 3 x 1 (the Tanh on its own is a Pass: no weights), and 4 x 8 + 8 x 3.
using Deep = Network<Dense<2, 3>, ReLU, Tanh, Dense<3, 1>>;
using Wide = Network<Dense<4, 8>, ReLU, Dense<8, 3>, Softmax>;
constexpr bool right = weight_count<Deep>() == 9 && weight_count<Wide>() == 56;
// [checks]

int main() { std::cout << "weight_count: " << (right ? "right" : "wrong") << '\n'; }
