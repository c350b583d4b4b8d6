// cos(x): within 1 ulp for |x| <= 2^20, NaN beyond; the same code at compile time and run time.
//
// Expected values are the correctly rounded cosines, from mpmath (python3-mpmath) at 300 bits:
//   mp.prec = 300; print(float(mpmath.cos(mpf(x))).hex())
// glibc's std::cos returns the same bits for every double in the tables below.
#include <ctnn/math/cos.hpp>

#include <catch2/catch.hpp>

#include <bit>
#include <cmath>
#include <cstdint>
#include <iostream>
#include <limits>

namespace {

/// The position of x on the line of doubles: consecutive doubles differ by 1, +0 and -0 are 0.
constexpr std::int64_t ordinal(double x) {
    const auto bits = std::bit_cast<std::int64_t>(x);
    return bits < 0 ? std::numeric_limits<std::int64_t>::min() - bits : bits;
}
constexpr std::int32_t ordinal(float x) {
    const auto bits = std::bit_cast<std::int32_t>(x);
    return bits < 0 ? std::numeric_limits<std::int32_t>::min() - bits : bits;
}

/// How many ulps apart a and b are (0 when equal).
template <class T>
constexpr std::int64_t ulps_apart(T a, T b) {
    const std::int64_t d = std::int64_t{ordinal(a)} - std::int64_t{ordinal(b)};
    return d < 0 ? -d : d;
}

struct Case {
    double x;
    double expected;
};

// clang-format off
constexpr Case table[] = {
    {1.0,                        0x1.14a280fb5068cp-1},
    {0.5,                        0x1.c1528065b7d50p-1},
    {-2.0,                      -0x1.aa22657537205p-2},
    {3.0,                       -0x1.fae04be85e5d2p-1},
    {10.0,                      -0x1.ad9ac890c6b1fp-1},
    {100.0,                      0x1.b981dbf665fdfp-1},
    {1e5,                       -0x1.ffac3841b3da7p-1},
    {0x1p20,                     0x1.e33ada92fe2aep-1},   // the end of the range
    {0x1.921fb54442d18p-1,       0x1.6a09e667f3bcdp-1},   // π/4 rounded: sqrt(1/2)
    {0x1.921fb54442d18p+0,       0x1.1a62633145c07p-54},  // π/2 rounded: π/2 - fl(π/2)
    {-0x1.2d97c7f3321d2p+2,     -0x1.a79394c9e8a0ap-53},  // -3π/2 rounded
    // The doubles closest to an odd multiple of π/2 for |x| <= 2^20, found by trying every
    // multiple: the reduction must keep about 60 more bits than a double has.
    {0x1.6c6cbc45dc8dep+5,      -0x1.6d61b58c99c43p-61},  // 29 π/2, 6e-19 away
    {0x1.39c6fd67805a7p+18,     -0x1.988efe18ff83fp-55},  // 204551 π/2, 4e-17 away
};
// clang-format on

constexpr bool table_within_one_ulp() {
    for (const Case& c : table) {
        if (ulps_apart(ctnn::cos(c.x), c.expected) > 1) return false;
    }
    return true;
}

}  // namespace

TEST_CASE("cos: is exact where the cosine is representable", "[math][cos]") {
    STATIC_REQUIRE(ctnn::cos(0.0) == 1.0);
    STATIC_REQUIRE(ctnn::cos(-0.0) == 1.0);
    STATIC_REQUIRE(ctnn::cos(0x1p-30) == 1.0);  // 1 - 2^-61 rounds to 1
    STATIC_REQUIRE(ctnn::cos(0.0f) == 1.0f);
    // cos(fl(π)) = -1 + 7.5e-33, which rounds to -1.
    STATIC_REQUIRE(ctnn::cos(0x1.921fb54442d18p+1) == -1.0);
    STATIC_REQUIRE(ctnn::cos(-0x1.921fb54442d18p+1) == -1.0);
    // cos(1) to the last bit, the value the brief quotes.
    STATIC_REQUIRE(ctnn::cos(1.0) == 0x1.14a280fb5068cp-1);
}

TEST_CASE("cos: is within 1 ulp of the correctly rounded value on a table of hard cases",
          "[math][cos]") {
    STATIC_REQUIRE(table_within_one_ulp());
    // The closest call: cos(29 π/2 rounded) is -6.2e-19, not 0 and not 1e-16 (a two-part
    // reduction gives the latter); here the result must be the exact one.
    STATIC_REQUIRE(ulps_apart(ctnn::cos(0x1.6c6cbc45dc8dep+5), -0x1.6d61b58c99c43p-61) <= 1);
    // An expected value off by 2 ulps is caught.
    STATIC_REQUIRE(ulps_apart(ctnn::cos(10.0), -0x1.ad9ac890c6b21p-1) == 2);
}

