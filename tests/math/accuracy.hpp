/// \file
/// Shared by the tests of include/ctnn/math/: ulp distances on the line of floating-point
/// numbers, a fixed-seed input stream, and a loop that compares a ctnn function with glibc on
/// a million inputs and prints one line of statistics.
#pragma once

#include <ctnn/math/float_bits.hpp>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <iostream>
#include <limits>
#include <vector>

namespace ctnn_math_test {

/// The position of x on the line of numbers of its type: consecutive numbers differ by 1,
/// +0 and -0 are both 0.
constexpr std::int64_t ordinal(double x) {
    const auto bits = std::bit_cast<std::int64_t>(x);
    return bits < 0 ? std::numeric_limits<std::int64_t>::min() - bits : bits;
}
constexpr std::int64_t ordinal(float x) {
    const auto bits = std::bit_cast<std::int32_t>(x);
    return bits < 0 ? std::int64_t{std::numeric_limits<std::int32_t>::min()} - bits : bits;
}

/// The value `ulps_apart` gives for results that must match exactly and do not.
inline constexpr std::int64_t mismatch = std::numeric_limits<std::int64_t>::max();

/// How many ulps apart a and b are. NaN matches only NaN, an infinity only itself (the largest
/// finite number is not "1 ulp" from inf); anything else is `mismatch`.
template <ctnn::IeeeFloat T>
constexpr std::int64_t ulps_apart(T a, T b) {
    if (ctnn::is_nan(a) || ctnn::is_nan(b))
        return ctnn::is_nan(a) && ctnn::is_nan(b) ? 0 : mismatch;
    if (ctnn::is_inf(a) || ctnn::is_inf(b)) return a == b ? 0 : mismatch;
    const std::int64_t d = ordinal(a) - ordinal(b);
    return d < 0 ? -d : d;
}

/// True when a and b have the same bits (tells -0 from +0).
template <ctnn::IeeeFloat T>
constexpr bool same_bits(T a, T b) {
    return ctnn::detail::to_bits(a) == ctnn::detail::to_bits(b);
}

/// True when a and b are the same number to the last bit (-0 and +0 differ), or both NaN (NaN
/// payloads are not part of any function's contract, and compilers may keep or quiet them).
template <ctnn::IeeeFloat T>
constexpr bool identical(T a, T b) {
    return (ctnn::is_nan(a) && ctnn::is_nan(b)) || same_bits(a, b);
}

/// splitmix64 (Steele, Lea, Flood, "Fast splittable pseudorandom number generators", 2014):
/// a fixed, portable stream, so every run tests the same inputs.
class SplitMix64 {
public:
    explicit SplitMix64(std::uint64_t seed) : state_(seed) {}

    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9e3779b97f4a7c15u);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
        return z ^ (z >> 31);
    }

    /// Uniform in [low, high).
    double uniform(double low, double high) {
        return low + static_cast<double>(next() >> 11) * 0x1p-53 * (high - low);
    }

    /// Any bit pattern: every finite number, both infinities and NaNs, weighted by encoding.
    template <ctnn::IeeeFloat T>
    T bit_pattern() {
        using bits = typename ctnn::detail::float_layout<T>::bits;
        return std::bit_cast<T>(static_cast<bits>(next()));
    }

private:
    std::uint64_t state_;
};

/// Uniform inputs in [low, high): `count` of them.
struct Interval {
    double low;
    double high;
    int count;
};

/// The inputs of one accuracy test: an edge list, intervals, and random bit patterns.
template <ctnn::IeeeFloat T>
std::vector<T> make_inputs(std::vector<T> edges, std::initializer_list<Interval> intervals,
                           int bit_patterns, std::uint64_t seed) {
    SplitMix64 random(seed);
    std::vector<T> inputs = std::move(edges);
    for (const Interval& interval : intervals) {
        for (int i = 0; i < interval.count; ++i) {
            inputs.push_back(static_cast<T>(random.uniform(interval.low, interval.high)));
        }
    }
    for (int i = 0; i < bit_patterns; ++i) inputs.push_back(random.bit_pattern<T>());
    return inputs;
}

