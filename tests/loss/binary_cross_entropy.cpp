// BinaryCrossEntropy: L = -sum_i [y_i log a_i + (1 - y_i) log(1 - a_i)].
#include <ctnn/loss/binary_cross_entropy.hpp>
#include <ctnn/math/is_close.hpp>

#include <catch2/catch.hpp>

using ctnn::BinaryCrossEntropy;
using ctnn::is_close;
using ctnn::Vector;

constexpr double ln2 = 0.6931471805599453;  // 0.69314718055994530942..., rounded to double

TEST_CASE("BinaryCrossEntropy: is log 2 per output for the guess a = 1/2",
          "[loss][binary_cross_entropy]") {
    constexpr BinaryCrossEntropy loss{};
    // y = 1: -log(1/2) = ln 2; y = 0: -log(1 - 1/2) = ln 2. log is within 1 ulp: 2e-16 each.
    STATIC_REQUIRE(is_close(loss.value(Vector<1>{0.5}, Vector<1>{1.0}), ln2, 2e-16));
    STATIC_REQUIRE(is_close(loss.value(Vector<1>{0.5}, Vector<1>{0.0}), ln2, 2e-16));
    STATIC_REQUIRE(
        is_close(loss.value(Vector<2>{0.5, 0.5}, Vector<2>{1.0, 0.0}), 2.0 * ln2, 4e-16));
}

TEST_CASE("BinaryCrossEntropy: weighs each output by its target", "[loss][binary_cross_entropy]") {
    constexpr BinaryCrossEntropy loss{};
    // a = 1/4, y = 1: -log(1/4) = 2 ln 2; y = 0: -log(3/4) = ln 4 - ln 3 = 0.28768207245178093.
    STATIC_REQUIRE(is_close(loss.value(Vector<1>{0.25}, Vector<1>{1.0}), 2.0 * ln2, 4e-16));
    STATIC_REQUIRE(
        is_close(loss.value(Vector<1>{0.25}, Vector<1>{0.0}), 0.28768207245178093, 1e-16));
}

TEST_CASE("BinaryCrossEntropy: stays accurate for a tiny prediction of a 0 target",
          "[loss][binary_cross_entropy]") {
    constexpr BinaryCrossEntropy loss{};
    // -log(1 - a) = a + a^2/2 + ... = 1e-20 (1 + 5e-21). A naive log(1 - a) gives exactly 0.
    STATIC_REQUIRE(is_close(loss.value(Vector<1>{1e-20}, Vector<1>{0.0}), 1e-20, 1e-35));
}

TEST_CASE("BinaryCrossEntropy: has gradient (a - y) / (a (1 - a))",
          "[loss][binary_cross_entropy]") {
    constexpr BinaryCrossEntropy loss{};
    // a = 1/2: (1/2 - 1) / (1/4) = -2 and (1/2 - 0) / (1/4) = 2.
    STATIC_REQUIRE(loss.gradient(Vector<2>{0.5, 0.5}, Vector<2>{1.0, 0.0}) == Vector<2>{-2.0, 2.0});
    // a = 1/4: (1/4 - 1) / (3/16) = -4 = -1/a; (1/4 - 0) / (3/16) = 4/3 = 1/(1 - a). The
    // operands are exact, so the one division rounds 4/3 exactly as the literal does.
    STATIC_REQUIRE(loss.gradient(Vector<2>{0.25, 0.25}, Vector<2>{1.0, 0.0}) ==
                   Vector<2>{-4.0, 4.0 / 3.0});
}