TEST_CASE("cos: is even", "[math][cos]") {
    STATIC_REQUIRE(ctnn::cos(-1.0) == ctnn::cos(1.0));
    STATIC_REQUIRE(ctnn::cos(-1e5) == ctnn::cos(1e5));
    STATIC_REQUIRE(ctnn::cos(-0x1.39c6fd67805a7p+18) == ctnn::cos(0x1.39c6fd67805a7p+18));
}

TEST_CASE("cos: for float rounds the double result once, to within 1 ulp", "[math][cos]") {
    // Correctly rounded float cosines (mpmath); 0.1f is 0x1.99999ap-4.
    STATIC_REQUIRE(ulps_apart(ctnn::cos(1.0f), 0x1.14a28p-1f) <= 1);
    STATIC_REQUIRE(ulps_apart(ctnn::cos(0.5f), 0x1.c15280p-1f) <= 1);
    STATIC_REQUIRE(ulps_apart(ctnn::cos(100.0f), 0x1.b981dcp-1f) <= 1);
    STATIC_REQUIRE(ulps_apart(ctnn::cos(0.1f), 0x1.fd7130p-1f) <= 1);
}

TEST_CASE("cos: is NaN for NaN, infinities and beyond |x| = 2^20", "[math][cos]") {
    constexpr double inf = std::numeric_limits<double>::infinity();
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    STATIC_REQUIRE(ctnn::is_nan(ctnn::cos(nan)));
    STATIC_REQUIRE(ctnn::is_nan(ctnn::cos(inf)));
    STATIC_REQUIRE(ctnn::is_nan(ctnn::cos(-inf)));
    STATIC_REQUIRE(ctnn::is_nan(ctnn::cos(0x1.0000000000001p20)));  // the next double past 2^20
    STATIC_REQUIRE(ctnn::is_nan(ctnn::cos(-1e7)));
    STATIC_REQUIRE(ctnn::is_nan(ctnn::cos(1e300)));
    STATIC_REQUIRE(ctnn::is_nan(ctnn::cos(2e6f)));
    STATIC_REQUIRE_FALSE(ctnn::is_nan(ctnn::cos(0x1p20)));  // 2^20 itself is in range
}

TEST_CASE("cos: is within 1 ulp of glibc's std::cos and 0.65 ulp of cosl on two million inputs",
          "[math][cos]") {
    // splitmix64: a fixed, portable stream of uniform doubles in [-1, 1).
    std::uint64_t seed = 20240611;
    auto next_uniform = [&seed] {
        std::uint64_t z = (seed += 0x9e3779b97f4a7c15u);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
        z = z ^ (z >> 31);
        return static_cast<double>(z >> 11) * 0x1p-52 - 1.0;
    };
    struct Range {
        double half_width;
        int count;
    };
    constexpr Range ranges[] = {{4.0, 500'000}, {1e5, 1'000'000}, {0x1p20, 500'000}};

    // Two references: glibc's cos (nearly always correctly rounded, so whole ulps), and glibc's
    // long double cosl (11 more bits, so the error of ctnn::cos in fractions of an ulp: this is
    // what catches a sub-ulp mistake, such as a dropped correction term, that the first hides).
    std::int64_t max_ulps = 0;
    double max_error = 0.0;  // in ulps of the result
    int differing = 0;
    int inputs = 0;
    for (const Range& range : ranges) {
        for (int i = 0; i < range.count; ++i, ++inputs) {
            const double x = next_uniform() * range.half_width;
            const double ours = ctnn::cos(x);
            const std::int64_t apart = ulps_apart(ours, std::cos(x));
            if (apart > max_ulps) max_ulps = apart;
            if (apart != 0) ++differing;
            const long double reference = std::cos(static_cast<long double>(x));
            const double ulp = std::ldexp(1.0, std::ilogb(static_cast<double>(reference)) - 52);
            const double error = static_cast<double>(std::fabs(ours - reference)) / ulp;
            if (error > max_error) max_error = error;
        }
    }
    std::cout << "cos: over " << inputs << " doubles in [-2^20, 2^20], max " << max_ulps
              << " ulp from glibc std::cos (" << differing << " differ), max " << max_error
              << " ulp from cosl\n";
    REQUIRE(max_ulps <= 1);
    REQUIRE(max_error < 0.65);  // measured 0.587; dropping r.lo's term or the last Taylor
                                // term of sin each give about 0.9

    // float: against glibc's double cosine rounded to float.
    std::int64_t max_float_ulps = 0;
    for (int i = 0; i < 200'000; ++i) {
        const float x = static_cast<float>(next_uniform() * 1e4);
        const float reference = static_cast<float>(std::cos(static_cast<double>(x)));
        const std::int64_t apart = ulps_apart(ctnn::cos(x), reference);
        if (apart > max_float_ulps) max_float_ulps = apart;
    }
    REQUIRE(max_float_ulps <= 1);
}
