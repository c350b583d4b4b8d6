/// \file
/// `is_close`: comparison of a computed number with one printed to a given precision.
#pragma once

namespace ctnn {

/// True when `actual` lies within `tolerance` of `expected`: `|actual - expected| <= tolerance`.
/// False when either value is NaN. Usable in `static_assert` (Catch2's `Approx` is not).
///
/// Example: a number printed as 0.731 is checked with `is_close(a, 0.731, 0.0005)`.
template <class T>
constexpr bool is_close(const T& actual, const T& expected, const T& tolerance) {
    const T difference = actual - expected;
    return -tolerance <= difference && difference <= tolerance;
}

}  // namespace ctnn
