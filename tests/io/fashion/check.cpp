/// The Fashion-MNIST classifier `generate.cpp` exported, with real test images:
/// - the compiler classifies the images inside static_asserts, with exactly the numbers the
///   trained network computed at run time before the export;
/// - the forward and backward pass of a batch of these images, computed by the compiler into
///   a constexpr variable, equals the same pass computed at run time, bit for bit.
#include <ctnn/ctnn.hpp>
#include <ctnn/testing/bits.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <memory>
#include <type_traits>

#include "fashion.hpp"

namespace {

using ctnn::testing::same_bits;
using Classifier = std::remove_cvref_t<decltype(fashion::network)>;

constexpr bool predicts_exported(std::size_t i) {
    return same_bits(fashion::network.predict(fashion::images[i]), fashion::predictions[i]);
}

/// Every record of one forward and backward pass of a batch: of 8 images, so that every product
/// of the pass, forward and backward, goes through the blocked kernels, as in training.
constexpr std::size_t batch_size = 8;
struct BatchPass {
    Classifier::batch_trace_type<batch_size> trace{};
    ctnn::Matrix<batch_size, 10, float> targets{};
    Classifier::batch_gradients_type<batch_size> gradients{};
};

/// The batch of images first, first + 1, ..., through the exported network and back.
constexpr BatchPass batch_pass(std::size_t first) {
    BatchPass pass;
    for (std::size_t m = 0; m < batch_size; ++m) {
        ctnn::set_row(pass.trace.x, m, fashion::images[first + m]);
        ctnn::set_row(pass.targets, m, fashion::labels[first + m]);
    }
    fashion::network.forward(pass.trace);
    fashion::network.backward(pass.trace, pass.targets, ctnn::SoftmaxCrossEntropy{},
                              pass.gradients);
    return pass;
}

constexpr BatchPass by_the_compiler = batch_pass(0);

}  // namespace

TEST_CASE("export_header: the compiler classifies real images as the trained network did",
          "[io][export][fashion]") {
    STATIC_REQUIRE(predicts_exported(0));
    STATIC_REQUIRE(predicts_exported(1));
    STATIC_REQUIRE(predicts_exported(2));
    STATIC_REQUIRE(predicts_exported(3));
    // Test image 0 is an ankle boot (class 9), and the network says so.
    STATIC_REQUIRE(ctnn::argmax(fashion::labels[0]) == 9);
    STATIC_REQUIRE(ctnn::argmax(fashion::network.predict(fashion::images[0])) == 9);
}

TEST_CASE("Network: a batch of real images gives the same bits at compile and run time",
          "[io][export][fashion]") {
    volatile std::size_t first = 0;  // computed at run time, not folded by the optimiser
    const auto by_the_program = std::make_unique<BatchPass>(batch_pass(first));
    const auto& ct = by_the_compiler;
    const auto& rt = *by_the_program;
    CHECK(same_bits(rt.trace.layer<0>().z, ct.trace.layer<0>().z));
    CHECK(same_bits(rt.trace.layer<0>().a, ct.trace.layer<0>().a));
    CHECK(same_bits(rt.trace.output(), ct.trace.output()));
    CHECK(same_bits(rt.gradients.layer<1>().dL_dz, ct.gradients.layer<1>().dL_dz));
    CHECK(same_bits(rt.gradients.layer<1>().W, ct.gradients.layer<1>().W));
    CHECK(same_bits(rt.gradients.layer<1>().b, ct.gradients.layer<1>().b));
    CHECK(same_bits(rt.gradients.layer<0>().dL_da, ct.gradients.layer<0>().dL_da));
    CHECK(same_bits(rt.gradients.layer<0>().W, ct.gradients.layer<0>().W));
    CHECK(same_bits(rt.gradients.layer<0>().b, ct.gradients.layer<0>().b));
    // The pass did something: a gradient that is not zero everywhere.
    CHECK_FALSE(same_bits(ct.gradients.layer<0>().W, decltype(ct.gradients.layer<0>().W){}));
}
