// SoftmaxCrossEntropy: L = -sum_i y_i log softmax(z)_i, taken on the logits z.
#include <ctnn/loss/softmax_cross_entropy.hpp>
#include <ctnn/tensor/tensor.hpp>

#include <catch2/catch.hpp>

using ctnn::is_close;
using ctnn::SoftmaxCrossEntropy;
using ctnn::Vector;

constexpr double ln2 = 0.6931471805599453;  // 0.69314718055994530942..., rounded to double

TEST_CASE("SoftmaxCrossEntropy: is log 2 for two equal logits", "[loss][softmax_cross_entropy]") {
    constexpr SoftmaxCrossEntropy loss{};
    // softmax([0, 0]) = [1/2, 1/2]; -log(1/2) = ln 2. log is within 1 ulp: 2e-16.
    constexpr Vector<2> z{0.0, 0.0};
    STATIC_REQUIRE(is_close(loss.value(z, Vector<2>{1.0, 0.0}), ln2, 2e-16));
    STATIC_REQUIRE(is_close(loss.value(z, Vector<2>{0.0, 1.0}), ln2, 2e-16));
    // Four equal logits: -log(1/4) = 2 ln 2.
    STATIC_REQUIRE(
        is_close(loss.value(Vector<4>{}, Vector<4>{0.0, 0.0, 1.0, 0.0}), 2.0 * ln2, 4e-16));
}

TEST_CASE("SoftmaxCrossEntropy: has gradient softmax(z) - y", "[loss][softmax_cross_entropy]") {
    constexpr SoftmaxCrossEntropy loss{};
    // [1/2, 1/2] - [1, 0].
    STATIC_REQUIRE(loss.gradient(Vector<2>{0.0, 0.0}, Vector<2>{1.0, 0.0}) == Vector<2>{-0.5, 0.5});
    // z = [0, ln 3]: softmax = [1/4, 3/4] (ln 3 is rounded: within 1e-16), minus y = [0, 1].
    constexpr Vector<2> z{0.0, 1.0986122886681098};
    constexpr Vector<2> y{0.0, 1.0};
    STATIC_REQUIRE(is_close(loss.gradient(z, y), Vector<2>{0.25, -0.25}, 1e-15));
}

TEST_CASE("SoftmaxCrossEntropy: stays finite and exact for large logits",
          "[loss][softmax_cross_entropy]") {
    constexpr SoftmaxCrossEntropy loss{};
    constexpr Vector<2> z{1000.0, 0.0};  // e^1000 overflows a double
    // lse(z) = 1000 + log(1 + e^-1000) = 1000 in double. Right class: 1000 - 1000 = 0.
    STATIC_REQUIRE(loss.value(z, Vector<2>{1.0, 0.0}) == 0.0);
    // Wrong class: lse(z) - 0 = 1000, where log(softmax) would be log(0) = -inf.
    STATIC_REQUIRE(loss.value(z, Vector<2>{0.0, 1.0}) == 1000.0);
    // softmax(z) = [1, 0] after rounding: gradient [1 - 0, 0 - 1].
    STATIC_REQUIRE(loss.gradient(z, Vector<2>{0.0, 1.0}) == Vector<2>{1.0, -1.0});
}
