/// \file
/// `shuffle`: a Fisher–Yates shuffle driven by `Pcg32`, so the order of a training epoch
/// follows from its seed, at compile time and at run time.
#pragma once

#include <ctnn/training/random.hpp>

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <span>
#include <utility>

namespace ctnn {

/// Puts [first, last) in a uniformly random order (each of the n! orders has probability 1/n!,
/// up to the generator's quality).
///
/// Math:    Fisher–Yates as Durstenfeld wrote it (Knuth, TAOCP vol. 2, Algorithm 3.4.2 P):
///          for i = n, n - 1, ..., 2, swap element i - 1 with element j = `uniform_index(rng, i)`.
///          The same loop as the card deal of pcg-c's pcg32-demo.
/// Requires: [first, last) a valid range.
/// Ensures: a permutation of the range; n - 1 calls of `uniform_index`.
template <std::random_access_iterator Iterator>
constexpr void shuffle(Iterator first, Iterator last, Pcg32& rng) {
    using std::swap;
    for (auto i = last - first; i > 1; --i) {
        const auto j = static_cast<std::iter_difference_t<Iterator>>(
            uniform_index(rng, static_cast<std::uint64_t>(i)));
        swap(first[j], first[i - 1]);
    }
}

/// Shuffles a built-in array.
template <class T, std::size_t N>
constexpr void shuffle(T (&items)[N], Pcg32& rng) {
    shuffle(items + 0, items + N, rng);
}

/// Shuffles the elements a span refers to.
template <class T, std::size_t Extent>
constexpr void shuffle(std::span<T, Extent> items, Pcg32& rng) {
    shuffle(items.begin(), items.end(), rng);
}

}  // namespace ctnn
