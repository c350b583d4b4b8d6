/// \file
/// Text the compiler writes: `FixedString<N>`, a string computed at compile time (network
/// descriptions), and `detail::TextWriter`, which writes text and numbers into a buffer, or
/// counts them (computed static_assert messages, descriptions).
#pragma once

#include <cstddef>
#include <string_view>

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

/// Writes text and numbers into `out`, up to `capacity` characters; counts all of them in
/// `length`, those it had no room for too, and writes nothing when `out` is null (so that a
/// first pass can measure what a second one writes).
struct TextWriter {
    char* out = nullptr;
    std::size_t capacity = static_cast<std::size_t>(-1);
    std::size_t length = 0;

    constexpr TextWriter& operator<<(std::string_view text) {
        for (const char c : text) {
            if (out != nullptr && length < capacity) out[length] = c;
            ++length;
        }
        return *this;
    }
    constexpr TextWriter& operator<<(std::size_t number) {  // in decimal
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

}  // namespace detail

}  // namespace ctnn
