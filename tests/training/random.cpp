#include <ctnn/math/is_close.hpp>
#include <ctnn/math/sqrt.hpp>
#include <ctnn/testing/bits.hpp>
#include <ctnn/training/random.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <cstdint>
#include <random>

using namespace ctnn;

namespace {

// The reference: pcg-c's pcg32-demo (github.com/imneme/pcg-c-basic/pcg32-demo.c; its output is
// pinned in github.com/imneme/pcg-c, test-high/expected/check-pcg32.out, "Round 1"). After
// pcg32_srandom_r(&rng, 42u, 54u) it prints six pcg32_random_r, then 65 coins
// (pcg32_boundedrand_r(&rng, 2), 1 printed H), then 33 dice (pcg32_boundedrand_r(&rng, 6) + 1).
constexpr std::uint32_t demo_32bit[6] = {0xa15c02b7, 0x7b47f409, 0xba1d3330,
                                         0x83d2f293, 0xbfa4784b, 0xcbed606e};
constexpr char demo_coins[] = "HHTTTHTHHHTHTTTHHHHHTTTHHHTHTHTHTTHTTTHHHHHHTTTTHHTTTTTHTTTTTTTHT";
constexpr int demo_rolls[33] = {3, 4, 1, 1, 2, 2, 3, 2, 4, 3, 2, 4, 3, 3, 5, 2, 3,
                                1, 3, 1, 5, 1, 4, 1, 5, 6, 4, 6, 6, 2, 6, 3, 3};

struct Draws {
    std::uint32_t bits[4];
    double uniform_double[8];
    float uniform_float[8];
    double uniform_between[8];
    double normal[8];
    std::uint64_t index[8];
};

// A little of everything random.hpp offers, from one seed.
constexpr Draws draw_everything(std::uint64_t seed) {
    Pcg32 rng{seed};
    Draws d{};
    for (auto& x : d.bits) x = rng.next();
    for (auto& x : d.uniform_double) x = uniform(rng);
    for (auto& x : d.uniform_float) x = uniform<float>(rng);
    for (auto& x : d.uniform_between) x = uniform(rng, -0.3, 0.7);
    for (auto& x : d.normal) x = normal(rng, 1.5, 2.0);
    for (std::size_t k = 0; k < 8; ++k) d.index[k] = uniform_index(rng, 10 + k * 1000003);
    return d;
}

}  // namespace

TEST_CASE("Pcg32: reproduces pcg32-demo's numbers for seed 42, stream 54", "[training][random]") {
    constexpr auto first_six = [] {
        Pcg32 rng{42u, 54u};
        struct {
            std::uint32_t value[6];
        } result{};
        for (auto& x : result.value) x = rng.next();
        return result;
    }();
    STATIC_REQUIRE(first_six.value[0] == demo_32bit[0]);
    STATIC_REQUIRE(first_six.value[1] == demo_32bit[1]);
    STATIC_REQUIRE(first_six.value[2] == demo_32bit[2]);
    STATIC_REQUIRE(first_six.value[3] == demo_32bit[3]);
    STATIC_REQUIRE(first_six.value[4] == demo_32bit[4]);
    STATIC_REQUIRE(first_six.value[5] == demo_32bit[5]);
}

TEST_CASE("uniform_index: reproduces pcg32-demo's coin tosses and dice rolls",
          "[training][random]") {
    constexpr bool coins_and_rolls_match = [] {
        Pcg32 rng{42u, 54u};
        for (int k = 0; k < 6; ++k) rng.next();
        for (int k = 0; k < 65; ++k) {
            const bool heads = uniform_index(rng, 2) == 1;
            if (heads != (demo_coins[k] == 'H')) return false;
        }
        for (int k = 0; k < 33; ++k) {
            if (static_cast<int>(uniform_index(rng, 6)) + 1 != demo_rolls[k]) return false;
        }
        return true;
    }();
    STATIC_REQUIRE(coins_and_rolls_match);
}

TEST_CASE("Pcg32: gives different sequences for different seeds and streams",
          "[training][random]") {
    // Counts the positions among the first 16 outputs where two generators agree; two
    // independent sequences agree at a position with probability 2^-32.
    constexpr auto agreements = [](Pcg32 a, Pcg32 b) {
        int same = 0;
        for (int k = 0; k < 16; ++k) same += a.next() == b.next() ? 1 : 0;
        return same;
    };
    STATIC_REQUIRE(agreements(Pcg32{1}, Pcg32{1}) == 16);
    STATIC_REQUIRE(agreements(Pcg32{1}, Pcg32{2}) == 0);
    STATIC_REQUIRE(agreements(Pcg32{0}, Pcg32{0x1'0000'0000u}) == 0);
    STATIC_REQUIRE(agreements(Pcg32{42, 54}, Pcg32{42, 55}) == 0);
    STATIC_REQUIRE(agreements(Pcg32{42}, Pcg32{42, 54}) == 0);
    STATIC_REQUIRE(Pcg32{7} == Pcg32{7, Pcg32::default_stream});
    STATIC_REQUIRE(!(Pcg32{7} == Pcg32{8}));
}

