// expm1(x) = e^x - 1: within 1 ulp of the correctly rounded value over the whole range, also
// near 0 where exp(x) - 1 cancels; the same code at compile time and run time.
//
// Expected values are the correctly rounded results, from mpmath at 400 bits unless a comment
// names another source:
//   python3 -c "from mpmath import mp, mpf, expm1; mp.prec = 400; print(expm1(mpf(x)))"
// rounded to nearest by hand.
#include <ctnn/math/expm1.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "accuracy.hpp"

using ctnn_math_test::same_bits;

TEST_CASE("expm1: keeps the sign of zero and is x for tiny x", "[math][expm1]") {
    STATIC_REQUIRE(same_bits(ctnn::expm1(0.0), 0.0));
    STATIC_REQUIRE(same_bits(ctnn::expm1(-0.0), -0.0));
    STATIC_REQUIRE(same_bits(ctnn::expm1(-0.0f), -0.0f));
    constexpr double tiny = std::numeric_limits<double>::denorm_min();
    STATIC_REQUIRE(ctnn::expm1(tiny) == tiny);
    STATIC_REQUIRE(ctnn::expm1(-tiny) == -tiny);
    STATIC_REQUIRE(ctnn::expm1(0x1p-60) == 0x1p-60);  // x + x^2/2, x^2/2 below half an ulp
}

TEST_CASE("expm1: gives the correctly rounded value of well-known constants", "[math][expm1]") {
    STATIC_REQUIRE(ctnn::expm1(1.0) == 0x1.b7e151628aed3p+0);    // e - 1
    STATIC_REQUIRE(ctnn::expm1(-1.0) == -0x1.43a54e4e98864p-1);  // 1/e - 1
    STATIC_REQUIRE(ctnn::expm1(0x1.62e42fefa39efp-1) == 1.0);    // fl(ln 2): 1 - 4.6e-17
    STATIC_REQUIRE(ctnn::expm1(0.1) == 0x1.aec7b35a00d3ap-4);
    // Near 0, where exp(x) - 1 would keep only a few correct bits.
    STATIC_REQUIRE(ctnn::expm1(0x1p-30) == 0x1.0000000200000p-30);
    STATIC_REQUIRE(ctnn::expm1(1e-10) == 0x1.b7cdfd9dda4e3p-34);
    STATIC_REQUIRE(ctnn::expm1(-1e-10) == -0x1.b7cdfd9d1d693p-34);

    STATIC_REQUIRE(ctnn::expm1(1.0f) == 0x1.b7e152p+0f);
    STATIC_REQUIRE(ctnn::expm1(-1.0f) == -0x1.43a54ep-1f);
    STATIC_REQUIRE(ctnn::expm1(0.1f) == 0x1.aec7b4p-4f);
}

TEST_CASE("expm1: overflows to +inf like exp and saturates at -1", "[math][expm1]") {
    constexpr double inf = std::numeric_limits<double>::infinity();
    STATIC_REQUIRE(ctnn::expm1(0x1.62e42fefa39efp+9) == 0x1.fffffffffff2ap+1023);
    STATIC_REQUIRE(ctnn::expm1(0x1.62e42fefa39f0p+9) == inf);
    STATIC_REQUIRE(ctnn::expm1(-37.0) == -0x1.fffffffffffffp-1);  // -1 + 8.5e-17
    STATIC_REQUIRE(ctnn::expm1(-38.0) == -1.0);                   // -1 + 3.1e-17 rounds to -1
    STATIC_REQUIRE(ctnn::expm1(-1000.0) == -1.0);
    STATIC_REQUIRE(ctnn::expm1(0x1.62e42ep+6f) == 0x1.ffff08p+127f);
    STATIC_REQUIRE(ctnn::expm1(0x1.62e430p+6f) == std::numeric_limits<float>::infinity());
}

TEST_CASE("expm1: maps NaN to NaN, +inf to +inf and -inf to -1", "[math][expm1]") {
    constexpr double inf = std::numeric_limits<double>::infinity();
    STATIC_REQUIRE(ctnn::is_nan(ctnn::expm1(std::numeric_limits<double>::quiet_NaN())));
    STATIC_REQUIRE(ctnn::expm1(inf) == inf);
    STATIC_REQUIRE(ctnn::expm1(-inf) == -1.0);
    STATIC_REQUIRE(ctnn::is_nan(ctnn::expm1(std::numeric_limits<float>::quiet_NaN())));
    STATIC_REQUIRE(ctnn::expm1(-std::numeric_limits<float>::infinity()) == -1.0f);
}

TEST_CASE("expm1: for double is within 1 ulp of glibc on a million inputs", "[math][expm1]") {
    std::vector<double> edges = ctnn_math_test::common_edges<double>();
    for (const double x : {0x1.62e42fefa39efp+9, 0x1.62e42fefa39f0p+9, 709.0, -38.0, -37.0,
                           0x1.62e42fefa39efp-4, -0x1.62e42fefa39efp-4, 0x1p-54, -0x1p-54}) {
        edges.push_back(x);
        edges.push_back(std::nextafter(x, -1000.0));
        edges.push_back(std::nextafter(x, 1000.0));
    }
    const std::vector<double> inputs = ctnn_math_test::make_inputs<double>(edges,
                                                                           {{-40.0, 710.0, 200'000},
                                                                            {-1.0, 1.0, 200'000},
                                                                            {-0.1, 0.1, 200'000},
                                                                            {-1e-6, 1e-6, 100'000}},
                                                                           300'000, 20240619);
    const auto accuracy = ctnn_math_test::compare_with_glibc(
        "expm1<double>", inputs, [](double x) { return ctnn::expm1(x); },
        [](double x) { return std::expm1(x); },
        [](double x) { return std::expm1(static_cast<long double>(x)); });
    REQUIRE(accuracy.inputs >= 1'000'000);
    REQUIRE(accuracy.max_ulps <= 1);
    REQUIRE(accuracy.max_error < 0.52);  // the correctly rounded result would give 0.5
}

TEST_CASE("expm1: for float is within 1 ulp of glibc on a million inputs", "[math][expm1]") {
    const std::vector<float> inputs =
        ctnn_math_test::make_inputs<float>(ctnn_math_test::common_edges<float>(),
                                           {{-20.0, 89.0, 200'000},
                                            {-1.0, 1.0, 200'000},
                                            {-0.1, 0.1, 200'000},
                                            {-1e-6, 1e-6, 100'000}},
                                           300'000, 20240620);
    const auto accuracy = ctnn_math_test::compare_with_glibc(
        "expm1<float>", inputs, [](float x) { return ctnn::expm1(x); },
        [](float x) { return std::expm1(x); },
        [](float x) { return std::expm1(static_cast<double>(x)); });
    REQUIRE(accuracy.inputs >= 1'000'000);
    REQUIRE(accuracy.max_ulps <= 1);
    REQUIRE(accuracy.max_error < 0.501);
}

TEST_CASE("expm1: its quick phase agrees with the double-double evaluation on 10^6 arguments",
          "[math][expm1]") {
    auto accurate = [](double x) {
        const ctnn::detail::double_double e = ctnn::detail::expm1_double_double(x);
        return e.hi + e.lo;
    };
    REQUIRE(ctnn_math_test::quick_phase_disagreements(142, {-0.68, 1.0}, {-0.68, 35.0},
                                                      ctnn::detail::expm1_double, accurate) == 0);
}
