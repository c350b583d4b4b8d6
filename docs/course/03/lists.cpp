/// Lesson 3's program: a network's list of entries, as types. What the list becomes, how a
/// constexpr function over a pack computes it, and walks over the layers by index.
#include <ctnn/ctnn.hpp>

#include <array>
#include <concepts>
#include <cstddef>
#include <iostream>
#include <type_traits>
#include <utility>

using namespace ctnn;

// [layers]
using Net = Network<Dense<2, 3>, ReLU, Tanh, Dense<3, 1>>;

template <class N, std::size_t K>
using layer_t = std::remove_cvref_t<decltype(N{}.template layer<K>())>;

static_assert(Net::layer_count == 3);
static_assert(std::same_as<layer_t<Net, 0>, Activated<Dense<2, 3>, ReLU>>);  // layer, activation
static_assert(std::same_as<layer_t<Net, 1>, Activated<Pass<3>, Tanh>>);      // activation alone
static_assert(std::same_as<layer_t<Net, 2>, Activated<Dense<3, 1>, Identity>>);  // linear
// [layers]

// [count]
/// How many layers a list makes: a pack expanded into an array, then an ordinary loop, all
/// evaluated by the compiler. An activation right after a layer joins it.
template <class... Entries>
constexpr std::size_t layers_in() {
    constexpr bool is_layer[] = {Layer<Entries>...};
    std::size_t count = 0;
    for (std::size_t e = 0; e < sizeof...(Entries); ++e) {
        const bool joins_previous = !is_layer[e] && e > 0 && is_layer[e - 1];
        if (!joins_previous) ++count;
    }
    return count;
}
static_assert(layers_in<Dense<2, 3>, ReLU, Tanh, Dense<3, 1>>() == Net::layer_count);
// [count]

// [widths]
/// The widths the data takes through the network: the input's, then every layer's output. The
/// pack K... = 0, 1, ..., layer_count - 1 expands once per layer.
template <class N, std::size_t... K>
constexpr std::array<std::size_t, 1 + sizeof...(K)> widths(std::index_sequence<K...>) {
    return {N::input_size, layer_t<N, K>::output_size...};
}
template <class N>
constexpr auto widths() {
    return widths<N>(std::make_index_sequence<N::layer_count>{});
}
static_assert(widths<Net>() == std::array<std::size_t, 4>{2, 3, 3, 1});

/// A fold expression: the neurons of every layer, summed.
template <class N, std::size_t... K>
constexpr std::size_t neurons(std::index_sequence<K...>) {
    return (std::size_t{0} + ... + layer_t<N, K>::output_size);
}
static_assert(neurons<Net>(std::make_index_sequence<Net::layer_count>{}) == 3 + 3 + 1);
// [widths]

int main() {
    std::cout << "widths:";
    for (const std::size_t width : widths<Net>()) std::cout << ' ' << width;
    std::cout << '\n' << describe<Net>() << '\n';
}
