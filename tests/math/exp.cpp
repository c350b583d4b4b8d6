// exp(x): within 1 ulp of the correctly rounded value over the whole range; the same code at
// compile time and run time.
//
// Expected values are the correctly rounded results, from mpmath at 400 bits unless a comment
// names another source:
//   python3 -c "from mpmath import mp, mpf, exp; mp.prec = 400; print(exp(mpf(x)))"
// rounded to nearest by hand (exact integer arithmetic, so subnormals round once).
#include <ctnn/math/exp.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "accuracy.hpp"

using ctnn_math_test::same_bits;
using ctnn_math_test::ulps_apart;

TEST_CASE("exp: its table of 2^(j/128) agrees with the quarter powers of 2 and squares up",
          "[math][exp]") {
    using ctnn::detail::pow2_128ths;
    using ctnn::detail::pow2_quarter;
    // The quarter powers were computed separately (to 100 digits): the same entries.
    for (int j = 1; j < 4; ++j) {
        CHECK(pow2_128ths[32 * j].hi == pow2_quarter(j).hi);
        CHECK(pow2_128ths[32 * j].lo == pow2_quarter(j).lo);
    }
    // (2^(j/128))^2 = 2^(2j/128): each entry squared in double-double, within 2^-100.
    for (int j = 0; j < 64; ++j) {
        const ctnn::detail::double_double t = pow2_128ths[j];
        double square_hi, square_lo;
        ctnn::detail::two_prod(t.hi, t.hi, square_hi, square_lo);
        const double difference = (square_hi - pow2_128ths[2 * j].hi) +
                                  (square_lo + 2.0 * t.hi * t.lo - pow2_128ths[2 * j].lo);
        CHECK(std::abs(difference) < 0x1p-100);
    }
}

TEST_CASE("exp: is exact where e^x rounds to a representable identity", "[math][exp]") {
    STATIC_REQUIRE(ctnn::exp(0.0) == 1.0);
    STATIC_REQUIRE(ctnn::exp(-0.0) == 1.0);
    STATIC_REQUIRE(ctnn::exp(0.0f) == 1.0f);
    STATIC_REQUIRE(ctnn::exp(0x1p-60) == 1.0);                    // 1 + 2^-60 rounds to 1
    STATIC_REQUIRE(ctnn::exp(-0x1p-60) == 1.0);                   // 1 - 2^-60 rounds to 1
    STATIC_REQUIRE(ctnn::exp(-0x1p-53) == 0x1.fffffffffffffp-1);  // 1 - 2^-53 + 2^-107
    STATIC_REQUIRE(ctnn::exp(0x1p-30f) == 1.0f);                  // 1 + 2^-30 rounds to 1
}

TEST_CASE("exp: gives the correctly rounded value of well-known constants", "[math][exp]") {
    STATIC_REQUIRE(ctnn::exp(1.0) == 0x1.5bf0a8b145769p+1);    // e (OEIS A001113)
    STATIC_REQUIRE(ctnn::exp(-1.0) == 0x1.78b56362cef38p-2);   // 1/e (OEIS A068985), numpy's
    STATIC_REQUIRE(ctnn::exp(-1.0) == 0.36787944117144233);    // the same, as numpy prints it
    STATIC_REQUIRE(ctnn::exp(0.5) == 0x1.a61298e1e069cp+0);    // sqrt(e)
    STATIC_REQUIRE(ctnn::exp(2.0) == 0x1.d8e64b8d4ddaep+2);    // e^2
    STATIC_REQUIRE(ctnn::exp(10.0) == 0x1.5829dcf950560p+14);  // e^10
    STATIC_REQUIRE(ctnn::exp(-10.0) == 0x1.7cd79b5647c9bp-15);
    STATIC_REQUIRE(ctnn::exp(100.0) == 0x1.3494a9b171bf5p+144);
    // fl(ln 2) = ln 2 - 2.3e-17, so e^fl(ln 2) = 2 (1 - 2.3e-17), which rounds to 2.
    STATIC_REQUIRE(ctnn::exp(0x1.62e42fefa39efp-1) == 2.0);

    STATIC_REQUIRE(ctnn::exp(1.0f) == 0x1.5bf0a8p+1f);  // e, rounded to float
    STATIC_REQUIRE(ctnn::exp(-1.0f) == 0x1.78b564p-2f);
    STATIC_REQUIRE(ctnn::exp(0.5f) == 0x1.a61298p+0f);
}

