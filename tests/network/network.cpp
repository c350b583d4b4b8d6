#include <ctnn/activation/leaky_relu.hpp>
#include <ctnn/activation/relu.hpp>
#include <ctnn/activation/softmax.hpp>
#include <ctnn/activation/tanh.hpp>
#include <ctnn/layer/dense.hpp>
#include <ctnn/loss/mean_squared_error.hpp>
#include <ctnn/loss/squared_error.hpp>
#include <ctnn/network/network.hpp>
#include <ctnn/optimizer/momentum.hpp>
#include <ctnn/optimizer/sgd.hpp>
#include <ctnn/testing/archetypes.hpp>
#include <ctnn/testing/bits.hpp>
#include <ctnn/training/initialise.hpp>

#include <catch2/catch.hpp>

#include <concepts>
#include <stdexcept>
#include <type_traits>

using namespace ctnn;

template <class Net, std::size_t K>
using layer_t = std::remove_cvref_t<decltype(std::declval<const Net&>().template layer<K>())>;

TEST_CASE("Network: joins each layer with the activation after it", "[network][network]") {
    using Net = Network<Dense<2, 2>, ReLU, Dense<2, 1>>;
    STATIC_REQUIRE(Net::layer_count == 2);
    STATIC_REQUIRE(Net::input_size == 2);
    STATIC_REQUIRE(Net::output_size == 1);
    STATIC_REQUIRE(std::same_as<layer_t<Net, 0>, Activated<Dense<2, 2>, ReLU>>);
    STATIC_REQUIRE(std::same_as<layer_t<Net, 1>, Activated<Dense<2, 1>, Identity>>);
}

TEST_CASE("Network: gives an activation without a layer before it a Pass layer of that width",
          "[network][network]") {
    using Net = Network<Dense<3, 4>, Tanh, Softmax>;
    STATIC_REQUIRE(Net::layer_count == 2);
    STATIC_REQUIRE(std::same_as<layer_t<Net, 1>, Activated<Pass<4>, Softmax>>);
}

TEST_CASE("Network: computes a linear layer's forward and backward pass by hand's numbers",
          "[network][network]") {
    // z = 3 * 1 + 4 * 2 + 0.5 = 11.5; L = (11.5 - 10.5)^2 = 1; dL/dz = 2 (11.5 - 10.5) = 2;
    // dL/dW = x dL/dz = [6, 8]; dL/db = 2; dL/dx = W dL/dz = [2, 4].
    constexpr Network<Dense<2, 1>> net{Dense<2, 1>{.W = {1.0, 2.0}, .b = {0.5}}};
    constexpr Vector<2> x{3.0, 4.0};
    constexpr Vector<1> y{10.5};
    constexpr auto trace = net.forward(x);
    constexpr auto gradients = net.backward(trace, y, SquaredError{});

    STATIC_REQUIRE(trace.x == x);
    STATIC_REQUIRE(trace.output() == Vector<1>{11.5});
    STATIC_REQUIRE(net.loss(trace, y, SquaredError{}) == 1.0);
    STATIC_REQUIRE(gradients.layer<0>().dL_da == Vector<1>{2.0});
    STATIC_REQUIRE(gradients.layer<0>().dL_dz == Vector<1>{2.0});
    STATIC_REQUIRE(gradients.layer<0>().W == Matrix<2, 1>{6.0, 8.0});
    STATIC_REQUIRE(gradients.layer<0>().b == Vector<1>{2.0});
    STATIC_REQUIRE(gradients.dL_dx == Vector<2>{2.0, 4.0});
}

