// sqrt(x): correctly rounded over the whole range; the same code at compile time and run time.
//
// Expected values are the correctly rounded results, from mpmath at 400 bits unless a comment
// names another source:
//   python3 -c "from mpmath import mp, mpf, sqrt; mp.prec = 400; print(sqrt(mpf(x)))"
// rounded to nearest by hand.
#include <ctnn/math/sqrt.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "accuracy.hpp"

using ctnn_math_test::same_bits;

TEST_CASE("sqrt: is exact on perfect squares", "[math][sqrt]") {
    STATIC_REQUIRE(ctnn::sqrt(1.0) == 1.0);
    STATIC_REQUIRE(ctnn::sqrt(4.0) == 2.0);
    STATIC_REQUIRE(ctnn::sqrt(0.25) == 0.5);
    STATIC_REQUIRE(ctnn::sqrt(2.25) == 1.5);
    STATIC_REQUIRE(ctnn::sqrt(1e300 * 1e-300 * 144.0) == 12.0);
    STATIC_REQUIRE(ctnn::sqrt(0x1.fffffffffffffp+0 * 0x1.fffffffffffffp+0) == 0x1.fffffffffffffp+0);
    STATIC_REQUIRE(ctnn::sqrt(0x1p-1074) == 0x1p-537);  // the smallest subnormal
    STATIC_REQUIRE(ctnn::sqrt(0x1p-1022) == 0x1p-511);
    STATIC_REQUIRE(ctnn::sqrt(9.0f) == 3.0f);
    STATIC_REQUIRE(ctnn::sqrt(0x1p-148f) == 0x1p-74f);  // a float subnormal
}

TEST_CASE("sqrt: gives the correctly rounded value of well-known constants", "[math][sqrt]") {
    STATIC_REQUIRE(ctnn::sqrt(2.0) == 0x1.6a09e667f3bcdp+0);   // sqrt 2 (OEIS A002193)
    STATIC_REQUIRE(ctnn::sqrt(0.5) == 0x1.6a09e667f3bcdp-1);   // sqrt(1/2)
    STATIC_REQUIRE(ctnn::sqrt(3.0) == 0x1.bb67ae8584caap+0);   // sqrt 3 (OEIS A002194)
    STATIC_REQUIRE(ctnn::sqrt(10.0) == 0x1.94c583ada5b53p+1);  // sqrt 10
    STATIC_REQUIRE(ctnn::sqrt(std::numeric_limits<double>::max()) == 0x1.fffffffffffffp+511);
    STATIC_REQUIRE(ctnn::sqrt(0x1.fffffffffffffp+1) == 0x1.fffffffffffffp+0);  // 2 - 2^-53 - ...
    STATIC_REQUIRE(ctnn::sqrt(0x1.0000000000001p+0) ==
                   1.0);  // 1 + 2^-53 - 2^-107...: below the midpoint
    STATIC_REQUIRE(ctnn::sqrt(2.0f) == 0x1.6a09e6p+0f);
    STATIC_REQUIRE(ctnn::sqrt(3.0f) == 0x1.bb67aep+0f);
}

TEST_CASE("sqrt: keeps the sign of zero and maps negatives to NaN", "[math][sqrt]") {
    constexpr double inf = std::numeric_limits<double>::infinity();
    STATIC_REQUIRE(same_bits(ctnn::sqrt(0.0), 0.0));
    STATIC_REQUIRE(same_bits(ctnn::sqrt(-0.0), -0.0));
    STATIC_REQUIRE(same_bits(ctnn::sqrt(-0.0f), -0.0f));
    STATIC_REQUIRE(ctnn::is_nan(ctnn::sqrt(-1.0)));
    STATIC_REQUIRE(ctnn::is_nan(ctnn::sqrt(-std::numeric_limits<double>::denorm_min())));
    STATIC_REQUIRE(ctnn::is_nan(ctnn::sqrt(-inf)));
    STATIC_REQUIRE(ctnn::is_nan(ctnn::sqrt(std::numeric_limits<double>::quiet_NaN())));
    STATIC_REQUIRE(ctnn::sqrt(inf) == inf);
    STATIC_REQUIRE(ctnn::is_nan(ctnn::sqrt(-1.0f)));
}

