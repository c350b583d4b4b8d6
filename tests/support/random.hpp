/// \file
/// Seeded random test data for the tests of several folders, from ctnn's own generator, so that
/// it is the same at compile time and at run time.
#pragma once

#include <ctnn/training/random.hpp>

#include <cstdint>
#include <type_traits>

namespace ctnn_test {

/// Fills every element of `tensors`, one tensor after the other, with values uniform in
/// [-1, 1) from one generator seeded with `seed`.
template <class... Tensors>
constexpr void fill_uniform(std::uint64_t seed, Tensors&... tensors) {
    ctnn::Pcg32 rng(seed);
    [[maybe_unused]] auto fill = [&](auto& tensor) {
        using T = typename std::remove_cvref_t<decltype(tensor)>::scalar_type;
        for (auto& element : tensor.elements) element = ctnn::uniform<T>(rng, T(-1.0), T(1.0));
    };
    (fill(tensors), ...);
}

}  // namespace ctnn_test
