/// \file
/// `Pcg32`, a constexpr random number generator whose seed is an argument, and the draws
/// training needs: `uniform`, `normal`, `uniform_index`. The same seed gives the same numbers,
/// bit for bit, at compile time and at run time.
#pragma once

#include <ctnn/math/float_bits.hpp>
#include <ctnn/math/log.hpp>
#include <ctnn/math/sqrt.hpp>

#include <concepts>
#include <cstdint>
#include <limits>

namespace ctnn {

/// PCG-XSH-RR 64/32: a 64-bit linear congruential generator whose output is a 32-bit
/// permutation of its state (M. E. O'Neill, "PCG: A Family of Simple Fast Space-Efficient
/// Statistically Good Algorithms for Random Number Generation", Harvey Mudd College
/// HMC-CS-2014-0905, 2014). Period 2^64; each of the 2^63 streams is a different sequence.
///
/// Math:    state' = state * 6364136223846793005 + increment  (mod 2^64), increment odd;
///          output = rotate_right(uint32(((state ^ (state >> 18)) >> 27)), state >> 59),
///          computed from the state before the step.
/// Ensures: `Pcg32{seed, stream}` is seeded as pcg-c's `pcg32_srandom_r(&rng, seed, stream)`
///          and `next()` returns what `pcg32_random_r` returns: seed 42, stream 54 begins
///          0xa15c02b7 0x7b47f409 (pcg32-demo; checked in tests/training/random.cpp).
/// Models:  `std::uniform_random_bit_generator`, so it also drives the standard library
///          (checked in tests/training/random.cpp, which includes `<random>`: this header
///          does not, as it costs every user's compile a third of a second).
class Pcg32 {
public:
    using result_type = std::uint32_t;

    /// The stream used when none is given; its increment, 2 * stream + 1 =
    /// 1442695040888963407, is the default increment of O'Neill's pcg-cpp.
    static constexpr std::uint64_t default_stream = 0x0a02bdbf7bb3c0a7u;

    /// Seeds as `pcg32_srandom_r`: state 0, one step, add the seed, one more step.
    constexpr explicit Pcg32(std::uint64_t seed, std::uint64_t stream = default_stream)
        : increment_{(stream << 1u) | 1u} {
        next();
        state_ += seed;
        next();
    }

    /// The next 32 random bits.
    constexpr std::uint32_t next() {
        const std::uint64_t old_state = state_;
        state_ = old_state * multiplier + increment_;
        const auto xorshifted = static_cast<std::uint32_t>(((old_state >> 18u) ^ old_state) >> 27u);
        const auto rotation = static_cast<std::uint32_t>(old_state >> 59u);
        return (xorshifted >> rotation) | (xorshifted << ((32u - rotation) & 31u));
    }

    constexpr std::uint32_t operator()() { return next(); }
    static constexpr std::uint32_t min() { return 0; }
    static constexpr std::uint32_t max() { return std::numeric_limits<std::uint32_t>::max(); }

    friend constexpr bool operator==(const Pcg32&, const Pcg32&) = default;

private:
    static constexpr std::uint64_t multiplier = 6364136223846793005u;

    std::uint64_t state_ = 0;
    std::uint64_t increment_;
};

namespace detail {

/// The double k 2^-53 for the top 53 bits k of hi:lo; exact, in [0, 1 - 2^-53].
constexpr double unit_interval(std::uint32_t hi, std::uint32_t lo) {
    const std::uint64_t bits = (std::uint64_t{hi} << 32u) | lo;
    return static_cast<double>(bits >> 11u) * 0x1p-53;
}

/// The float k 2^-24 for the top 24 bits k of `bits`; exact, in [0, 1 - 2^-24].
constexpr float unit_interval(std::uint32_t bits) {
    return static_cast<float>(bits >> 8u) * 0x1p-24f;
}

}  // namespace detail

/// A number drawn uniformly from the 2^53 (double) or 2^24 (float) multiples of 2^-53
/// (2^-24) in [0, 1).
///
/// Math:    double: k 2^-53 with k the top 53 bits of two draws, the first draw the high half;
///          float: k 2^-24 with k the top 24 bits of one draw. Both are exact conversions.
/// Ensures: 0 <= result < 1; consumes two draws for double, one for float.
template <IeeeFloat T = double>
constexpr T uniform(Pcg32& rng) {
    if constexpr (std::same_as<T, float>) {
        return detail::unit_interval(rng.next());
    } else {
        const std::uint32_t hi = rng.next();
        const std::uint32_t lo = rng.next();
        return detail::unit_interval(hi, lo);
    }
}

/// A number drawn uniformly from [a, b).
///
/// Math:    a + (b - a) u with u = `uniform<T>(rng)`.
/// Requires: a < b, both finite.
/// Ensures: a <= result <= b; the result equals b only when the last rounding reaches it.
template <IeeeFloat T>
constexpr T uniform(Pcg32& rng, T a, T b) {
    const T u = uniform<T>(rng);
    return a + (b - a) * u;
}

/// A number drawn from the normal distribution N(mean, stddev^2), by the Marsaglia polar method
/// (G. Marsaglia and T. A. Bray, "A convenient method for generating normal variables",
/// SIAM Review 6(3), 1964).
///
/// Math:    draw u, v uniformly from [-1, 1) until 0 < s = u^2 + v^2 < 1 (a point inside the
///          unit disc; accepted with probability pi/4); then u sqrt(-2 ln(s) / s) is N(0, 1).
///          The method yields a second, independent value v sqrt(-2 ln(s) / s); it is dropped,
///          so a draw depends on the generator alone and no hidden state is kept.
///          ln and sqrt are ctnn's constexpr `log` and `sqrt`, so the result is the same at
///          compile time and at run time.
/// Requires: stddev >= 0.
/// Ensures: mean + stddev * z with z standard normal; uses 2 `uniform<T>` per attempt,
///          4 / pi attempts on average.
template <IeeeFloat T>
constexpr T normal(Pcg32& rng, T mean, T stddev) {
    T u{};
    T s{};
    do {
        u = T(2) * uniform<T>(rng) - T(1);
        const T v = T(2) * uniform<T>(rng) - T(1);
        s = u * u + v * v;
    } while (s >= T(1) || s == T(0));
    const T z = u * ctnn::sqrt(T(-2) * ctnn::log(s) / s);
    return mean + stddev * z;
}

/// An index drawn uniformly from {0, 1, ..., n - 1}, without bias: the draw behind a shuffle.
///
/// Math:    rejection as in pcg-c's `pcg32_boundedrand_r`: of the 2^32 values of one draw,
///          the lowest 2^32 mod n are rejected, so the remaining count is a multiple of n and
///          r mod n is uniform. For n > 2^32 the same with 64 bits from two draws (high half
///          first).
/// Requires: n >= 1.
/// Ensures: 0 <= result < n; for n <= 2^32 the same values as `pcg32_boundedrand_r(rng, n)`.
constexpr std::uint64_t uniform_index(Pcg32& rng, std::uint64_t n) {
    if (n <= std::numeric_limits<std::uint32_t>::max()) {
        const auto bound = static_cast<std::uint32_t>(n);
        const std::uint32_t threshold = (0u - bound) % bound;  // 2^32 mod n
        for (;;) {
            const std::uint32_t r = rng.next();
            if (r >= threshold) return r % bound;
        }
    }
    const std::uint64_t threshold = (0u - n) % n;  // 2^64 mod n
    for (;;) {
        const std::uint64_t hi = rng.next();
        const std::uint64_t r = (hi << 32u) | rng.next();
        if (r >= threshold) return r % n;
    }
}

}  // namespace ctnn
