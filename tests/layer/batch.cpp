// Any layer on a batch: Dense through its batch kernels, a layer without them (the archetype)
// one example at a time. Both must give, row by row, the bits of the one-example passes, with
// the parameter gradients of the rows added from the first row on.
#include <ctnn/layer/batch.hpp>
#include <ctnn/layer/dense.hpp>
#include <ctnn/layer/pass.hpp>
#include <ctnn/optimizer/momentum.hpp>
#include <ctnn/optimizer/sgd.hpp>
#include <ctnn/testing/archetypes.hpp>
#include <ctnn/testing/bits.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <tuple>
#include <type_traits>

#include "../support/random.hpp"

using namespace ctnn;
using ctnn::testing::same_bits;
using ctnn_test::fill_uniform;

namespace {

/// Runs 5 examples through `layer` as a batch of 6 with 5 rows, and one at a time.
template <class L>
constexpr bool batch_matches_examples(L layer) {
    using T = typename L::scalar_type;
    constexpr std::size_t B = 6, rows = 5, In = L::input_size, Out = L::output_size;
    Matrix<B, In, T> X;
    Matrix<B, Out, T> dL_dZ;
    std::apply([&](auto... parameter) { fill_uniform(1, layer.*parameter...); }, L::parameters);
    fill_uniform(2, X, dL_dZ);

    Matrix<B, Out, T> Z;
    forward_batch(layer, X, Z, rows);
    L gradient{};
    Matrix<B, In, T> dL_dX;
    backward_batch(layer, X, dL_dZ, gradient, &dL_dX, rows);
    L parameters_only{};
    backward_batch(layer, X, dL_dZ, parameters_only, static_cast<Matrix<B, In, T>*>(nullptr), rows);

    L sum{};
    for (std::size_t m = 0; m < rows; ++m) {
        L gradient_m{};
        const auto dL_dx = layer.backward(row(X, m), row(dL_dZ, m), gradient_m);
        if (m == 0) {
            sum = gradient_m;
        } else {
            add_parameters(sum, gradient_m);
        }
        if (!same_bits(row(Z, m), layer.forward(row(X, m)))) return false;
        if (!same_bits(row(dL_dX, m), dL_dx)) return false;
    }
    auto same_parameters = [&](const L& a, const L& b) {
        return std::apply([&](auto... p) { return (same_bits(a.*p, b.*p) && ...); }, L::parameters);
    };
    return same_parameters(gradient, sum) && same_parameters(parameters_only, sum);
}

}  // namespace

TEST_CASE("forward_batch: Dense's batch kernels give every example's bits", "[layer][batch]") {
    STATIC_REQUIRE(BatchLayer<Dense<3, 2>, 6>);
    STATIC_REQUIRE(batch_matches_examples(Dense<9, 14>{}));
    STATIC_REQUIRE(batch_matches_examples(Dense<30, 29, float>{}));
}

TEST_CASE("forward_batch: a layer without batch kernels runs one example at a time",
          "[layer][batch]") {
    STATIC_REQUIRE_FALSE(BatchLayer<testing::LayerArchetype<3>, 6>);
    STATIC_REQUIRE(batch_matches_examples(testing::LayerArchetype<3>{}));
}

TEST_CASE("backward_batch: sums the rows' parameter gradients, by hand", "[layer][batch]") {
    // Dense<1, 2> with W = [1, -1]: x = 2 with dL/dz = [1, 0.5], x = -1 with dL/dz = [3, 1]:
    // dL/dW = 2 [1, 0.5] + (-1) [3, 1] = [-1, 0]; dL/db = [4, 1.5];
    // dL/dx = W dL/dz = [1 - 0.5, 3 - 1] = [0.5, 2].
    constexpr Dense<1, 2> layer{.W = {1.0, -1.0}};
    constexpr auto result = [&] {
        struct {
            Dense<1, 2> gradient{};
            Matrix<2, 1> dL_dX{};
        } out;
        backward_batch(layer, Matrix<2, 1>{2.0, -1.0}, Matrix<2, 2>{1.0, 0.5, 3.0, 1.0},
                       out.gradient, &out.dL_dX);
        return out;
    }();
    STATIC_REQUIRE(result.gradient.W == Matrix<1, 2>{-1.0, 0.0});
    STATIC_REQUIRE(result.gradient.b == Vector<2>{4.0, 1.5});
    STATIC_REQUIRE(result.dL_dX == Matrix<2, 1>{0.5, 2.0});
}

