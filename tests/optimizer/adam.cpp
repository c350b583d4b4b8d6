// Adam: PyTorch's Adam, m and v moving averages of g and g², bias-corrected by 1 - β^t,
// p <- p - η m̂ / (sqrt(v̂) + ε); weight decay adds λ p to g first.
#include <ctnn/layer/dense.hpp>
#include <ctnn/loss/squared_error.hpp>
#include <ctnn/math/is_close.hpp>
#include <ctnn/optimizer/adam.hpp>
#include <ctnn/training/train_step.hpp>

#include <catch2/catch.hpp>

#include <cstddef>

#include "reference_steps.hpp"

using ctnn::Adam;
using ctnn::Dense;
using ctnn::is_close;
using ctnn::Matrix;
using ctnn::Network;
using ctnn::SquaredError;
using ctnn::Vector;

namespace {

using namespace reference;

// clang-format off
// Printed by tests/reference/optimizers.py (torch 1.13, float64): p after steps 1, 2 and 3.
// torch.optim.Adam() (lr=0.001, betas=(0.9, 0.999), eps=1e-8), Vector<3>
constexpr Vector<3> torch_adam_vector[] = {
    {0.49900000003333334, -1.2490000000142858, 1.7490000000090908},
    {0.498855479509286, -1.2487876326859308, 1.7480101508384116},
    {0.49825029596934534, -1.2487034231664806, 1.7475005697390342},
};
// torch.optim.Adam(lr=0.01, betas=(0.8, 0.99), weight_decay=0.1), Matrix<2, 3>
constexpr Matrix<2, 3> torch_adam_decay_matrix[] = {
    {0.2400000002352941, -0.4900000002857143, 1.4900000002857143, -1.0, 0.7599999998095238, 0.11500000012307691},
    {0.24167399413768648, -0.4873365296933127, 1.4803578849181738, -1.0078370749914811, 0.7605357695649665, 0.11271510526105008},
    {0.24150586076493608, -0.4930100647345705, 1.4737835759249307, -1.002352032572998, 0.7561007962947724, 0.10735777204145038},
};
// torch.optim.Adam(lr=0.01, betas=(0.8, 0.99), weight_decay=0.1), Vector<3>
constexpr Vector<3> torch_adam_decay_vector[] = {
    {0.4900000002857143, -1.2400000001212121, 1.7400000000784315},
    {0.4873365296933127, -1.2365249894806276, 1.730126924400864},
    {0.48026144102723906, -1.2338140497602619, 1.724478444182678},
};

// nn.Linear(2, 1) from W = [[0.5], [-0.25]] (In x Out), b = [0.1]; Adam(lr=0.1);
// loss ((z - y)^2).sum() at x = [1.5, -0.5], y = [2.0]: the loss returned by each step
constexpr double torch_network_loss[] = {1.050625, 0.5256250021219512, 0.1865866444030137};
// W after each step, In x Out
constexpr Matrix<2, 1> torch_network_W[] = {
    {0.5999999996747968, -0.3499999990243903},
    {0.6976810796154818, -0.44768107823147785},
    {0.7898732584731345, -0.5398732562871499},
};
// b after each step
constexpr Vector<1> torch_network_b[] = {
    {0.19999999951219513},
    {0.29768107926948084},
    {0.38987325792663846},
};
// clang-format on

// Every parameter here is below 2 in magnitude, where an ulp is at most 2.2e-16. PyTorch's CPU
// kernels may fuse multiply-adds where ctnn rounds twice, compute β^t with pow where ctnn
// multiplies, and divide by sqrt(1 - β2^t) separately, so each step may differ in the last bit
// or two: 1e-15 allows about 4 ulps after three steps, while every effect tested here moves p by
// 1e-5 or more.
// Measured: bit-identical to PyTorch except the network run, off by at most 1 ulp.
constexpr double tolerance = 1e-15;

constexpr Adam decaying{.learning_rate = 0.01, .beta1 = 0.8, .beta2 = 0.99, .weight_decay = 0.1};

}  // namespace