namespace {

/// Squares of random numbers and their neighbours: the inputs whose square roots lie nearest
/// to a representable number or to a midpoint, where a wrong final correction shows.
template <ctnn::IeeeFloat T>
std::vector<T> near_squares(int count, std::uint64_t seed) {
    ctnn_math_test::SplitMix64 random(seed);
    std::vector<T> inputs;
    for (int i = 0; i < count; ++i) {
        const T root = static_cast<T>(random.uniform(1.0, 2.0));
        const T square = root * root;
        inputs.push_back(square);
        inputs.push_back(std::nextafter(square, T(0)));
        inputs.push_back(std::nextafter(square, T(8)));
        // Midpoint squares: (root + ulp/2)^2 lies between two numbers of T.
        const T midpoint_square = square + root * std::numeric_limits<T>::epsilon();
        inputs.push_back(midpoint_square);
    }
    return inputs;
}

}  // namespace

TEST_CASE("sqrt: for double is correctly rounded, like glibc, on a million inputs",
          "[math][sqrt]") {
    // The constexpr algorithm, run here at run time (ctnn::sqrt would use the processor's).
    std::vector<double> inputs = ctnn_math_test::make_inputs<double>(
        ctnn_math_test::common_edges<double>(), {{0.0, 10.0, 200'000}, {1.0, 4.0, 200'000}},
        400'000, 20240615);
    for (const double x : near_squares<double>(50'000, 20240616)) inputs.push_back(x);
    const auto accuracy = ctnn_math_test::compare_with_glibc(
        "sqrt<double>", inputs, [](double x) { return ctnn::detail::sqrt_constexpr(x); },
        [](double x) { return std::sqrt(x); },
        [](double x) { return std::sqrt(static_cast<long double>(x)); });
    REQUIRE(accuracy.inputs >= 1'000'000);
    REQUIRE(accuracy.max_ulps == 0);  // glibc's sqrt is the correctly rounded hardware one
    REQUIRE(accuracy.differing == 0);
}

TEST_CASE("sqrt: for float is correctly rounded, like glibc, on a million inputs", "[math][sqrt]") {
    // The constexpr algorithm, run here at run time (ctnn::sqrt would use the processor's).
    std::vector<float> inputs = ctnn_math_test::make_inputs<float>(
        ctnn_math_test::common_edges<float>(), {{0.0, 10.0, 200'000}, {1.0, 4.0, 200'000}}, 400'000,
        20240617);
    for (const float x : near_squares<float>(50'000, 20240618)) inputs.push_back(x);
    const auto accuracy = ctnn_math_test::compare_with_glibc(
        "sqrt<float>", inputs, [](float x) { return ctnn::detail::sqrt_constexpr(x); },
        [](float x) { return std::sqrt(x); },
        [](float x) { return std::sqrt(static_cast<double>(x)); });
    REQUIRE(accuracy.inputs >= 1'000'000);
    REQUIRE(accuracy.max_ulps == 0);
    REQUIRE(accuracy.differing == 0);
}

TEST_CASE("sqrt: at run time the processor's square root gives the constexpr algorithm's bits",
          "[math][sqrt]") {
    auto same_as_constexpr = [](const auto& inputs) {
        for (const auto x : inputs) {
            if (!same_bits(ctnn::sqrt(x), ctnn::detail::sqrt_constexpr(x))) return false;
        }
        return true;
    };
    std::vector<double> doubles = ctnn_math_test::make_inputs<double>(
        ctnn_math_test::common_edges<double>(), {{0.0, 10.0, 200'000}, {1.0, 4.0, 200'000}},
        400'000, 20251129);
    for (const double x : near_squares<double>(50'000, 20251130)) doubles.push_back(x);
    std::vector<float> floats = ctnn_math_test::make_inputs<float>(
        ctnn_math_test::common_edges<float>(), {{0.0, 10.0, 200'000}, {1.0, 4.0, 200'000}}, 400'000,
        20251131);
    for (const float x : near_squares<float>(50'000, 20251132)) floats.push_back(x);
    REQUIRE(doubles.size() >= 1'000'000);
    REQUIRE(floats.size() >= 1'000'000);
    CHECK(same_as_constexpr(doubles));
    CHECK(same_as_constexpr(floats));
}
