/// \file
/// `is_close`: comparison of a computed number with one printed to a given precision.
#pragma once

namespace ctnn {

/// True when `actual` lies within `tolerance` of `expected`: `|actual - expected| <= tolerance`.
/// Equal values are close (also two equal infinities); NaN is close to nothing. Usable in
/// `static_assert` (Catch2's `Approx` is not), also with NaN and infinities: it never computes
/// a NaN, which a constant expression may not do (inf - inf only arises for equal values).
///
/// Example: a number printed as 0.731 is checked with `is_close(a, 0.731, 0.0005)`.
template <class T>
constexpr bool is_close(const T& actual, const T& expected, const T& tolerance) {
    if (actual == expected) return true;
    const bool either_is_nan = !(actual == actual) || !(expected == expected);
    if (either_is_nan) return false;
    const T difference = actual - expected;
    return -tolerance <= difference && difference <= tolerance;
}

}  // namespace ctnn
