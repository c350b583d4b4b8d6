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

#include <cstddef>
#include <string_view>
#include <type_traits>
#include <utility>

namespace ctnn {

/// Text of N characters computed at compile time: compare it with `==` in a `static_assert`,
/// convert it to `std::string_view`, print it with `<<`.
template <std::size_t N>
struct FixedString {
    char characters[N + 1]{};  ///< the text and a terminating '\0'

    constexpr std::string_view view() const { return {characters, N}; }
    constexpr operator std::string_view() const { return view(); }
    constexpr const char* c_str() const { return characters; }

    friend constexpr bool operator==(const FixedString& text, std::string_view other) {
        return text.view() == other;
    }
    template <class Stream>  // an output stream: std::ostream, std::ostringstream, ...
    friend Stream& operator<<(Stream& out, const FixedString& text) {
        out << text.view();
        return out;
    }
};

namespace detail {

/// Writes text into `out`, or only counts it when `out` is null.
struct TextWriter {
    char* out = nullptr;
    std::size_t length = 0;

    constexpr TextWriter& operator<<(std::string_view text) {
        for (const char c : text) {
            if (out != nullptr) out[length] = c;
            ++length;
        }
        return *this;
    }
    constexpr TextWriter& operator<<(std::size_t number) {
        char digits[20];
        std::size_t count = 0;
        do {
            digits[count++] = static_cast<char>('0' + number % 10);
            number /= 10;
        } while (number != 0);
        while (count > 0) *this << std::string_view{&digits[--count], 1};
        return *this;
    }
};

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
