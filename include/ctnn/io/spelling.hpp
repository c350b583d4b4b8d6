/// \file
/// `TypeSpelling<T>`: how ctnn writes a type (run time only): as messages name it,
/// `Dense<784, 128, float>`; as C++ code spells it, `ctnn::Dense<784, 128, float>`; the header
/// that defines it; and the members a value of it is written with. Weights files record the
/// spelling of every layer, and exported headers are written with it.
#pragma once

#include <ctnn/activation/identity.hpp>
#include <ctnn/activation/leaky_relu.hpp>
#include <ctnn/activation/relu.hpp>
#include <ctnn/activation/sigmoid.hpp>
#include <ctnn/activation/softmax.hpp>
#include <ctnn/activation/tanh.hpp>
#include <ctnn/layer/dense.hpp>
#include <ctnn/layer/pass.hpp>
#include <ctnn/network/network.hpp>
#include <ctnn/tensor/vector.hpp>

#include <array>
#include <concepts>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <tuple>

namespace ctnn {

/// How to write the type T. ctnn spells `float`, `double`, `Vector`, `Dense`, `Pass`, its
/// activations and `Network`; specialise it to spell a layer or an activation of your own.
///
/// Requires: a specialisation has
///           `static std::string name()`: T as messages write it, without namespaces
///           (`Dense<2, 1, double>`);
///           `static std::string code()`: T as C++ code outside any namespace spells it
///           (`ctnn::Dense<2, 1, double>`);
///           `static constexpr std::string_view header`: the header that defines T, as
///           `#include <...>` names it, or empty.
///           Optionally `member_names`, the names of the members a value of T is written with
///           (for a layer, its `parameters` in their order), and, for an activation that holds
///           settings, `members`: a tuple of pointers to them, in the order of T's braced
///           initialiser (`LeakyReLU`'s slope).
/// The primary template has none of these: T has no spelling.
template <class T>
struct TypeSpelling {};

/// A type ctnn can write: `TypeSpelling<T>` is specialised for it.
template <class T>
concept Spelled = requires {
    { TypeSpelling<T>::name() } -> std::convertible_to<std::string>;
    { TypeSpelling<T>::code() } -> std::convertible_to<std::string>;
    { TypeSpelling<T>::header } -> std::convertible_to<std::string_view>;
};

/// T as messages write it: `Dense<784, 128, float>`; `?` for a type with no spelling.
template <class T>
std::string type_name() {
    if constexpr (requires { TypeSpelling<T>::name(); }) {
        return TypeSpelling<T>::name();
    } else {
        return "?";
    }
}

/// T as C++ code spells it: `ctnn::Dense<784, 128, float>`.
template <Spelled T>
std::string type_code() {
    return TypeSpelling<T>::code();
}

template <>
struct TypeSpelling<float> {
    static std::string name() { return "float"; }
    static std::string code() { return "float"; }
    static constexpr std::string_view header{};
};

template <>
struct TypeSpelling<double> {
    static std::string name() { return "double"; }
    static std::string code() { return "double"; }
    static constexpr std::string_view header{};
};

namespace detail {

/// `Name<arguments>` with `ctnn::` before Name in code.
inline std::string template_spelling(bool code, std::string_view name, std::string_view arguments) {
    return (code ? "ctnn::" : "") + std::string(name) + '<' + std::string(arguments) + '>';
}

/// `a, b, c`
inline std::string joined(std::initializer_list<std::string> parts) {
    std::string text;
    for (const auto& part : parts) {
        if (!text.empty()) text += ", ";
        text += part;
    }
    return text;
}

}  // namespace detail

template <std::size_t In, std::size_t Out, Spelled T>
struct TypeSpelling<Dense<In, Out, T>> {
    static std::string arguments(std::string scalar) {
        return std::to_string(In) + ", " + std::to_string(Out) + ", " + scalar;
    }
    static std::string name() {
        return detail::template_spelling(false, "Dense", arguments(type_name<T>()));
    }
    static std::string code() {
        return detail::template_spelling(true, "Dense", arguments(type_code<T>()));
    }
    static constexpr std::string_view header = "ctnn/layer/dense.hpp";
    static constexpr std::array<std::string_view, 2> member_names{"W", "b"};
};

template <std::size_t N, Spelled T>
struct TypeSpelling<Vector<N, T>> {
    static std::string name() {
        return detail::template_spelling(false, "Vector",
                                         std::to_string(N) + ", " + type_name<T>());
    }
    static std::string code() {
        return detail::template_spelling(true, "Vector", std::to_string(N) + ", " + type_code<T>());
    }
    static constexpr std::string_view header = "ctnn/tensor/vector.hpp";
};

template <std::size_t N, Spelled T>
struct TypeSpelling<Pass<N, T>> {
    static std::string name() {
        return detail::template_spelling(false, "Pass", std::to_string(N) + ", " + type_name<T>());
    }
    static std::string code() {
        return detail::template_spelling(true, "Pass", std::to_string(N) + ", " + type_code<T>());
    }
    static constexpr std::string_view header = "ctnn/layer/pass.hpp";
};

template <>
struct TypeSpelling<Identity> {
    static std::string name() { return "Identity"; }
    static std::string code() { return "ctnn::Identity"; }
    static constexpr std::string_view header = "ctnn/activation/identity.hpp";
};

template <>
struct TypeSpelling<ReLU> {
    static std::string name() { return "ReLU"; }
    static std::string code() { return "ctnn::ReLU"; }
    static constexpr std::string_view header = "ctnn/activation/relu.hpp";
};

template <>
struct TypeSpelling<Sigmoid> {
    static std::string name() { return "Sigmoid"; }
    static std::string code() { return "ctnn::Sigmoid"; }
    static constexpr std::string_view header = "ctnn/activation/sigmoid.hpp";
};

template <>
struct TypeSpelling<Tanh> {
    static std::string name() { return "Tanh"; }
    static std::string code() { return "ctnn::Tanh"; }
    static constexpr std::string_view header = "ctnn/activation/tanh.hpp";
};

template <>
struct TypeSpelling<Softmax> {
    static std::string name() { return "Softmax"; }
    static std::string code() { return "ctnn::Softmax"; }
    static constexpr std::string_view header = "ctnn/activation/softmax.hpp";
};

template <>
struct TypeSpelling<LeakyReLU> {
    static std::string name() { return "LeakyReLU"; }
    static std::string code() { return "ctnn::LeakyReLU"; }
    static constexpr std::string_view header = "ctnn/activation/leaky_relu.hpp";
    static constexpr auto members = std::tuple{&LeakyReLU::slope};
    static constexpr std::array<std::string_view, 1> member_names{"slope"};
};

/// `Network<Dense<784, 128, float>, ReLU, Dense<128, 10, float>>`: the entries as listed. It can
/// be written as code when every entry can.
template <class... Entries>
struct TypeSpelling<Network<Entries...>> {
    static std::string name() {
        return detail::template_spelling(false, "Network",
                                         detail::joined({type_name<Entries>()...}));
    }
    static std::string code() requires(Spelled<Entries>&&...) {
        return detail::template_spelling(true, "Network",
                                         detail::joined({type_code<Entries>()...}));
    }
    static constexpr std::string_view header = "ctnn/network/network.hpp";
};

/// The architecture of the network type Net, in the words of its type:
/// `Network<Dense<784, 128, float>, ReLU, Dense<128, 10, float>>`.
template <class Net>
std::string architecture_text() {
    return type_name<Net>();
}

namespace detail {

/// The settings a value of T holds besides its parameters: `TypeSpelling<T>::members` (a tuple
/// of pointers to members), or none.
template <class T>
constexpr auto setting_members() {
    if constexpr (requires { TypeSpelling<T>::members; }) {
        return TypeSpelling<T>::members;
    } else {
        return std::tuple{};
    }
}

/// Calls `visit(member, index)` for each pointer to member in the tuple `members`.
template <class Members, class Visitor>
void for_each_member(const Members& members, Visitor&& visit) {
    std::size_t index = 0;
    std::apply([&](auto... member) { (visit(member, index++), ...); }, members);
}

/// The name of T's member I (a layer's parameter or an activation's setting):
/// `TypeSpelling<T>::member_names[I]`, else `parameter I`.
template <class T>
std::string member_name(std::size_t i) {
    if constexpr (requires { TypeSpelling<T>::member_names; }) {
        return std::string(TypeSpelling<T>::member_names[i]);
    } else {
        return "parameter " + std::to_string(i);
    }
}

}  // namespace detail

}  // namespace ctnn
