/// \file
/// `export_header` and `export_vectors`: a trained network, and vectors to try it on, written as
/// a C++ header that defines them as `constexpr` values (run time only). Another program
/// includes the header and calls `network.predict(x)` at run time or inside a `static_assert`.
///
/// Every number is written as a hexadecimal floating literal (`-0x1.8p-3f`), which the compiler
/// reads back to the very same bits, negative zero and subnormals included.
#pragma once

#include <ctnn/io/cpp_literal.hpp>
#include <ctnn/io/spelling.hpp>
#include <ctnn/math/float_bits.hpp>
#include <ctnn/network/network.hpp>
#include <ctnn/network/plan.hpp>
#include <ctnn/tensor/vector.hpp>

#include <cstddef>
#include <ostream>
#include <ranges>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>

namespace ctnn {

namespace detail {

/// True for `Vector<N, T>`.
template <class V>
inline constexpr bool is_ctnn_vector = false;
template <std::size_t N, class T>
inline constexpr bool is_ctnn_vector<Vector<N, T>> = true;

/// `.W = ` when T's members have names, nothing when they are written by position.
template <class T>
std::string designator(std::size_t i) {
    if constexpr (requires { TypeSpelling<T>::member_names; }) {
        return '.' + member_name<T>(i) + " = ";
    } else {
        return "";
    }
}

/// `784 x 128, one row a line` for a matrix, `10 elements` for a vector.
template <class P>
std::string shape_comment() {
    if constexpr (requires { P::rows + P::cols; }) {
        return std::to_string(P::rows) + " x " + std::to_string(P::cols) + ", one row a line";
    } else {
        return std::to_string(P::size) + (P::size == 1 ? " element" : " elements");
    }
}

/// Writes the layer part of one layer of a network as the entry it came from:
/// `ctnn::Dense<3, 4, float>{.W = {{...}}, .b = {{...}}}`.
template <class L>
void write_layer_entry(std::ostream& out, const L& layer) {
    out << "    " << type_code<L>() << "{\n";
    for_each_member(L::parameters, [&](auto member, std::size_t i) {
        using P = std::remove_cvref_t<decltype(layer.*member)>;
        out << "        // " << member_name<L>(i) << ": " << shape_comment<P>() << "\n";
        out << "        " << designator<L>(i);
        write_tensor(out, layer.*member, "        ");
        out << ",\n";
    });
    out << "    },\n";
}

/// Writes an activation as its entry: `ctnn::ReLU{}`, `ctnn::LeakyReLU{.slope = 0x1p-4}`.
template <class F>
void write_activation_entry(std::ostream& out, const F& activation) {
    constexpr std::size_t setting_count = std::tuple_size_v<decltype(setting_members<F>())>;
    static_assert(std::is_empty_v<F> || setting_count > 0,
                  "ctnn::export_header: this activation holds data, and ctnn does not know how to "
                  "write it. List its data members in TypeSpelling<F>::members.");
    out << "    " << type_code<F>() << '{';
    for_each_member(setting_members<F>(), [&](auto member, std::size_t i) {
        out << (i == 0 ? "" : ", ") << designator<F>(i) << hex_literal(activation.*member);
    });
    out << "},\n";
}

/// Throws `std::invalid_argument` unless every parameter and setting of the network is finite.
template <class... Entries>
void check_exportable(const Network<Entries...>& network) {
    std::size_t k = 0;
    auto check_layer = [&](const auto& layer) {
        using Layer = std::remove_cvref_t<decltype(layer)>;
        using L = typename Layer::layer_type;
        using F = typename Layer::activation_type;
        const std::string of = "layer " + std::to_string(k++) + "'s ";
        for_each_member(L::parameters, [&](auto member, std::size_t i) {
            check_tensor_finite("export_header", layer.*member, of + member_name<L>(i));
        });
        for_each_member(setting_members<F>(), [&](auto member, std::size_t i) {
            check_finite("export_header", layer.activation.*member,
                         of + type_name<F>() + "'s " + member_name<F>(i));
        });
    };
    network.for_each_layer(check_layer);
}

/// Writes the header `export_header` documents.
template <class... Entries>
void write_network(std::ostream& out, const Network<Entries...>& network,
                   std::string_view variable_name, std::string_view namespace_name) {
    using Net = Network<Entries...>;
    out << "// " << variable_name << ": a trained ctnn network, written by ctnn::export_header.\n"
        << "// Architecture: " << architecture_text<Net>() << "\n"
        << "// Every number is a hexadecimal floating literal: the exported value, bit for bit.\n"
        << "// Use it as `" << variable_name << ".predict(x)`, at run time or in a static_assert.\n"
        << "#pragma once\n\n";
    std::set<std::string_view> headers{TypeSpelling<Net>::header};
    (headers.insert(TypeSpelling<Entries>::header), ...);
    for (const std::string_view header : headers) {
        if (!header.empty()) out << "#include <" << header << ">\n";
    }
    out << '\n';
    if (!namespace_name.empty()) out << "namespace " << namespace_name << " {\n\n";

    // Each layer of the network is made of one or two entries of its list, in order: its own
    // (absent for a Pass the network inserted) and its activation's (absent for a linear layer).
    out << "inline constexpr " << type_code<Net>() << ' ' << variable_name << "{\n";
    constexpr auto sources = Plan<Entries...>::sources;
    std::size_t layer_index = 0;
    auto write_layer = [&](const auto& layer) {
        using Layer = std::remove_cvref_t<decltype(layer)>;
        const LayerSource source = sources.of[layer_index++];
        if (source.layer != no_entry) {
            write_layer_entry(out, static_cast<const typename Layer::layer_type&>(layer));
        }
        if (source.activation != no_entry) {
            write_activation_entry(out, layer.activation);
        }
    };
    network.for_each_layer(write_layer);
    out << "};\n";
    if (!namespace_name.empty()) out << "\n}  // namespace " << namespace_name << '\n';
}

/// Writes the definition `export_vectors` documents, once every element is found finite.
template <class Vectors>
void write_vectors(std::ostream& out, std::string_view variable_name, const Vectors& vectors,
                   std::string_view namespace_name) {
    using V = std::ranges::range_value_t<Vectors>;
    std::size_t count = 0;
    for (const V& v : vectors) {
        check_tensor_finite("export_vectors", v,
                            std::string(variable_name) + '[' + std::to_string(count) + ']');
        ++count;
    }
    if (count == 0) {
        throw std::invalid_argument("ctnn::export_vectors: \"" + std::string(variable_name) +
                                    "\" has no vectors; a C++ array holds at least one");
    }

    out << "\n// " << variable_name << ": " << count << ' ' << type_name<V>()
        << ", written by ctnn::export_vectors.\n"
        << "#include <" << TypeSpelling<V>::header << ">\n\n";
    if (!namespace_name.empty()) out << "namespace " << namespace_name << " {\n\n";
    out << "inline constexpr " << type_code<V>() << ' ' << variable_name << '[' << count
        << "] = {\n";
    for (const V& v : vectors) {
        out << "    ";
        write_tensor(out, v, "    ");
        out << ",\n";
    }
    out << "};\n";
    if (!namespace_name.empty()) out << "\n}  // namespace " << namespace_name << '\n';
}

}  // namespace detail

/// Writes a C++ header that defines `network` as
/// `inline constexpr ctnn::Network<...> variable_name{...};`, in `namespace_name` if given.
///
/// The header says what it holds, includes the ctnn headers it needs, and writes each entry of
/// the network's list as a value (each row of a weight matrix on its own line), every number an
/// exact hexadecimal literal. `export_vectors` may append more definitions to it.
///
/// Requires: every layer and activation of the network has a `TypeSpelling`; the scalar type
///           is `float` or `double`.
/// Throws:   `std::invalid_argument`, before writing anything, when a parameter or setting is
///           NaN or infinite, or when a name is not a C++ identifier (a namespace name may be
///           qualified: `models::digits`).
/// Example:  `tests/io/exported/`.
template <class... Entries>
void export_header(std::ostream& out, const Network<Entries...>& network,
                   std::string_view variable_name, std::string_view namespace_name = {}) {
    using Net = Network<Entries...>;
    static_assert(Spelled<Net>,
                  "ctnn::export_header: a layer or activation of this network has no spelling. "
                  "Specialise ctnn::TypeSpelling<T> for it (see io/spelling.hpp).");
    static_assert(IeeeFloat<typename Net::scalar_type>,
                  "ctnn::export_header: only float and double parameters can be exported.");
    if constexpr (Spelled<Net> && IeeeFloat<typename Net::scalar_type>) {
        detail::check_names("export_header", variable_name, namespace_name);
        detail::check_exportable(network);
        detail::write_network(out, network, variable_name, namespace_name);
    }
}

/// Writes `inline constexpr ctnn::Vector<N, T> variable_name[n] = {...};`, one vector a line,
/// in `namespace_name` if given, after an include of the header that defines `Vector`: appended
/// to the output of `export_header`, it gives the exported network inputs to run on.
///
/// Requires: `vectors` is a non-empty range of `Vector<N, T>`, T `float` or `double`.
/// Throws:   `std::invalid_argument`, before writing anything, when it is empty, when an element
///           is NaN or infinite, or when a name is not a C++ identifier.
template <std::ranges::forward_range Vectors>
void export_vectors(std::ostream& out, std::string_view variable_name, const Vectors& vectors,
                    std::string_view namespace_name = {}) {
    using V = std::ranges::range_value_t<Vectors>;
    static_assert(detail::is_ctnn_vector<V>,
                  "ctnn::export_vectors: exports a range of ctnn::Vector.");
    if constexpr (detail::is_ctnn_vector<V>) {
        static_assert(IeeeFloat<typename V::scalar_type>,
                      "ctnn::export_vectors: only float and double vectors can be exported.");
        if constexpr (IeeeFloat<typename V::scalar_type>) {
            detail::check_names("export_vectors", variable_name, namespace_name);
            detail::write_vectors(out, variable_name, vectors, namespace_name);
        }
    }
}

}  // namespace ctnn
