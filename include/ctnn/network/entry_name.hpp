/// \file
/// `entry_name<T>`: a type as the compiler spells it, known at compile time, without ctnn's
/// namespace: `Dense<2, 2>`, `Dense<2, 2, float>`, `ReLU`, `my::Scale<3>`. Network descriptions
/// name the entries of a list with it, a user's own layers and activations included.
#pragma once

#include <cstddef>
#include <string_view>

namespace ctnn::detail {

/// This function's signature, which names T: g++ writes "... signature() [with T = X]", clang++
/// "... signature() [T = X]". Both leave out template arguments equal to their defaults.
template <class T>
constexpr const char* signature() {
    return __PRETTY_FUNCTION__;
}

/// The X of "[... T = X]".
constexpr std::string_view type_in_signature(std::string_view signature) {
    const std::size_t start = signature.find("T = ") + 4;
    return signature.substr(start, signature.rfind(']') - start);
}

constexpr bool is_identifier_character(char c) {
    return c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

template <class T>
struct EntryName {
    static constexpr std::string_view spelled = type_in_signature(signature<T>());

    struct Characters {
        char text[spelled.size() + 1]{};
        std::size_t size = 0;
    };

    /// `spelled` without the qualification `ctnn::` wherever it qualifies a name, and with
    /// nested templates closed as C++11 writes them (g++ 12 writes `Dual<double> >`).
    static constexpr Characters unqualified = [] {
        constexpr std::string_view qualification = "ctnn::";
        Characters name;
        for (std::size_t i = 0; i < spelled.size();) {
            const bool qualifies = spelled.substr(i).starts_with(qualification) &&
                                   (i == 0 || !is_identifier_character(spelled[i - 1]));
            const bool splits_closing = spelled.substr(i).starts_with(" >") && name.size > 0 &&
                                        name.text[name.size - 1] == '>';
            if (qualifies) {
                i += qualification.size();
            } else if (splits_closing) {
                ++i;
            } else {
                name.text[name.size++] = spelled[i++];
            }
        }
        return name;
    }();
};

/// T as g++ and clang++ spell it, without `ctnn::`.
template <class T>
inline constexpr std::string_view entry_name{EntryName<T>::unqualified.text,
                                             EntryName<T>::unqualified.size};

}  // namespace ctnn::detail
