/// \file
/// Numbers, tensors and names written as C++ source (run time only), as `export_header` writes
/// them: every number an exact hexadecimal floating literal (`-0x1.8p-3f`), which the compiler
/// reads back to the very same bits, negative zero and subnormals included.
#pragma once

#include <ctnn/math/float_bits.hpp>

#include <charconv>
#include <concepts>
#include <cstddef>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace ctnn::detail {

/// `-0x1.8p-3f`: x as an exact hexadecimal floating literal of its own type.
///
/// Requires: x is finite. The sign is a unary minus, so -0 is written `-0x0p+0f`.
template <IeeeFloat T>
std::string hex_literal(T x) {
    char buffer[64];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, x, std::chars_format::hex).ptr;
    std::string_view digits(buffer, static_cast<std::size_t>(end - buffer));
    std::string literal;
    if (digits.starts_with('-')) {
        literal = "-";
        digits.remove_prefix(1);
    }
    literal += "0x";
    literal += digits;
    if constexpr (std::same_as<T, float>) literal += 'f';
    return literal;
}

/// True for a C++ identifier, and, when `qualified`, for identifiers joined by `::`.
inline bool is_identifier(std::string_view name, bool qualified) {
    auto starts = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    };
    auto continues = [&](char c) { return starts(c) || (c >= '0' && c <= '9'); };
    bool at_start = true;
    for (std::size_t i = 0; i < name.size(); ++i) {
        if (qualified && !at_start && name.substr(i, 2) == "::") {
            at_start = true;
            ++i;
        } else if (at_start ? starts(name[i]) : continues(name[i])) {
            at_start = false;
        } else {
            return false;
        }
    }
    return !at_start;
}

/// Throws `std::invalid_argument` from `function` unless the names can be written as C++.
inline void check_names(std::string_view function, std::string_view variable_name,
                        std::string_view namespace_name) {
    auto fail = [&](std::string_view name, std::string_view what) {
        throw std::invalid_argument("ctnn::" + std::string(function) + ": \"" + std::string(name) +
                                    "\" is not " + std::string(what));
    };
    if (!is_identifier(variable_name, false)) fail(variable_name, "a C++ identifier");
    if (!namespace_name.empty() && !is_identifier(namespace_name, true)) {
        fail(namespace_name, "a namespace name");
    }
}

/// Throws `std::invalid_argument` from `function` unless x is finite; `what` names x.
template <IeeeFloat T>
void check_finite(std::string_view function, T x, const std::string& what) {
    if (is_finite(x)) return;
    throw std::invalid_argument("ctnn::" + std::string(function) + ": " + what + " is " +
                                (is_nan(x) ? "NaN"
                                 : x < 0   ? "-infinity"
                                           : "infinity") +
                                "; only finite numbers can be written as C++ literals");
}

/// Throws unless every element of the tensor p is finite; `what` names it (`layer 1's W`).
template <class P>
void check_tensor_finite(std::string_view function, const P& p, const std::string& what) {
    for (std::size_t i = 0; i < P::size; ++i) {
        if constexpr (requires { P::cols; }) {
            check_finite(function, p.elements[i],
                         what + '(' + std::to_string(i / P::cols) + ", " +
                             std::to_string(i % P::cols) + ')');
        } else {
            check_finite(function, p.elements[i], what + '[' + std::to_string(i) + ']');
        }
    }
}

/// `{{0x1p-1f, -0x1.8p-3f}}`: a `Vector`'s elements on one line, or a `Matrix`'s one row a
/// line, its lines indented by `indent`.
template <class P>
void write_tensor(std::ostream& out, const P& p, const std::string& indent) {
    if constexpr (requires { P::rows + P::cols; }) {
        out << "{{\n";
        for (std::size_t i = 0; i < P::rows; ++i) {
            out << indent << "    ";
            for (std::size_t j = 0; j < P::cols; ++j) {
                out << (j == 0 ? "" : " ") << hex_literal(p.elements[i * P::cols + j]) << ',';
            }
            out << '\n';
        }
        out << indent << "}}";
    } else {
        out << "{{";
        for (std::size_t i = 0; i < P::size; ++i) {
            out << (i == 0 ? "" : ", ") << hex_literal(p.elements[i]);
        }
        out << "}}";
    }
}

}  // namespace ctnn::detail
