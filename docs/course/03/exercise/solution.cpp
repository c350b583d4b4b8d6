/// Lesson 3, exercise, a solution: `weight_count<Net>()` sums, by a fold expression over the
/// layers' indices, each layer's weights: the size of its W, or 0 for a layer that has none.
#include <ctnn/ctnn.hpp>

#include <cstddef>
#include <iostream>
#include <type_traits>
#include <utility>

using namespace ctnn;

template <class N, std::size_t K>
using layer_t = std::remove_cvref_t<decltype(N{}.template layer<K>())>;

// [solution]
/// The weights of one layer: the elements of its W, if it has one.
template <class L>
constexpr std::size_t weights_of() {
    if constexpr (requires(const L& layer) { layer.W; }) {
        return decltype(L::W)::size;
    } else {
        return 0;
    }
}

template <class N, std::size_t... K>
constexpr std::size_t weight_count(std::index_sequence<K...>) {
    return (std::size_t{0} + ... + weights_of<layer_t<N, K>>());
}

template <class N>
constexpr std::size_t weight_count() {
    return weight_count<N>(std::make_index_sequence<N::layer_count>{});
}
// [solution]

// 2 x 3 + 3 x 1 (the Tanh on its own is a Pass: no weights), and 4 x 8 + 8 x 3.
using Deep = Network<Dense<2, 3>, ReLU, Tanh, Dense<3, 1>>;
using Wide = Network<Dense<4, 8>, ReLU, Dense<8, 3>, Softmax>;
constexpr bool right = weight_count<Deep>() == 9 && weight_count<Wide>() == 56;

static_assert(right);

int main() { std::cout << "weight_count: " << (right ? "right" : "wrong") << '\n'; }
