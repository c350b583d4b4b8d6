/// Lesson 4, exercise, starting point: `trace_scalars<N>` should be the number of scalars the
/// forward pass of network N records (the input, and every layer's z and a), computed from the
/// type `N::trace_type` alone. It counts the input only; the program says so.
#include <ctnn/ctnn.hpp>

#include <cstddef>
#include <iostream>

using namespace ctnn;

template <class Tensor>
inline constexpr std::size_t scalars = Tensor::size;

// [start]
template <class N>
inline constexpr std::size_t trace_scalars = scalars<decltype(N::trace_type::x)>;
// [start]

// [checks]
// 2 + (2 + 2) + (1 + 1), and 4 + (8 + 8) + (3 + 3).
constexpr bool right = trace_scalars<Network<Dense<2, 2>, ReLU, Dense<2, 1>>> == 8 &&
                       trace_scalars<Network<Dense<4, 8>, Tanh, Dense<8, 3>, Softmax>> == 26;
// [checks]

int main() { std::cout << "trace_scalars: " << (right ? "right" : "wrong") << '\n'; }