/// The special values every function is tested on, with their neighbours.
template <ctnn::IeeeFloat T>
std::vector<T> common_edges() {
    using limits = std::numeric_limits<T>;
    return {T(0),
            -T(0),
            limits::denorm_min(),
            -limits::denorm_min(),
            limits::min() - limits::denorm_min(),  // largest subnormal
            -(limits::min() - limits::denorm_min()),
            limits::min(),
            -limits::min(),
            limits::max(),
            -limits::max(),
            limits::infinity(),
            -limits::infinity(),
            limits::quiet_NaN(),
            -limits::quiet_NaN(),
            T(1),
            -T(1),
            std::nextafter(T(1), T(2)),
            std::nextafter(T(1), T(0)),
            std::nextafter(-T(1), -T(2)),
            std::nextafter(-T(1), T(0))};
}

/// What a comparison found.
struct Accuracy {
    std::int64_t max_ulps = 0;  // from glibc's function of the same type
    long differing = 0;         // results not identical to glibc (any NaN matches any NaN)
    double max_error = 0.0;     // in ulps (fractional) from the more precise reference
    long inputs = 0;
    double worst_input = 0.0;  // where max_error was seen
};

/// Compares `ours` with `glibc` (same type, whole ulps) and with `precise` (glibc in the next
/// wider type: the error of `ours` in fractions of an ulp) on every input, and prints
///   max ulp error: exp<double> = 1 (over 1000000 inputs), 1234 not bit-identical to glibc; ...
template <ctnn::IeeeFloat T, class Ours, class Glibc, class Precise>
Accuracy compare_with_glibc(const char* name, const std::vector<T>& inputs, Ours ours, Glibc glibc,
                            Precise precise) {
    Accuracy result;
    for (const T x : inputs) {
        const T value = ours(x);
        const std::int64_t apart = ulps_apart(value, glibc(x));
        if (apart > result.max_ulps) result.max_ulps = apart;
        if (!identical(value, glibc(x))) ++result.differing;
        ++result.inputs;

        const auto reference = precise(x);  // long double for double, double for float
        const T reference_rounded = static_cast<T>(reference);
        if (!ctnn::is_finite(reference_rounded) || !ctnn::is_finite(value)) {
            // Specials and overflow must agree exactly with the rounded precise result.
            if (ulps_apart(value, reference_rounded) != 0) {
                result.max_error = 1e9;
                result.worst_input = static_cast<double>(x);
            }
            continue;
        }
        const int exponent = reference_rounded == T(0) ? std::numeric_limits<T>::min_exponent - 1
                                                       : std::ilogb(reference_rounded);
        const int ulp_exponent = std::max(exponent, std::numeric_limits<T>::min_exponent - 1) -
                                 (std::numeric_limits<T>::digits - 1);
        const auto ulp = std::ldexp(decltype(reference){1}, ulp_exponent);
        const double error = static_cast<double>(std::fabs(value - reference) / ulp);
        if (error > result.max_error) {
            result.max_error = error;
            result.worst_input = static_cast<double>(x);
        }
    }
    std::cout << "max ulp error: " << name << " = " << result.max_ulps << " (over " << result.inputs
              << " inputs), " << result.differing << " not bit-identical to glibc; max "
              << result.max_error << " ulp from the wider glibc result (at x = " << std::hexfloat
              << result.worst_input << std::defaultfloat << ")\n";
    return result;
}

/// Arguments uniform in [low, high).
struct Range {
    double low;
    double high;
};

/// Where a quick phase and the double-double evaluation disagree: the number of arguments,
/// among a million (every other one uniform in `near`, the others in `far`), on which
/// `quick(x)` and `accurate(x)` differ in any bit.
///
/// A quick phase returns its result only when its error bound cannot change the rounding; the
/// double-double evaluation, an independent algorithm accurate to about 2^-63, must then give the
/// same double. An error bound stated too small shows here.
template <class Quick, class Accurate>
long quick_phase_disagreements(std::uint64_t seed, Range near, Range far, Quick quick,
                               Accurate accurate) {
    SplitMix64 random(seed);
    long disagreements = 0;
    for (int i = 0; i < 1'000'000; ++i) {
        const Range& range = i % 2 == 0 ? near : far;
        const double x = random.uniform(range.low, range.high);
        if (!same_bits(quick(x), accurate(x))) ++disagreements;
    }
    return disagreements;
}

}  // namespace ctnn_math_test
