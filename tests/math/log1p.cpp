// log1p(x) = log(1 + x): within 1 ulp of the correctly rounded value over the whole range, also
// near 0 where log(1 + x) loses the low bits of x; the same code at compile time and run time.
//
// Expected values are the correctly rounded results, from mpmath at 400 bits unless a comment
// names another source:
//   python3 -c "from mpmath import mp, mpf, log1p; mp.prec = 400; print(log1p(mpf(x)))"
// rounded to nearest by hand.
#include <ctnn/math/log1p.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "accuracy.hpp"

using ctnn_math_test::same_bits;

TEST_CASE("log1p: keeps the sign of zero and is x for tiny x", "[math][log1p]") {
    STATIC_REQUIRE(same_bits(ctnn::log1p(0.0), 0.0));
    STATIC_REQUIRE(same_bits(ctnn::log1p(-0.0), -0.0));
    STATIC_REQUIRE(same_bits(ctnn::log1p(-0.0f), -0.0f));
    constexpr double tiny = std::numeric_limits<double>::denorm_min();
    STATIC_REQUIRE(ctnn::log1p(tiny) == tiny);
    STATIC_REQUIRE(ctnn::log1p(-tiny) == -tiny);
    STATIC_REQUIRE(ctnn::log1p(0x1p-60) == 0x1p-60);  // x - x^2/2, x^2/2 below half an ulp
}

TEST_CASE("log1p: gives the correctly rounded value of well-known constants", "[math][log1p]") {
    STATIC_REQUIRE(ctnn::log1p(1.0) == 0x1.62e42fefa39efp-1);    // ln 2 (OEIS A002162)
    STATIC_REQUIRE(ctnn::log1p(-0.5) == -0x1.62e42fefa39efp-1);  // -ln 2
    STATIC_REQUIRE(ctnn::log1p(0x1.b7e151628aed3p+0) == 1.0);    // log(1 + fl(e - 1)) = 1 - ...
    STATIC_REQUIRE(ctnn::log1p(0.1) == 0x1.8663f793c46c7p-4);
    // Near 0, where log(1 + x) would keep only a few correct bits.
    STATIC_REQUIRE(ctnn::log1p(0x1p-30) == 0x1.fffffffc00000p-31);
    STATIC_REQUIRE(ctnn::log1p(1e-10) == 0x1.b7cdfd9d1d693p-34);
    STATIC_REQUIRE(ctnn::log1p(-1e-10) == -0x1.b7cdfd9dda4e3p-34);
    // Ends of the range: 1 + x rounds (x huge), or is tiny (x near -1).
    STATIC_REQUIRE(ctnn::log1p(std::numeric_limits<double>::max()) == 0x1.62e42fefa39efp+9);
    STATIC_REQUIRE(ctnn::log1p(-0x1.fffffffffffffp-1) == -0x1.25e4f7b2737fap+5);  // -53 ln 2

    STATIC_REQUIRE(ctnn::log1p(1.0f) == 0x1.62e430p-1f);
    STATIC_REQUIRE(ctnn::log1p(0.1f) == 0x1.8663f8p-4f);
}

TEST_CASE("log1p: maps -1 to -inf, below -1 and NaN to NaN, +inf to +inf", "[math][log1p]") {
    constexpr double inf = std::numeric_limits<double>::infinity();
    STATIC_REQUIRE(ctnn::log1p(-1.0) == -inf);
    STATIC_REQUIRE(ctnn::is_nan(ctnn::log1p(-2.0)));
    STATIC_REQUIRE(ctnn::is_nan(ctnn::log1p(-0x1.0000000000001p+0)));  // just below -1
    STATIC_REQUIRE(ctnn::is_nan(ctnn::log1p(-inf)));
    STATIC_REQUIRE(ctnn::is_nan(ctnn::log1p(std::numeric_limits<double>::quiet_NaN())));
    STATIC_REQUIRE(ctnn::log1p(inf) == inf);
    STATIC_REQUIRE(ctnn::log1p(-1.0f) == -std::numeric_limits<float>::infinity());
    STATIC_REQUIRE(ctnn::is_nan(ctnn::log1p(-2.0f)));
}

TEST_CASE("log1p: for double is within 1 ulp of glibc on a million inputs", "[math][log1p]") {
    std::vector<double> edges = ctnn_math_test::common_edges<double>();
    for (const double x : {-0x1.53f391822dbc7p-4, 0x1.72b83c7d517aep-4, 0x1p-54, -0x1p-54,
                           -0x1.fffffffffffffp-1, 0x1p53, -0.5}) {
        edges.push_back(x);
        edges.push_back(std::nextafter(x, -1.0));
        edges.push_back(std::nextafter(x, 10.0));
    }
    const std::vector<double> inputs = ctnn_math_test::make_inputs<double>(
        edges,
        {{-1.0, 10.0, 200'000}, {-1.0, 1.0, 200'000}, {-0.1, 0.1, 200'000}, {-1e-6, 1e-6, 100'000}},
        300'000, 20240621);
    const auto accuracy = ctnn_math_test::compare_with_glibc(
        "log1p<double>", inputs, [](double x) { return ctnn::log1p(x); },
        [](double x) { return std::log1p(x); },
        [](double x) { return std::log1p(static_cast<long double>(x)); });
    REQUIRE(accuracy.inputs >= 1'000'000);
    REQUIRE(accuracy.max_ulps <= 1);
    REQUIRE(accuracy.max_error < 0.52);  // the correctly rounded result would give 0.5
}

TEST_CASE("log1p: for float is within 1 ulp of glibc on a million inputs", "[math][log1p]") {
    const std::vector<float> inputs = ctnn_math_test::make_inputs<float>(
        ctnn_math_test::common_edges<float>(),
        {{-1.0, 10.0, 200'000}, {-1.0, 1.0, 200'000}, {-0.1, 0.1, 200'000}, {-1e-6, 1e-6, 100'000}},
        300'000, 20240622);
    const auto accuracy = ctnn_math_test::compare_with_glibc(
        "log1p<float>", inputs, [](float x) { return ctnn::log1p(x); },
        [](float x) { return std::log1p(x); },
        [](float x) { return std::log1p(static_cast<double>(x)); });
    REQUIRE(accuracy.inputs >= 1'000'000);
    REQUIRE(accuracy.max_ulps <= 1);
    REQUIRE(accuracy.max_error < 0.501);
}