TEST_CASE("Network: chains the gradient through every layer", "[network][network]") {
    // x = 1 -> z1 = 2x = 2 -> a1 = ReLU(2) = 2 -> z2 = -a1 = -2 -> a2 = LeakyReLU_0.25(-2) = -0.5
    //   -> z3 = 4 a2 + 1 = -1 = y_hat;  L = (y_hat - 0)^2 = 1.
    // Backward: dL/dy_hat = -2; dL/dW3 = a2 (-2) = 1; dL/da2 = 4 (-2) = -8;
    //   dL/dz2 = -8 * 0.25 = -2; dL/dW2 = a1 (-2) = -4; dL/da1 = -1 (-2) = 2; dL/dz1 = 2;
    //   dL/dW1 = x 2 = 2; dL/dx = 2 * 2 = 4.
    using Net = Network<Dense<1, 1>, ReLU, Dense<1, 1>, LeakyReLU, Dense<1, 1>>;
    constexpr Net net{Dense<1, 1>{.W = {2.0}}, ReLU{}, Dense<1, 1>{.W = {-1.0}},
                      LeakyReLU{.slope = 0.25}, Dense<1, 1>{.W = {4.0}, .b = {1.0}}};
    constexpr auto trace = net.forward(Vector<1>{1.0});
    constexpr auto gradients = net.backward(trace, Vector<1>{0.0}, SquaredError{});

    STATIC_REQUIRE(trace.layer<1>().a == Vector<1>{-0.5});
    STATIC_REQUIRE(trace.output() == Vector<1>{-1.0});
    STATIC_REQUIRE(gradients.layer<2>().W == Matrix<1, 1>{1.0});
    STATIC_REQUIRE(gradients.layer<1>().dL_da == Vector<1>{-8.0});
    STATIC_REQUIRE(gradients.layer<1>().dL_dz == Vector<1>{-2.0});
    STATIC_REQUIRE(gradients.layer<1>().W == Matrix<1, 1>{-4.0});
    STATIC_REQUIRE(gradients.layer<0>().dL_dz == Vector<1>{2.0});
    STATIC_REQUIRE(gradients.layer<0>().W == Matrix<1, 1>{2.0});
    STATIC_REQUIRE(gradients.dL_dx == Vector<1>{4.0});
}

TEST_CASE("Network: updates every parameter with the optimizer", "[network][network]") {
    // SGD with eta = 0.5 on the linear layer above: W = [1, 2] - 0.5 [6, 8] = [-2, -2],
    // b = 0.5 - 0.5 * 2 = -0.5.
    constexpr auto updated = [] {
        Network<Dense<2, 1>> net{Dense<2, 1>{.W = {1.0, 2.0}, .b = {0.5}}};
        const auto trace = net.forward(Vector<2>{3.0, 4.0});
        net.update(net.backward(trace, Vector<1>{10.5}, SquaredError{}), SGD{.learning_rate = 0.5});
        return net;
    }();
    STATIC_REQUIRE(updated.layer<0>().W == Matrix<2, 1>{-2.0, -2.0});
    STATIC_REQUIRE(updated.layer<0>().b == Vector<1>{-0.5});
}

TEST_CASE("Network: accepts any type that models the concepts", "[network][network]") {
    // z = w ⊙ x with w = [2, 3], then f(z) = z^2 / 2: x = [1, 1] gives a = [2, 4.5];
    // the archetype loss sums a - y: L = 6.5 - 0 = 6.5.
    using Net = Network<testing::LayerArchetype<2>, testing::ActivationArchetype>;
    constexpr Net net{testing::LayerArchetype<2>{.w = {2.0, 3.0}}, testing::ActivationArchetype{}};
    constexpr auto trace = net.forward(Vector<2>{1.0, 1.0});
    STATIC_REQUIRE(trace.output() == Vector<2>{2.0, 4.5});
    STATIC_REQUIRE(net.loss(trace, Vector<2>{}, testing::LossArchetype{}) == 6.5);
    // Step 1: dL/da = 1, da/dz = z = [2, 3], dL/dw = x ⊙ dL/dz = [2, 3], no previous
    // gradient: w = [2, 3] - ([2, 3] + 0) = [0, 0].
    // Step 2: z = [0, 0], so dL/dz = 0 and dL/dw = [0, 0]; the state remembers [2, 3]:
    // w = [0, 0] - ([0, 0] + [2, 3]) = [-2, -3].
    constexpr auto after_steps = [](int steps) {
        Net copy{testing::LayerArchetype<2>{.w = {2.0, 3.0}}, testing::ActivationArchetype{}};
        const testing::OptimizerArchetype optimizer;
        auto state = copy.optimizer_state(optimizer);
        for (int i = 0; i < steps; ++i) {
            const auto gradients = copy.backward(copy.forward(Vector<2>{1.0, 1.0}), Vector<2>{},
                                                 testing::LossArchetype{});
            copy.update(gradients, optimizer, state);
        }
        return copy;
    };
    STATIC_REQUIRE(after_steps(1).layer<0>().w == Vector<2>{0.0, 0.0});
    STATIC_REQUIRE(after_steps(2).layer<0>().w == Vector<2>{-2.0, -3.0});
}

