/// \file
/// `describe<Net>()`: a network's architecture in words, written by the compiler. For
/// `Network<Dense<2, 2>, ReLU, Dense<2, 1>>`:
///
///     Dense<2, 2> + ReLU: 2 -> 2, 6 parameters; Dense<2, 1>: 2 -> 1, 3 parameters; 9 parameters
///
/// Each layer of the network as its entries in the list spell it, its widths and its number of
/// parameters, then the network's total.
#pragma once

#include <ctnn/network/entry_name.hpp>
#include <ctnn/network/network.hpp>
#include <ctnn/network/plan.hpp>
#include <ctnn/network/text.hpp>

#include <cstddef>
#include <type_traits>
#include <utility>

namespace ctnn {

namespace detail {

constexpr void write_parameter_count(TextWriter& text, std::size_t count) {
    text << count << (count == 1 ? " parameter" : " parameters");
}

template <class Net>
struct Description;

template <class... Entries>
struct Description<Network<Entries...>> {
    using Net = Network<Entries...>;

    /// "Dense<2, 2> + ReLU: 2 -> 2, 6 parameters; ": layer K as its entries spell it.
    template <std::size_t K>
    static constexpr void write_layer(TextWriter& text) {
        using L = std::remove_cvref_t<decltype(std::declval<const Net&>().template layer<K>())>;
        constexpr LayerSource source = Plan<Entries...>::sources.of[K];
        if constexpr (source.layer != no_entry) {
            text << entry_name<entry_t<source.layer, Entries...>>;
            if (source.activation != no_entry) text << " + ";
        }
        if constexpr (source.activation != no_entry) {
            text << entry_name<entry_t<source.activation, Entries...>>;
        }
        text << ": " << L::input_size << " -> " << L::output_size << ", ";
        write_parameter_count(text, parameter_count_of<L>());
        text << "; ";
    }

    template <std::size_t... K>
    static constexpr void write_layers(TextWriter& text, std::index_sequence<K...>) {
        (write_layer<K>(text), ...);
    }

    static constexpr void write(TextWriter& text) {
        write_layers(text, std::make_index_sequence<Net::layer_count>{});
        write_parameter_count(text, Net::parameter_count);
    }
};

}  // namespace detail

/// Net's architecture in words: every layer as its entries spell it, its input and output widths
/// and its number of parameters, then the network's: "Dense<2, 2> + ReLU: 2 -> 2, 6 parameters;
/// Dense<2, 1>: 2 -> 1, 3 parameters; 9 parameters". A layer made of an activation alone (one
/// that follows another activation) is named by the activation.
template <class Net>
requires requires { detail::Description<Net>{}; }
constexpr auto describe() {
    constexpr std::size_t length = [] {
        detail::TextWriter counter;
        detail::Description<Net>::write(counter);
        return counter.length;
    }();
    FixedString<length> text;
    detail::TextWriter writer{text.characters};
    detail::Description<Net>::write(writer);
    return text;
}

}  // namespace ctnn