TEST_CASE("Adam: has PyTorch's default hyperparameters", "[optimizer][adam]") {
    constexpr Adam adam{};
    STATIC_REQUIRE(adam.learning_rate == 0.001);
    STATIC_REQUIRE(adam.beta1 == 0.9);
    STATIC_REQUIRE(adam.beta2 == 0.999);
    STATIC_REQUIRE(adam.epsilon == 1e-8);
    STATIC_REQUIRE(adam.weight_decay == 0.0);
    STATIC_REQUIRE_FALSE(ctnn::StatelessOptimizer<Adam>);
}

TEST_CASE("Adam: follows PyTorch's Adam on a Vector for three steps", "[optimizer][adam]") {
    constexpr auto ctnn_path = path(Adam{}, p0_vector, g_vector);
    STATIC_REQUIRE(is_close(ctnn_path.after[0], torch_adam_vector[0], tolerance));
    STATIC_REQUIRE(is_close(ctnn_path.after[1], torch_adam_vector[1], tolerance));
    STATIC_REQUIRE(is_close(ctnn_path.after[2], torch_adam_vector[2], tolerance));
}

TEST_CASE("Adam: follows PyTorch with weight decay on a Vector and a Matrix for three steps",
          "[optimizer][adam]") {
    constexpr auto vector_path = path(decaying, p0_vector, g_vector);
    STATIC_REQUIRE(is_close(vector_path.after[0], torch_adam_decay_vector[0], tolerance));
    STATIC_REQUIRE(is_close(vector_path.after[1], torch_adam_decay_vector[1], tolerance));
    STATIC_REQUIRE(is_close(vector_path.after[2], torch_adam_decay_vector[2], tolerance));
    constexpr auto matrix_path = path(decaying, p0_matrix, g_matrix);
    STATIC_REQUIRE(is_close(matrix_path.after[0], torch_adam_decay_matrix[0], tolerance));
    STATIC_REQUIRE(is_close(matrix_path.after[1], torch_adam_decay_matrix[1], tolerance));
    STATIC_REQUIRE(is_close(matrix_path.after[2], torch_adam_decay_matrix[2], tolerance));
    // The same run without decay ends elsewhere.
    constexpr Adam no_decay{.learning_rate = 0.01, .beta1 = 0.8, .beta2 = 0.99};
    STATIC_REQUIRE_FALSE(
        is_close(path(no_decay, p0_vector, g_vector).after[2], torch_adam_decay_vector[2], 1e-5));
}

TEST_CASE("Adam: moves each element by η against its gradient's sign on the first step",
          "[optimizer][adam]") {
    // By hand: at t = 1, m̂ = (1 - β1) g / (1 - β1) = g and v̂ = g², so the step is
    // η g / (|g| + ε), within η ε / |g| <= 1e-11 / 0.3 of η sign(g).
    constexpr auto ctnn_path = path(Adam{}, p0_vector, g_vector);
    constexpr Vector<3> by_hand{0.5 - 0.001, -1.25 + 0.001, 1.75 - 0.001};
    STATIC_REQUIRE(is_close(ctnn_path.after[0], by_hand, 3.4e-11));
    STATIC_REQUIRE(is_close(torch_adam_vector[0], by_hand, 3.4e-11));
    // Without the bias correction the step would be η 0.1 g / (sqrt(0.001) |g|) = 3.16 η,
    // 2e-3 further.
    constexpr Vector<3> uncorrected{0.5 - 0.0031623, -1.25 + 0.0031623, 1.75 - 0.0031623};
    STATIC_REQUIRE_FALSE(is_close(torch_adam_vector[0], uncorrected, 1e-3));
}