TEST_CASE("Network: runs the first rows of a batch forward and backward, averaging gradients",
          "[network][network]") {
    // The linear layer above on two examples (a third row is not part of the batch):
    // x0 = [3, 4], y0 = 10.5: z = 11.5, dL/dz = 2, dL/dW = [6, 8], dL/db = 2;
    // x1 = [1, 0], y1 = 2.5: z = 1 + 0.5 = 1.5, dL/dz = 2 (1.5 - 2.5) = -2, dL/dW = [-2, 0],
    // dL/db = -2. Means: dL/dW = [2, 4], dL/db = 0.
    using Net = Network<Dense<2, 1>>;
    constexpr Net net{Dense<2, 1>{.W = {1.0, 2.0}, .b = {0.5}}};
    constexpr Matrix<3, 1> Y{10.5, 2.5, 99.0};
    constexpr auto result = [&] {
        struct {
            Net::batch_trace_type<3> trace{};
            Net::batch_gradients_type<3> gradients{};
        } out;
        out.trace.x = Matrix<3, 2>{3.0, 4.0, 1.0, 0.0, 7.0, 7.0};
        net.forward(out.trace, 2);
        net.backward(out.trace, Y, SquaredError{}, out.gradients, 2);
        return out;
    }();
    STATIC_REQUIRE(result.trace.output() == Matrix<3, 1>{11.5, 1.5, 0.0});
    STATIC_REQUIRE(result.gradients.layer<0>().dL_dz == Matrix<3, 1>{2.0, -2.0, 0.0});
    STATIC_REQUIRE(result.gradients.layer<0>().W == Matrix<2, 1>{2.0, 4.0});
    STATIC_REQUIRE(result.gradients.layer<0>().b == Vector<1>{0.0});
}

TEST_CASE("Network: chains a batch's gradient through every layer, row by row",
          "[network][network]") {
    // The three-layer chain above with x = 1 in both rows: every row has that test's values,
    // and the mean of two equal gradients is that gradient.
    using Net = Network<Dense<1, 1>, ReLU, Dense<1, 1>, LeakyReLU, Dense<1, 1>>;
    constexpr Net net{Dense<1, 1>{.W = {2.0}}, ReLU{}, Dense<1, 1>{.W = {-1.0}},
                      LeakyReLU{.slope = 0.25}, Dense<1, 1>{.W = {4.0}, .b = {1.0}}};
    constexpr auto gradients = [&] {
        Net::batch_trace_type<2> trace{};
        trace.x = Matrix<2, 1>{1.0, 1.0};
        net.forward(trace);
        Net::batch_gradients_type<2> gradients{};
        net.backward(trace, Matrix<2, 1>{0.0, 0.0}, SquaredError{}, gradients);
        return gradients;
    }();
    STATIC_REQUIRE(gradients.layer<2>().W == Matrix<1, 1>{1.0});
    STATIC_REQUIRE(gradients.layer<1>().dL_da == Matrix<2, 1>{-8.0, -8.0});
    STATIC_REQUIRE(gradients.layer<1>().dL_dz == Matrix<2, 1>{-2.0, -2.0});
    STATIC_REQUIRE(gradients.layer<1>().W == Matrix<1, 1>{-4.0});
    STATIC_REQUIRE(gradients.layer<0>().dL_dz == Matrix<2, 1>{2.0, 2.0});
    STATIC_REQUIRE(gradients.layer<0>().W == Matrix<1, 1>{2.0});
}