TEST_CASE("exp: overflows to +inf and underflows through subnormals to 0 at the IEEE thresholds",
          "[math][exp]") {
    constexpr double inf = std::numeric_limits<double>::infinity();
    // The largest x with a finite e^x, 709.782712893384, and the next double.
    STATIC_REQUIRE(ctnn::exp(0x1.62e42fefa39efp+9) == 0x1.fffffffffff2ap+1023);
    STATIC_REQUIRE(ctnn::exp(0x1.62e42fefa39f0p+9) == inf);
    STATIC_REQUIRE(ctnn::exp(1000.0) == inf);
    STATIC_REQUIRE(ctnn::exp(std::numeric_limits<double>::max()) == inf);
    // e^x = 2^-1022 (1 + 2^-46): the smallest normal, nearly.
    STATIC_REQUIRE(ctnn::exp(-0x1.6232bdd7abcd2p+9) == 0x1.000000000007cp-1022);
    // Subnormal results, rounded once at the subnormal position.
    STATIC_REQUIRE(ctnn::exp(-740.0) == 0x0.0000000000055p-1022);
    STATIC_REQUIRE(ctnn::exp(-0x1.74910d52d3051p+9) == 0x0.0000000000001p-1022);  // > 2^-1075
    STATIC_REQUIRE(same_bits(ctnn::exp(-0x1.74910d52d3052p+9), 0.0));             // < 2^-1075
    STATIC_REQUIRE(same_bits(ctnn::exp(-1000.0), 0.0));

    constexpr float inf_f = std::numeric_limits<float>::infinity();
    STATIC_REQUIRE(ctnn::exp(0x1.62e42ep+6f) == 0x1.ffff08p+127f);  // largest finite: 88.72283
    STATIC_REQUIRE(ctnn::exp(0x1.62e430p+6f) == inf_f);
    STATIC_REQUIRE(ctnn::exp(-0x1.9fe368p+6f) == 0x1p-149f);      // 2^-150 (1 + 2.7e-6) rounds up
    STATIC_REQUIRE(same_bits(ctnn::exp(-0x1.9fe36ap+6f), 0.0f));  // just below 2^-150
}

TEST_CASE("exp: maps NaN to NaN, +inf to +inf and -inf to +0", "[math][exp]") {
    constexpr double inf = std::numeric_limits<double>::infinity();
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    STATIC_REQUIRE(ctnn::is_nan(ctnn::exp(nan)));
    STATIC_REQUIRE(ctnn::is_nan(ctnn::exp(-nan)));
    STATIC_REQUIRE(ctnn::exp(inf) == inf);
    STATIC_REQUIRE(same_bits(ctnn::exp(-inf), 0.0));
    STATIC_REQUIRE(ctnn::is_nan(ctnn::exp(std::numeric_limits<float>::quiet_NaN())));
    STATIC_REQUIRE(ctnn::exp(std::numeric_limits<float>::infinity()) ==
                   std::numeric_limits<float>::infinity());
    STATIC_REQUIRE(same_bits(ctnn::exp(-std::numeric_limits<float>::infinity()), 0.0f));
}

TEST_CASE("exp: for double is within 1 ulp of glibc on a million inputs", "[math][exp]") {
    std::vector<double> edges = ctnn_math_test::common_edges<double>();
    for (const double x : {0x1.62e42fefa39efp+9, 0x1.62e42fefa39f0p+9, -0x1.74910d52d3051p+9,
                           -0x1.74910d52d3052p+9, -0x1.6232bdd7abcd2p+9, 710.0, -746.0, -745.0,
                           0x1.62e42fefa39efp-2, -0x1.62e42fefa39efp-2, 0x1p-54, -0x1p-54}) {
        edges.push_back(x);
        edges.push_back(std::nextafter(x, -1000.0));
        edges.push_back(std::nextafter(x, 1000.0));
    }
    const std::vector<double> inputs = ctnn_math_test::make_inputs<double>(
        edges, {{-746.0, 710.0, 400'000}, {-1.0, 1.0, 200'000}, {-746.0, -700.0, 100'000}}, 300'000,
        20240611);
    const auto accuracy = ctnn_math_test::compare_with_glibc(
        "exp<double>", inputs, [](double x) { return ctnn::exp(x); },
        [](double x) { return std::exp(x); },
        [](double x) { return std::exp(static_cast<long double>(x)); });
    REQUIRE(accuracy.inputs >= 1'000'000);
    REQUIRE(accuracy.max_ulps <= 1);
    REQUIRE(accuracy.max_error < 0.52);  // the correctly rounded result would give 0.5
}

TEST_CASE("exp: for float is within 1 ulp of glibc on a million inputs", "[math][exp]") {
    std::vector<float> edges = ctnn_math_test::common_edges<float>();
    for (const float x :
         {0x1.62e42ep+6f, 0x1.62e430p+6f, -0x1.9fe368p+6f, -0x1.9fe36ap+6f, -0x1.5d589ep+6f}) {
        edges.push_back(x);
        edges.push_back(std::nextafter(x, -1000.0f));
        edges.push_back(std::nextafter(x, 1000.0f));
    }
    const std::vector<float> inputs = ctnn_math_test::make_inputs<float>(
        edges, {{-104.0, 89.0, 400'000}, {-1.0, 1.0, 200'000}, {-104.0, -87.0, 100'000}}, 300'000,
        20240612);
    const auto accuracy = ctnn_math_test::compare_with_glibc(
        "exp<float>", inputs, [](float x) { return ctnn::exp(x); },
        [](float x) { return std::exp(x); },
        [](float x) { return std::exp(static_cast<double>(x)); });
    REQUIRE(accuracy.inputs >= 1'000'000);
    REQUIRE(accuracy.max_ulps <= 1);
    REQUIRE(accuracy.max_error < 0.501);
}

TEST_CASE("exp: its quick phase agrees with the double-double evaluation on 10^6 arguments",
          "[math][exp]") {
    REQUIRE(ctnn_math_test::quick_phase_disagreements(141, {-20.0, 20.0}, {-707.0, 708.0},
                                                      ctnn::detail::exp_double,
                                                      ctnn::detail::exp_accurate) == 0);
}
