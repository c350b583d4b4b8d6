// log(x): within 1 ulp of the correctly rounded value over the whole range; the same code at
// compile time and run time.
//
// Expected values are the correctly rounded results, from mpmath at 400 bits unless a comment
// names another source:
//   python3 -c "from mpmath import mp, mpf, log; mp.prec = 400; print(log(mpf(x)))"
// rounded to nearest by hand.
#include <ctnn/math/log.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "accuracy.hpp"

using ctnn_math_test::same_bits;

TEST_CASE("log: is exact where the logarithm is representable", "[math][log]") {
    STATIC_REQUIRE(same_bits(ctnn::log(1.0), 0.0));  // log 1 = +0
    STATIC_REQUIRE(same_bits(ctnn::log(1.0f), 0.0f));
    STATIC_REQUIRE(ctnn::log(0x1.0000000000001p+0) == 0x1.fffffffffffffp-53);  // 2^-52 - 2^-105
    STATIC_REQUIRE(ctnn::log(0x1.fffffffffffffp-1) == -0x1p-53);               // -2^-53 - 2^-107
}

TEST_CASE("log: gives the correctly rounded value of well-known constants", "[math][log]") {
    STATIC_REQUIRE(ctnn::log(2.0) == 0x1.62e42fefa39efp-1);   // ln 2 (OEIS A002162)
    STATIC_REQUIRE(ctnn::log(0.5) == -0x1.62e42fefa39efp-1);  // -ln 2
    STATIC_REQUIRE(ctnn::log(10.0) == 0x1.26bb1bbb55516p+1);  // ln 10 (OEIS A002392)
    STATIC_REQUIRE(ctnn::log(3.0) == 0x1.193ea7aad030bp+0);   // ln 3
    STATIC_REQUIRE(ctnn::log(0x1.5bf0a8b145769p+1) == 1.0);   // log(fl(e)) = 1 - 1.6e-17
    // Either side of the reduction boundary sqrt(2) = 0x1.6a09e667f3bcdp+0 (log = ln2/2 - ...).
    STATIC_REQUIRE(ctnn::log(0x1.6a09e667f3bcdp+0) == 0x1.62e42fefa39f0p-2);
    STATIC_REQUIRE(ctnn::log(0x1.6a09e667f3bccp+0) == 0x1.62e42fefa39eep-2);

    STATIC_REQUIRE(ctnn::log(2.0f) == 0x1.62e430p-1f);
    STATIC_REQUIRE(ctnn::log(10.0f) == 0x1.26bb1cp+1f);
    STATIC_REQUIRE(ctnn::log(0x1.5bf0a8p+1f) == 0x1.fffffep-1f);  // e rounded to float
}

TEST_CASE("log: is exact at the ends of the range, subnormals included", "[math][log]") {
    using limits = std::numeric_limits<double>;
    STATIC_REQUIRE(ctnn::log(limits::max()) == 0x1.62e42fefa39efp+9);          // 709.78...
    STATIC_REQUIRE(ctnn::log(limits::min()) == -0x1.6232bdd7abcd2p+9);         // -1022 ln 2
    STATIC_REQUIRE(ctnn::log(limits::denorm_min()) == -0x1.74385446d71c3p+9);  // -1074 ln 2
    STATIC_REQUIRE(ctnn::log(1e-300) == -0x1.5963447f87fb5p+9);
    STATIC_REQUIRE(ctnn::log(std::numeric_limits<float>::denorm_min()) == -0x1.9d1da0p+6f);
    STATIC_REQUIRE(ctnn::log(std::numeric_limits<float>::max()) == 0x1.62e430p+6f);
}

TEST_CASE("log: maps 0 to -inf, negatives and NaN to NaN, +inf to +inf", "[math][log]") {
    constexpr double inf = std::numeric_limits<double>::infinity();
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    STATIC_REQUIRE(ctnn::log(0.0) == -inf);
    STATIC_REQUIRE(ctnn::log(-0.0) == -inf);
    STATIC_REQUIRE(ctnn::is_nan(ctnn::log(-1.0)));
    STATIC_REQUIRE(ctnn::is_nan(ctnn::log(-std::numeric_limits<double>::denorm_min())));
    STATIC_REQUIRE(ctnn::is_nan(ctnn::log(-inf)));
    STATIC_REQUIRE(ctnn::is_nan(ctnn::log(nan)));
    STATIC_REQUIRE(ctnn::log(inf) == inf);
    STATIC_REQUIRE(ctnn::log(0.0f) == -std::numeric_limits<float>::infinity());
    STATIC_REQUIRE(ctnn::is_nan(ctnn::log(-1.0f)));
    STATIC_REQUIRE(ctnn::is_nan(ctnn::log(std::numeric_limits<float>::quiet_NaN())));
}

TEST_CASE("log: for double is within 1 ulp of glibc on a million inputs", "[math][log]") {
    std::vector<double> edges = ctnn_math_test::common_edges<double>();
    for (const double x :
         {0x1.6a09e667f3bcdp+0, 0x1.6a09e667f3bcdp-1, 2.0, 0.5, 0x1.5bf0a8b145769p+1}) {
        edges.push_back(x);
        edges.push_back(std::nextafter(x, 0.0));
        edges.push_back(std::nextafter(x, 10.0));
    }
    const std::vector<double> inputs = ctnn_math_test::make_inputs<double>(
        edges, {{0.0, 10.0, 200'000}, {0.5, 2.0, 200'000}, {0.999, 1.001, 200'000}}, 400'000,
        20240613);
    const auto accuracy = ctnn_math_test::compare_with_glibc(
        "log<double>", inputs, [](double x) { return ctnn::log(x); },
        [](double x) { return std::log(x); },
        [](double x) { return std::log(static_cast<long double>(x)); });
    REQUIRE(accuracy.inputs >= 1'000'000);
    REQUIRE(accuracy.max_ulps <= 1);
    REQUIRE(accuracy.max_error < 0.52);  // the correctly rounded result would give 0.5
}

TEST_CASE("log: for float is within 1 ulp of glibc on a million inputs", "[math][log]") {
    const std::vector<float> inputs = ctnn_math_test::make_inputs<float>(
        ctnn_math_test::common_edges<float>(),
        {{0.0, 10.0, 200'000}, {0.5, 2.0, 200'000}, {0.999, 1.001, 200'000}}, 400'000, 20240614);
    const auto accuracy = ctnn_math_test::compare_with_glibc(
        "log<float>", inputs, [](float x) { return ctnn::log(x); },
        [](float x) { return std::log(x); },
        [](float x) { return std::log(static_cast<double>(x)); });
    REQUIRE(accuracy.inputs >= 1'000'000);
    REQUIRE(accuracy.max_ulps <= 1);
    REQUIRE(accuracy.max_error < 0.501);
}