TEST_CASE("Network: a batch's rows have the bits of the one-example passes", "[network][network]") {
    // Two examples through Dense (batch kernels), Tanh, and a Softmax on a Pass layer (one row
    // at a time), then back with the mean over the rows: every row, and the mean gradient,
    // against the one-example passes.
    using Net = Network<Dense<3, 4>, Tanh, Dense<4, 3>, Softmax>;
    constexpr auto agree = [] {
        Net net;
        initialise(net, GlorotUniform{}, 7);
        const Vector<3> x[] = {{0.5, -1.0, 2.0}, {-0.25, 0.0, 1.5}};
        const Vector<3> y[] = {{0.0, 1.0, 0.0}, {1.0, 0.0, 0.0}};
        Net::batch_trace_type<2> trace{};
        Matrix<2, 3> Y{};
        for (std::size_t m = 0; m < 2; ++m) {
            set_row(trace.x, m, x[m]);
            set_row(Y, m, y[m]);
        }
        net.forward(trace);
        Net::batch_gradients_type<2> gradients{};
        net.backward(trace, Y, MeanSquaredError{}, gradients);

        auto g0 = net.backward(net.forward(x[0]), y[0], MeanSquaredError{});
        const auto g1 = net.backward(net.forward(x[1]), y[1], MeanSquaredError{});
        bool same = true;
        for (std::size_t m = 0; m < 2; ++m) {
            const auto one = net.forward(x[m]);
            same = same && testing::same_bits(row(trace.layer<0>().a, m), one.layer<0>().a) &&
                   testing::same_bits(row(trace.output(), m), one.output());
        }
        same = same && testing::same_bits(row(gradients.layer<0>().dL_dz, 1), g1.layer<0>().dL_dz);
        g0.add_parameter_gradients(g1);
        g0.divide_parameter_gradients(2.0);
        return same && testing::same_bits(gradients.layer<0>().W, g0.layer<0>().W) &&
               testing::same_bits(gradients.layer<1>().W, g0.layer<1>().W) &&
               testing::same_bits(gradients.layer<1>().b, g0.layer<1>().b);
    }();
    STATIC_REQUIRE(agree);
}

TEST_CASE("Network: descend takes the step backward and update take, to the bit",
          "[network][network]") {
    // Dense with LeakyReLU and Tanh, a Softmax on a Pass layer, and SGD with and without
    // weight decay: every parameter after the step, and every dL/da and dL/dz on the way.
    using Net = Network<Dense<3, 5>, LeakyReLU, Dense<5, 4>, Tanh, Dense<4, 3>, Tanh, Softmax>;
    STATIC_REQUIRE(Net::descends_with<SGD>());
    STATIC_REQUIRE(Net::descends_with<testing::ElementwiseOptimizerArchetype>());
    STATIC_REQUIRE_FALSE(Net::descends_with<Momentum>());
    STATIC_REQUIRE_FALSE(
        Network<testing::LayerArchetype<2>, testing::ActivationArchetype>::descends_with<SGD>());
    constexpr auto agree = [](SGD sgd) {
        Net net;
        initialise(net, GlorotUniform{}, 11);
        Net::batch_trace_type<1> trace{};
        set_row(trace.x, 0, Vector<3>{0.5, -1.0, 2.0});
        const Matrix<1, 3> Y{0.0, 1.0, 0.0};
        net.forward(trace);

        Net by_update = net;
        Net::batch_gradients_type<1> gradients{};
        by_update.backward(trace, Y, MeanSquaredError{}, gradients);
        by_update.update(gradients, sgd);

        Net::batch_gradients_type<1> descending{};
        net.descend(trace, Y, MeanSquaredError{}, descending, sgd);
        return testing::same_bits(net.layer<0>().W, by_update.layer<0>().W) &&
               testing::same_bits(net.layer<0>().b, by_update.layer<0>().b) &&
               testing::same_bits(net.layer<1>().W, by_update.layer<1>().W) &&
               testing::same_bits(net.layer<2>().W, by_update.layer<2>().W) &&
               testing::same_bits(net.layer<2>().b, by_update.layer<2>().b) &&
               testing::same_bits(descending.layer<0>().dL_dz, gradients.layer<0>().dL_dz) &&
               testing::same_bits(descending.layer<2>().dL_da, gradients.layer<2>().dL_da) &&
               testing::same_bits(descending.layer<3>().dL_dz, gradients.layer<3>().dL_dz) &&
               !testing::same_bits(net.layer<0>().W, Net{}.layer<0>().W);
    };
    STATIC_REQUIRE(agree(SGD{.learning_rate = 0.5}));
    STATIC_REQUIRE(agree(SGD{.learning_rate = 0.5, .weight_decay = 0.1}));
}

