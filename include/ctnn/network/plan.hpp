/// \file
/// How a network's list of entries becomes its layers (internal).
///
/// `Network<Dense<2, 2>, ReLU, Dense<2, 1>>` has three entries and two layers:
/// `Activated<Dense<2, 2>, ReLU>` and `Activated<Dense<2, 1>, Identity>`. A layer with no
/// activation after it gets `Identity`; an activation with no layer right before it gets a
/// `Pass` layer of the width before it. The checks here run first and report the user's own
/// spelling, in terms of positions in the list.
#pragma once

#include <ctnn/activation/identity.hpp>
#include <ctnn/concept/activation.hpp>
#include <ctnn/concept/layer.hpp>
#include <ctnn/layer/activated.hpp>
#include <ctnn/layer/pass.hpp>
#include <ctnn/network/checks.hpp>

#include <boost/hana/basic_tuple.hpp>

#include <cstddef>
#include <tuple>
#include <type_traits>
#include <utility>

namespace ctnn::detail {

inline constexpr std::size_t no_entry = static_cast<std::size_t>(-1);

/// The entries of the list that one layer of the network is made of.
struct LayerSource {
    std::size_t layer = no_entry;       ///< index of its Layer entry, or no_entry for a Pass
    std::size_t activation = no_entry;  ///< index of its Activation entry, or no_entry
};

template <std::size_t I, class... Entries>
using entry_t = std::tuple_element_t<I, std::tuple<Entries...>>;

/// Which entries make up which layer. Valid once `well_formed<Entries...>()` holds.
template <class... Entries>
struct Plan {
    static constexpr std::size_t entry_count = sizeof...(Entries);
    static constexpr bool entry_is_layer[entry_count] = {Layer<Entries>...};

    static constexpr std::size_t layer_count = [] {
        std::size_t count = 0;
        for (std::size_t e = 0; e < entry_count; ++e) {
            const bool joins_previous = !entry_is_layer[e] && e > 0 && entry_is_layer[e - 1];
            if (!joins_previous) ++count;
        }
        return count;
    }();

    struct Sources {
        LayerSource of[layer_count];
    };

    static constexpr Sources sources = [] {
        Sources result{};
        std::size_t k = 0;
        for (std::size_t e = 0; e < entry_count; ++e) {
            if (entry_is_layer[e]) {
                result.of[k++].layer = e;
            } else if (e > 0 && entry_is_layer[e - 1]) {
                result.of[k - 1].activation = e;
            } else {
                result.of[k++].activation = e;
            }
        }
        return result;
    }();

    /// Index of the last Layer entry before entry e, or no_entry.
    static constexpr std::size_t previous_layer(std::size_t e) {
        for (std::size_t p = e; p-- > 0;) {
            if (entry_is_layer[p]) return p;
        }
        return no_entry;
    }
};

// ---------------------------------------------------------------------------------------------
// Checks, in the order a reader would look for the mistake.

template <std::size_t E, class... Entries>
constexpr bool entry_connects() {
    using Entry = entry_t<E, Entries...>;
    constexpr std::size_t p = Plan<Entries...>::previous_layer(E);
    if constexpr (!Layer<Entry> || p == no_entry) {
        return true;
    } else {
        using Previous = entry_t<p, Entries...>;
        return check::layers_connect<E + 1, Entry, Entry::input_size, Previous,
                                     Previous::output_size>() &&
               check::layers_share_scalar<E + 1, Entry, typename Entry::scalar_type,
                                          typename entry_t<0, Entries...>::scalar_type>();
    }
}

template <class... Entries, std::size_t... E>
constexpr bool well_formed(std::index_sequence<E...>) {
    if constexpr (!check::network_is_not_empty<sizeof...(Entries)>()) {
        return false;
    } else if constexpr (!(check::entry_is_layer_or_activation < E + 1, Entries,
                           Layer<Entries> || Activation < Entries >> () && ...)) {
        return false;
    } else if constexpr (!check::network_starts_with_layer<entry_t<0, Entries...>,
                                                           Layer<entry_t<0, Entries...>>>()) {
        return false;
    } else {
        return (entry_connects<E, Entries...>() && ...);
    }
}

/// True when the list describes a network; otherwise one message per mistake has been issued.
template <class... Entries>
constexpr bool well_formed() {
    return well_formed<Entries...>(std::index_sequence_for<Entries...>{});
}

// ---------------------------------------------------------------------------------------------
// The layer types.

template <std::size_t K, class... Entries>
struct LayerAt;

template <bool FromEntry, std::size_t K, class... Entries>
struct LayerPartAt {  // a Pass as wide as layer K - 1's output
    using Previous = typename LayerAt<K - 1, Entries...>::type;
    using type = Pass<Previous::output_size, typename Previous::scalar_type>;
};

template <std::size_t K, class... Entries>
struct LayerPartAt<true, K, Entries...> {
    using type = entry_t<Plan<Entries...>::sources.of[K].layer, Entries...>;
};

template <bool FromEntry, std::size_t K, class... Entries>
struct ActivationPartAt {
    using type = Identity;
};

template <std::size_t K, class... Entries>
struct ActivationPartAt<true, K, Entries...> {
    using type = entry_t<Plan<Entries...>::sources.of[K].activation, Entries...>;
};

/// The type of layer K: `Activated<its layer, its activation>`.
template <std::size_t K, class... Entries>
struct LayerAt {
    static constexpr LayerSource source = Plan<Entries...>::sources.of[K];
    using type =
        Activated<typename LayerPartAt<source.layer != no_entry, K, Entries...>::type,
                  typename ActivationPartAt<source.activation != no_entry, K, Entries...>::type>;
};

template <class Indices, class... Entries>
struct LayersOf;

template <std::size_t... K, class... Entries>
struct LayersOf<std::index_sequence<K...>, Entries...> {
    using type = boost::hana::basic_tuple<typename LayerAt<K, Entries...>::type...>;
};

/// The network's layers as a `hana::basic_tuple`, or a one-layer placeholder when the list is not
/// well formed (so that a mistake is reported once, not again by everything built on it).
template <bool WellFormed, class... Entries>
struct Layers {
    using type = boost::hana::basic_tuple<Activated<Pass<1>, Identity>>;
};

template <class... Entries>
struct Layers<true, Entries...> {
    using type = typename LayersOf<std::make_index_sequence<Plan<Entries...>::layer_count>,
                                   Entries...>::type;
};

// ---------------------------------------------------------------------------------------------
// The layer values, from the entry values.

template <std::size_t K, class... Entries>
constexpr auto make_layer(const std::tuple<const Entries&...>& entries) {
    using Result = typename LayerAt<K, Entries...>::type;
    constexpr LayerSource source = LayerAt<K, Entries...>::source;
    Result layer{};
    if constexpr (source.layer != no_entry) {
        static_cast<typename Result::layer_type&>(layer) = std::get<source.layer>(entries);
    }
    if constexpr (source.activation != no_entry) {
        layer.activation = std::get<source.activation>(entries);
    }
    return layer;
}

template <class... Entries, std::size_t... K>
constexpr auto make_layers(std::index_sequence<K...>, const Entries&... entries) {
    const std::tuple<const Entries&...> list{entries...};
    return boost::hana::make_basic_tuple(make_layer<K, Entries...>(list)...);
}

}  // namespace ctnn::detail
