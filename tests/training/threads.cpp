// Threads: batch products shared among threads give the bits of one thread. The reference is
// always the same computation on one thread; the checks that the work was shared at all use a
// runner that records the parts it is given.
#include <ctnn/activation/relu.hpp>
#include <ctnn/layer/dense.hpp>
#include <ctnn/loss/softmax_cross_entropy.hpp>
#include <ctnn/optimizer/sgd.hpp>
#include <ctnn/tensor/matrix_products.hpp>
#include <ctnn/testing/bits.hpp>
#include <ctnn/training/fit.hpp>
#include <ctnn/training/initialise.hpp>
#include <ctnn/training/random.hpp>
#include <ctnn/training/threads.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <vector>

#include "../support/random.hpp"

using namespace ctnn;
using testing::same_bits;

namespace {

/// The three products of a dense layer with 64 examples of 300 inputs and 128 neurons.
struct LayerProducts {
    Matrix<64, 300, float> X;
    Matrix<300, 128, float> W;
    Matrix<64, 128, float> dZ;
    Matrix<64, 128, float> Z;
    Matrix<300, 128, float> dW;
    Matrix<64, 300, float> dX;

    explicit LayerProducts(std::uint64_t seed) {
        ctnn_test::fill_uniform(seed, X, W, dZ);
        product(X, W, Z);
        transpose_product(X, dZ, dW);
        product_transpose(dZ, W, dX);
    }

    bool same_bits_as(const LayerProducts& other) const {
        return same_bits(Z, other.Z) && same_bits(dW, other.dW) && same_bits(dX, other.dX);
    }
};

/// Runs the parts on the calling thread, last part first, and counts them.
class RecordingRunner final : private detail::PartsRunner {
public:
    explicit RecordingRunner(std::size_t threads) : threads_(threads) {}

    std::size_t threads() const noexcept override { return threads_; }
    void run(std::size_t parts, Task task, void* context) noexcept override {
        for (std::size_t part = parts; part-- > 0;) task(context, part);
        parts_run += parts;
        ++products;
    }

    std::size_t parts_run = 0;
    std::size_t products = 0;

private:
    std::size_t threads_;
};

using Classifier = Network<Dense<300, 64, float>, ReLU, Dense<64, 10, float>>;

/// Trains a 300-64-10 classifier on 300 random examples for two epochs, in batches of 64: the
/// first layer's products of a full batch (64 x 300 x 64 multiply-adds) are shared.
std::unique_ptr<Classifier> trained_classifier() {
    auto network = std::make_unique<Classifier>();
    initialise(*network, HeNormal{}, 1);
    std::vector<Vector<300, float>> inputs(300);
    std::vector<Vector<10, float>> targets(300);
    Pcg32 rng(2);
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        for (auto& x : inputs[i].elements) x = uniform<float>(rng, 0.0f, 1.0f);
        targets[i][i % 10] = 1.0f;
    }
    fit<64>(*network, inputs, targets, SoftmaxCrossEntropy{}, SGD{.learning_rate = 0.1},
            {.epochs = 2, .seed = 3});
    return network;
}

}  // namespace

TEST_CASE("Threads: batch products shared among threads give the bits of one thread",
          "[training][threads]") {
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
        const auto alone = std::make_unique<LayerProducts>(seed);
        for (std::size_t count : {2, 3, 4}) {
            const Threads threads(count);
            REQUIRE(std::make_unique<LayerProducts>(seed)->same_bits_as(*alone));
        }
    }
}

TEST_CASE("Threads: fit trains to the same bits with any number of threads",
          "[training][threads]") {
    const auto alone = trained_classifier();
    const Threads threads(2);
    const auto shared = trained_classifier();
    CHECK(same_bits(shared->layer<0>().W, alone->layer<0>().W));
    CHECK(same_bits(shared->layer<0>().b, alone->layer<0>().b));
    CHECK(same_bits(shared->layer<1>().W, alone->layer<1>().W));
    CHECK(same_bits(shared->layer<1>().b, alone->layer<1>().b));
}

TEST_CASE("Threads: large products are split by rows, in parts that may run in any order",
          "[training][threads]") {
    const auto alone = std::make_unique<LayerProducts>(1);
    const RecordingRunner runner(4);
    const auto shared = std::make_unique<LayerProducts>(1);
    CHECK(shared->same_bits_as(*alone));
    // 64 x 300 x 128 multiply-adds each, 4 parts' worth: all three use the 4 threads.
    CHECK(runner.products == 3);
    CHECK(runner.parts_run == 12);
}

TEST_CASE("Threads: small products stay on the calling thread", "[training][threads]") {
    Matrix<64, 10, float> X;
    Matrix<10, 10, float> W;
    Matrix<64, 10, float> Z;
    const RecordingRunner runner(4);
    product(X, W, Z);  // 6,400 multiply-adds: less than one part's worth
    CHECK(runner.products == 0);
}

TEST_CASE("Threads: a nested one replaces the outer one until it ends", "[training][threads]") {
    CHECK(detail::parts_runner == nullptr);
    {
        const Threads outer(2);
        const detail::PartsRunner* outer_runner = detail::parts_runner;
        CHECK(outer_runner != nullptr);
        {
            const Threads inner(3);
            CHECK(detail::parts_runner != outer_runner);
            CHECK(detail::parts_runner->threads() == 3);
        }
        CHECK(detail::parts_runner == outer_runner);
    }
    CHECK(detail::parts_runner == nullptr);
}

TEST_CASE("Threads: refuses zero threads", "[training][threads]") {
    CHECK_THROWS_AS(Threads(0), std::invalid_argument);
    CHECK(detail::parts_runner == nullptr);
}