TEST_CASE("Adam: moves by η per step while the gradient stays the same", "[optimizer][adam]") {
    // By hand: with g constant, m = (1 - β1^t) g and v = (1 - β2^t) g², so m̂ = g and v̂ = g²
    // at every t and each step is η sign(g) (up to η ε / |g| and a few roundings of the bias
    // corrections, amplified by 1 / (1 - β2^t) <= 1000).
    constexpr Vector<3> g{0.3, -0.7, 1.1};
    constexpr Vector<3> after_three = path(Adam{}, p0_vector, {g, g, g}).after[2];
    constexpr Vector<3> by_hand{0.5 - 0.003, -1.25 + 0.003, 1.75 - 0.003};
    STATIC_REQUIRE(is_close(after_three, by_hand, 1.1e-10));
}

TEST_CASE("Adam: keeps β1^t and β2^t as running products", "[optimizer][adam]") {
    constexpr Adam::state<Vector<1>> after_two = [] {
        Vector<1> p{1.0};
        Adam::state<Vector<1>> state{};
        Adam{}.update(p, Vector<1>{1.0}, state);
        Adam{}.update(p, Vector<1>{1.0}, state);
        return state;
    }();
    STATIC_REQUIRE(after_two.beta1_power == 0.9 * 0.9);
    STATIC_REQUIRE(after_two.beta2_power == 0.999 * 0.999);
}

/// Losses and parameters of a Dense<2, 1> network over three Adam steps on one example.
struct NetworkRun {
    double loss[3];
    Matrix<2, 1> W[3];
    Vector<1> b[3];
};

constexpr NetworkRun train_network_with_adam() {
    constexpr Vector<2> x{1.5, -0.5};
    constexpr Vector<1> y{2.0};
    constexpr Adam adam{.learning_rate = 0.1};
    // W is In x Out, [[0.5], [-0.25]]; PyTorch's weight [[0.5, -0.25]] is its transpose.
    Network<Dense<2, 1>> network{Dense<2, 1>{.W = {0.5, -0.25}, .b = {0.1}}};
    auto state = network.optimizer_state(adam);
    NetworkRun run{};
    for (std::size_t t = 0; t < 3; ++t) {
        run.loss[t] = train_step(network, x, y, SquaredError{}, adam, state);
        run.W[t] = network.layer<0>().W;
        run.b[t] = network.layer<0>().b;
    }
    return run;
}

TEST_CASE("Adam: trains a Dense<2, 1> network as PyTorch's Adam trains nn.Linear(2, 1)",
          "[optimizer][adam]") {
    constexpr NetworkRun run = train_network_with_adam();
    // By hand: z = 1.5 * 0.5 - 0.5 * -0.25 + 0.1 = 0.975, L = (0.975 - 2)^2 = 1.050625.
    STATIC_REQUIRE(is_close(run.loss[0], 1.050625, tolerance));
    STATIC_REQUIRE(is_close(run.loss[0], torch_network_loss[0], tolerance));
    STATIC_REQUIRE(is_close(run.W[0], torch_network_W[0], tolerance));
    STATIC_REQUIRE(is_close(run.b[0], torch_network_b[0], tolerance));
    STATIC_REQUIRE(is_close(run.loss[1], torch_network_loss[1], tolerance));
    STATIC_REQUIRE(is_close(run.W[1], torch_network_W[1], tolerance));
    STATIC_REQUIRE(is_close(run.b[1], torch_network_b[1], tolerance));
    STATIC_REQUIRE(is_close(run.loss[2], torch_network_loss[2], tolerance));
    STATIC_REQUIRE(is_close(run.W[2], torch_network_W[2], tolerance));
    STATIC_REQUIRE(is_close(run.b[2], torch_network_b[2], tolerance));
    // By hand: the first step moves every parameter by η = 0.1 against its gradient
    // (dL/dz = 2 (0.975 - 2) < 0, dL/dW = x dL/dz: W0 up, W1 down, b up), up to η ε / |g|.
    STATIC_REQUIRE(is_close(run.W[0], Matrix<2, 1>{0.6, -0.35}, 1e-8));
    STATIC_REQUIRE(is_close(run.b[0], Vector<1>{0.2}, 1e-8));
    // The loss goes down.
    STATIC_REQUIRE(run.loss[2] < run.loss[1]);
    STATIC_REQUIRE(run.loss[1] < run.loss[0]);
}