TEST_CASE("uniform: maps the lowest bits to 0 and the highest to the largest number below 1",
          "[training][random]") {
    STATIC_REQUIRE(detail::unit_interval(0u, 0u) == 0.0);
    STATIC_REQUIRE(detail::unit_interval(0xffff'ffffu, 0xffff'ffffu) == 1.0 - 0x1p-53);
    STATIC_REQUIRE(detail::unit_interval(0x8000'0000u, 0u) == 0.5);
    STATIC_REQUIRE(detail::unit_interval(0u, 0x800u) == 0x1p-53);  // lowest bit that counts
    STATIC_REQUIRE(detail::unit_interval(0u, 0x7ffu) == 0.0);      // the 11 dropped bits
    STATIC_REQUIRE(detail::unit_interval(0u) == 0.0f);
    STATIC_REQUIRE(detail::unit_interval(0xffff'ffffu) == 1.0f - 0x1p-24f);
    STATIC_REQUIRE(detail::unit_interval(0x100u) == 0x1p-24f);
    STATIC_REQUIRE(detail::unit_interval(0xffu) == 0.0f);
}

TEST_CASE("uniform: stays in [0, 1) and in [a, b]", "[training][random]") {
    constexpr bool in_range = [] {
        Pcg32 rng{2024};
        for (int k = 0; k < 100; ++k) {
            const double u = uniform(rng);
            const float f = uniform<float>(rng);
            const double x = uniform(rng, -0.25, 0.5);
            if (!(0.0 <= u && u < 1.0) || !(0.0f <= f && f < 1.0f)) return false;
            if (!(-0.25 <= x && x <= 0.5)) return false;
        }
        return true;
    }();
    STATIC_REQUIRE(in_range);
}

TEST_CASE("uniform: averages 1/2 within 4 standard errors over 10^4 draws", "[training][random]") {
    // U(0, 1) has variance 1/12, so the mean of n draws has standard error sqrt(1/(12 n)).
    constexpr int n = 10'000;
    Pcg32 rng{12345};
    double sum = 0.0;
    float sum_float = 0.0f;
    int outside = 0;
    for (int k = 0; k < n; ++k) {
        const double u = uniform(rng);
        const float f = uniform<float>(rng);
        outside += (0.0 <= u && u < 1.0) && (0.0f <= f && f < 1.0f) ? 0 : 1;
        sum += u;
        sum_float += f;
    }
    CHECK(outside == 0);
    const double standard_error = ctnn::sqrt(1.0 / (12.0 * n));
    CHECK(is_close(sum / n, 0.5, 4 * standard_error));
    CHECK(is_close(double(sum_float) / n, 0.5, 4 * standard_error));
}

TEST_CASE("normal: has the mean, variance and shape of N(mean, stddev^2) over 10^5 draws",
          "[training][random]") {
    // With z = (x - mean) / stddev the draws should be standard normal. For n independent
    // N(0, 1) draws (all bounds are 4 standard errors, a false alarm about once in 16000 runs):
    //  - the sample mean has standard error 1 / sqrt(n);
    //  - the sample variance s^2 has variance (mu_4 - 1) / n = 2 / n (mu_4 = E z^4 = 3);
    //  - the mean of z^4 has variance (E z^8 - 9) / n = (105 - 9) / n = 96 / n: pins the
    //    normal's tails (a uniform with the same variance has E z^4 = 1.8);
    //  - the fraction with |z| < 1 is Binomial(n, p) / n with p = erf(1/sqrt2) = 0.682689...,
    //    standard error sqrt(p (1 - p) / n).
    constexpr int n = 100'000;
    constexpr double mean = 1.5;
    constexpr double stddev = 2.0;
    Pcg32 rng{777};
    double sum = 0.0, sum_squares = 0.0, sum_fourth = 0.0;
    int within_one = 0;
    for (int k = 0; k < n; ++k) {
        const double z = (normal(rng, mean, stddev) - mean) / stddev;
        sum += z;
        sum_squares += z * z;
        sum_fourth += z * z * z * z;
        within_one += (-1.0 < z && z < 1.0) ? 1 : 0;
    }
    const double sample_mean = sum / n;
    const double sample_variance = (sum_squares - n * sample_mean * sample_mean) / (n - 1);
    const double p = 0.6826894921370859;
    CHECK(is_close(sample_mean, 0.0, 4 * ctnn::sqrt(1.0 / n)));
    CHECK(is_close(sample_variance, 1.0, 4 * ctnn::sqrt(2.0 / n)));
    CHECK(is_close(sum_fourth / n, 3.0, 4 * ctnn::sqrt(96.0 / n)));
    CHECK(is_close(double(within_one) / n, p, 4 * ctnn::sqrt(p * (1 - p) / n)));

    // float: the same checks on fewer draws.
    constexpr int m = 20'000;
    double sum_float = 0.0, sum_squares_float = 0.0;
    for (int k = 0; k < m; ++k) {
        const double z = normal(rng, 0.0f, 1.0f);
        sum_float += z;
        sum_squares_float += z * z;
    }
    CHECK(is_close(sum_float / m, 0.0, 4 * ctnn::sqrt(1.0 / m)));
    CHECK(is_close(sum_squares_float / m, 1.0, 4 * ctnn::sqrt(2.0 / m)));
}

TEST_CASE("uniform_index: stays in [0, n)", "[training][random]") {
    constexpr auto all_below = [](std::uint64_t n) {
        Pcg32 rng{n};
        for (int k = 0; k < 50; ++k) {
            if (uniform_index(rng, n) >= n) return false;
        }
        return true;
    };
    STATIC_REQUIRE(all_below(1));
    STATIC_REQUIRE(all_below(2));
    STATIC_REQUIRE(all_below(3));
    STATIC_REQUIRE(all_below(1000));
    STATIC_REQUIRE(all_below(0x8000'0001u));      // rejects almost half of all draws
    STATIC_REQUIRE(all_below(0xffff'ffffu));      // the largest 32-bit bound
    STATIC_REQUIRE(all_below(0x1'0000'0000u));    // the first 64-bit bound
    STATIC_REQUIRE(all_below(0x100'0000'0003u));  // 2^40 + 3
    // The 64-bit path uses the high bits: of 50 draws below 2^40 + 3, some exceed 2^32
    // (each does with probability 1 - 2^-8).
    constexpr bool reaches_high_bits = [] {
        Pcg32 rng{5};
        for (int k = 0; k < 50; ++k) {
            if (uniform_index(rng, 0x100'0000'0003u) > 0xffff'ffffu) return true;
        }
        return false;
    }();
    STATIC_REQUIRE(reaches_high_bits);
    STATIC_REQUIRE([] {
        Pcg32 rng{9};
        return uniform_index(rng, 1) == 0;
    }());
}

TEST_CASE("uniform_index: gives each of 3 values a third of the time over 3·10^4 draws",
          "[training][random]") {
    // Each count is Binomial(n, 1/3): mean n/3, standard deviation sqrt(n (1/3)(2/3)).
    constexpr int n = 30'000;
    Pcg32 rng{31337};
    int count[3] = {};
    int outside = 0;
    for (int k = 0; k < n; ++k) {
        const std::uint64_t i = uniform_index(rng, 3);
        if (i < 3) {
            ++count[i];
        } else {
            ++outside;
        }
    }
    CHECK(outside == 0);
    const double sigma = ctnn::sqrt(n * (1.0 / 3.0) * (2.0 / 3.0));
    CHECK(is_close(double(count[0]), n / 3.0, 4 * sigma));
    CHECK(is_close(double(count[1]), n / 3.0, 4 * sigma));
    CHECK(is_close(double(count[2]), n / 3.0, 4 * sigma));
}

TEST_CASE("Pcg32: gives the same draws at compile time and at run time", "[training][random]") {
    constexpr Draws by_compiler = draw_everything(2718);

    volatile std::uint64_t hidden_seed = 2718;
    const Draws by_program = draw_everything(hidden_seed);

    using testing::same_bits;
    for (std::size_t k = 0; k < 4; ++k) CHECK(by_program.bits[k] == by_compiler.bits[k]);
    for (std::size_t k = 0; k < 8; ++k) {
        CHECK(same_bits(by_program.uniform_double[k], by_compiler.uniform_double[k]));
        CHECK(same_bits(by_program.uniform_float[k], by_compiler.uniform_float[k]));
        CHECK(same_bits(by_program.uniform_between[k], by_compiler.uniform_between[k]));
        CHECK(same_bits(by_program.normal[k], by_compiler.normal[k]));
        CHECK(by_program.index[k] == by_compiler.index[k]);
    }
}

static_assert(std::uniform_random_bit_generator<ctnn::Pcg32>);