TEST_CASE("Network: descend_then_forward is descend, then the forward pass of the next example",
          "[network][network]") {
    using Net = Network<Dense<3, 5>, LeakyReLU, Dense<5, 4>, Tanh, Dense<4, 3>, Tanh, Softmax>;
    constexpr auto same_trace = [](const auto& a, const auto& b) {
        bool same = testing::same_bits(a.x, b.x);
        auto same_layer = [&](auto k) {
            same = same && testing::same_bits(a.template layer<k>().z, b.template layer<k>().z) &&
                   testing::same_bits(a.template layer<k>().a, b.template layer<k>().a);
        };
        detail::for_each_index(same_layer, std::make_index_sequence<Net::layer_count>{});
        return same;
    };
    constexpr auto agree = [same_trace](SGD sgd) {
        Net net;
        initialise(net, GlorotUniform{}, 12);
        Net::batch_trace_type<1> trace{};
        set_row(trace.x, 0, Vector<3>{0.5, -1.0, 2.0});
        const Matrix<1, 3> Y{0.0, 1.0, 0.0};
        const Matrix<1, 3> next{-1.5, 0.25, 1.0};
        net.forward(trace);

        Net by_steps = net;
        Net::batch_trace_type<1> stepped_trace = trace;
        Net::batch_gradients_type<1> gradients{};
        by_steps.descend(stepped_trace, Y, MeanSquaredError{}, gradients, sgd);
        stepped_trace.x = next;
        by_steps.forward(stepped_trace);

        Net::batch_gradients_type<1> fused_gradients{};
        net.descend_then_forward(trace, Y, MeanSquaredError{}, fused_gradients, sgd, next);
        return testing::same_bits(net.layer<0>().W, by_steps.layer<0>().W) &&
               testing::same_bits(net.layer<0>().b, by_steps.layer<0>().b) &&
               testing::same_bits(net.layer<2>().W, by_steps.layer<2>().W) &&
               testing::same_bits(fused_gradients.layer<0>().dL_dz, gradients.layer<0>().dL_dz) &&
               testing::same_bits(fused_gradients.layer<3>().dL_dz, gradients.layer<3>().dL_dz) &&
               same_trace(trace, stepped_trace);
    };
    STATIC_REQUIRE(agree(SGD{.learning_rate = 0.5}));
    STATIC_REQUIRE(agree(SGD{.learning_rate = 0.5, .weight_decay = 0.1}));
}

TEST_CASE("Network: rejects a batch of no rows, or of more rows than it holds",
          "[network][network]") {
    using Net = Network<Dense<2, 1>>;
    const Net net{};
    Net::batch_trace_type<3> trace{};
    Net::batch_gradients_type<3> gradients{};
    const Matrix<3, 1> Y{};
    CHECK_THROWS_AS(net.forward(trace, 0), std::invalid_argument);
    CHECK_THROWS_AS(net.forward(trace, 4), std::invalid_argument);
    CHECK_THROWS_AS(net.backward(trace, Y, SquaredError{}, gradients, 4), std::invalid_argument);
    CHECK_NOTHROW(net.forward(trace, 3));
}