TEST_CASE("DescendingLayer: a layer without parameters, or with descend, for SGD only",
          "[layer][batch]") {
    STATIC_REQUIRE(DescendingLayer<Dense<3, 2, float>, SGD>);
    STATIC_REQUIRE(DescendingLayer<Pass<4>, SGD>);
    STATIC_REQUIRE_FALSE(DescendingLayer<Dense<3, 2>, Momentum>);  // keeps a velocity
    STATIC_REQUIRE_FALSE(DescendingLayer<testing::LayerArchetype<2>, SGD>);
}

TEST_CASE("descend_batch: the step the gradients of backward_batch and SGD's update give",
          "[layer][batch]") {
    constexpr auto agree = [](auto layer, SGD sgd) {
        using L = decltype(layer);
        using T = typename L::scalar_type;
        Matrix<1, L::input_size, T> x;
        Matrix<1, L::output_size, T> dL_dz;
        std::apply([&](auto... parameter) { fill_uniform(3, layer.*parameter...); }, L::parameters);
        fill_uniform(4, x, dL_dz);

        L by_update = layer;
        L gradient{};
        Matrix<1, L::input_size, T> dL_dx;
        backward_batch(layer, x, dL_dz, gradient, &dL_dx, 1);
        auto update = [&](auto& p, const auto& dL_dp) {
            SGD::state<std::remove_cvref_t<decltype(p)>> none;
            sgd.update(p, dL_dp, none);
        };
        std::apply([&](auto... p) { (update(by_update.*p, gradient.*p), ...); }, L::parameters);

        Matrix<1, L::input_size, T> dL_dx_descending;
        descend_batch(layer, x, dL_dz, &dL_dx_descending, sgd);
        return same_bits(layer.W, by_update.W) && same_bits(layer.b, by_update.b) &&
               same_bits(dL_dx_descending, dL_dx);
    };
    STATIC_REQUIRE(agree(Dense<5, 7, float>{}, SGD{.learning_rate = 0.3}));
    STATIC_REQUIRE(agree(Dense<4, 3>{}, SGD{.learning_rate = 0.1, .weight_decay = 0.01}));
}

TEST_CASE("descend_then_forward_batch: descend_batch's step, then forward_batch's next z",
          "[layer][batch]") {
    constexpr auto agree = [](auto layer, SGD sgd) {
        using L = decltype(layer);
        using T = typename L::scalar_type;
        Matrix<1, L::input_size, T> x, next_x;
        Matrix<1, L::output_size, T> dL_dz;
        std::apply([&](auto... parameter) { fill_uniform(5, layer.*parameter...); }, L::parameters);
        fill_uniform(6, x, next_x, dL_dz);

        L by_steps = layer;
        descend_batch(by_steps, x, dL_dz, static_cast<Matrix<1, L::input_size, T>*>(nullptr), sgd);
        Matrix<1, L::output_size, T> z;
        forward_batch(by_steps, next_x, z, 1);

        Matrix<1, L::output_size, T> next_z;
        descend_then_forward_batch(layer, x, dL_dz, sgd, next_x, next_z);
        auto same_parameters = [&](auto... p) { return (same_bits(layer.*p, by_steps.*p) && ...); };
        return std::apply(same_parameters, L::parameters) && same_bits(next_z, z);
    };
    // Dense's sums in one block of columns, in a block and a narrower one (float blocks are 128
    // columns, double blocks 64), and a layer without parameters, which has no
    // descend_then_forward of its own.
    STATIC_REQUIRE(agree(Dense<5, 7, float>{}, SGD{.learning_rate = 0.3}));
    STATIC_REQUIRE(agree(Dense<3, 131, float>{}, SGD{.learning_rate = 0.3}));
    STATIC_REQUIRE(agree(Dense<4, 70>{}, SGD{.learning_rate = 0.1, .weight_decay = 0.01}));
    STATIC_REQUIRE(agree(Pass<4>{}, SGD{.learning_rate = 0.1}));
}
