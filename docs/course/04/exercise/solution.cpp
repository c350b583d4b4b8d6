/// Lesson 4, exercise, a solution: `trace_scalars<N>`, the number of scalars the forward pass of
/// network N records, from the type `N::trace_type` alone: the input's, then a fold over the
/// layers' z and a.
#include <ctnn/ctnn.hpp>

#include <cstddef>
#include <iostream>
#include <utility>

using namespace ctnn;

template <class Tensor>
inline constexpr std::size_t scalars = Tensor::size;

// [solution]
template <class Trace, std::size_t... K>
constexpr std::size_t layer_scalars(std::index_sequence<K...>) {
    return (std::size_t{0} + ... +
            (scalars<decltype(Trace{}.template layer<K>().z)> +
             scalars<decltype(Trace{}.template layer<K>().a)>));
}

template <class N>
inline constexpr std::size_t trace_scalars =
    scalars<decltype(N::trace_type::x)> +
    layer_scalars<typename N::trace_type>(std::make_index_sequence<N::layer_count>{});
// [solution]

// 2 + (2 + 2) + (1 + 1), and 4 + (8 + 8) + (3 + 3).
constexpr bool right = trace_scalars<Network<Dense<2, 2>, ReLU, Dense<2, 1>>> == 8 &&
                       trace_scalars<Network<Dense<4, 8>, Tanh, Dense<8, 3>, Softmax>> == 26;

static_assert(right);

int main() { std::cout << "trace_scalars: " << (right ? "right" : "wrong") << '\n'; }
