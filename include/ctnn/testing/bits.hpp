/// \file
/// `same_bits`: equality of floating-point results to the last bit (and the sign of zero).
#pragma once

#include <ctnn/tensor/tensor.hpp>

#include <bit>
#include <cstddef>
#include <cstdint>

namespace ctnn::testing {

/// True when a and b have the same bit pattern: unlike `==`, tells -0 from +0 and NaN equals
/// the same NaN.
constexpr bool same_bits(double a, double b) {
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}
constexpr bool same_bits(float a, float b) {
    return std::bit_cast<std::uint32_t>(a) == std::bit_cast<std::uint32_t>(b);
}

/// True when every element of x and y has the same bit pattern.
template <Tensor X>
constexpr bool same_bits(const X& x, const X& y) {
    for (std::size_t i = 0; i < X::size; ++i) {
        if (!same_bits(x.elements[i], y.elements[i])) return false;
    }
    return true;
}

}  // namespace ctnn::testing
