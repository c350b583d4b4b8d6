// Momentum: PyTorch's SGD with momentum, b = μ b + g (b = g at first), p <- p - η b, or
// p <- p - η (g + μ b) with Nesterov; weight decay adds λ p to g first.
#include <ctnn/math/is_close.hpp>
#include <ctnn/optimizer/momentum.hpp>
#include <ctnn/optimizer/sgd.hpp>

#include <catch2/catch.hpp>

#include <cstddef>

#include "reference_steps.hpp"

using ctnn::is_close;
using ctnn::Matrix;
using ctnn::Momentum;
using ctnn::SGD;
using ctnn::Vector;

namespace {

using namespace reference;

// clang-format off
// Printed by tests/reference/optimizers.py (torch 1.13, float64): p after steps 1, 2 and 3.
// torch.optim.SGD(lr=0.1, momentum=0.9, nesterov=False, weight_decay=0.0), Vector<3>
constexpr Vector<3> torch_heavy_ball_vector[] = {
    {0.47, -1.18, 1.64},
    {0.46299999999999997, -1.157, 1.4509999999999998},
    {0.39669999999999994, -1.1463, 1.3308999999999997},
};
// torch.optim.SGD(lr=0.1, momentum=0.9, nesterov=True, weight_decay=0.0), Vector<3>
constexpr Vector<3> torch_nesterov_vector[] = {
    {0.443, -1.117, 1.541},
    {0.4567, -1.1363, 1.2809},
    {0.33703, -1.13667, 1.22281},
};
// torch.optim.SGD(lr=0.1, momentum=0.9, nesterov=False, weight_decay=0.1), Matrix<2, 3>
constexpr Matrix<2, 3> torch_heavy_ball_decay_matrix[] = {
    {0.2075, -0.465, 1.465, -1.0, 0.8025, 0.04375},
    {0.21717499999999998, -0.44885, 1.34885, -1.02, 0.811725, 0.01018749999999999},
    {0.21371074999999998, -0.5198265000000001, 1.2508265, -0.9578, 0.76191025, -0.08012062500000001},
};
// torch.optim.SGD(lr=0.1, momentum=0.9, nesterov=True, weight_decay=0.1), Matrix<2, 3>
constexpr Matrix<2, 3> torch_nesterov_decay_matrix[] = {
    {0.16924999999999998, -0.4335, 1.4335, -1.0, 0.84975, -0.029375000000000005},
    {0.22660924999999998, -0.4349135, 1.2449135, -1.038, 0.81912975, -0.01862937500000001},
    {0.21145024924999997, -0.5848237935, 1.1654337935, -0.901478, 0.71565580975, -0.15886872937500005},
};
// clang-format on

// Every parameter here is below 2 in magnitude, where an ulp is at most 2.2e-16. PyTorch's CPU
// kernels may fuse a multiply-add (p + (-η) d in one rounding) where ctnn rounds twice, so each
// step may differ in the last bit or two: 1e-15 allows about 4 ulps after three steps, while
// every effect tested here (momentum, Nesterov, decay) moves p by 1e-3 or more.
// Measured: bit-identical to PyTorch except the two weight-decay runs, off by at most 3.5e-17.
constexpr double tolerance = 1e-15;

constexpr Momentum heavy_ball{.learning_rate = 0.1, .momentum = 0.9};
constexpr Momentum nesterov{.learning_rate = 0.1, .momentum = 0.9, .nesterov = true};
constexpr Momentum heavy_ball_decay{.learning_rate = 0.1, .momentum = 0.9, .weight_decay = 0.1};
constexpr Momentum nesterov_decay{
    .learning_rate = 0.1, .momentum = 0.9, .nesterov = true, .weight_decay = 0.1};

}  // namespace

TEST_CASE("Momentum: has PyTorch's hyperparameters with momentum 0.9 by default",
          "[optimizer][momentum]") {
    constexpr Momentum momentum{};
    STATIC_REQUIRE(momentum.learning_rate == 0.01);
    STATIC_REQUIRE(momentum.momentum == 0.9);
    STATIC_REQUIRE_FALSE(momentum.nesterov);
    STATIC_REQUIRE(momentum.weight_decay == 0.0);
    STATIC_REQUIRE_FALSE(ctnn::StatelessOptimizer<Momentum>);
}

TEST_CASE("Momentum: follows PyTorch's SGD with momentum on a Vector for three steps",
          "[optimizer][momentum]") {
    constexpr auto ctnn_path = path(heavy_ball, p0_vector, g_vector);
    STATIC_REQUIRE(is_close(ctnn_path.after[0], torch_heavy_ball_vector[0], tolerance));
    STATIC_REQUIRE(is_close(ctnn_path.after[1], torch_heavy_ball_vector[1], tolerance));
    STATIC_REQUIRE(is_close(ctnn_path.after[2], torch_heavy_ball_vector[2], tolerance));
}

TEST_CASE("Momentum: follows PyTorch's Nesterov momentum on a Vector for three steps",
          "[optimizer][momentum]") {
    constexpr auto ctnn_path = path(nesterov, p0_vector, g_vector);
    STATIC_REQUIRE(is_close(ctnn_path.after[0], torch_nesterov_vector[0], tolerance));
    STATIC_REQUIRE(is_close(ctnn_path.after[1], torch_nesterov_vector[1], tolerance));
    STATIC_REQUIRE(is_close(ctnn_path.after[2], torch_nesterov_vector[2], tolerance));
}

TEST_CASE("Momentum: follows PyTorch with weight decay on a Matrix for three steps",
          "[optimizer][momentum]") {
    constexpr auto ctnn_path = path(heavy_ball_decay, p0_matrix, g_matrix);
    STATIC_REQUIRE(is_close(ctnn_path.after[0], torch_heavy_ball_decay_matrix[0], tolerance));
    STATIC_REQUIRE(is_close(ctnn_path.after[1], torch_heavy_ball_decay_matrix[1], tolerance));
    STATIC_REQUIRE(is_close(ctnn_path.after[2], torch_heavy_ball_decay_matrix[2], tolerance));
}

TEST_CASE("Momentum: follows PyTorch with Nesterov and weight decay on a Matrix for three steps",
          "[optimizer][momentum]") {
    constexpr auto ctnn_path = path(nesterov_decay, p0_matrix, g_matrix);
    STATIC_REQUIRE(is_close(ctnn_path.after[0], torch_nesterov_decay_matrix[0], tolerance));
    STATIC_REQUIRE(is_close(ctnn_path.after[1], torch_nesterov_decay_matrix[1], tolerance));
    STATIC_REQUIRE(is_close(ctnn_path.after[2], torch_nesterov_decay_matrix[2], tolerance));
}

TEST_CASE("Momentum: takes plain SGD's first step and then moves further than SGD",
          "[optimizer][momentum]") {
    constexpr auto sgd_path = path(SGD{.learning_rate = 0.1}, p0_vector, g_vector);
    constexpr auto momentum_path = path(heavy_ball, p0_vector, g_vector);
    // Step 1: b = g, so p - η b is SGD's p - η g, bit for bit.
    STATIC_REQUIRE(momentum_path.after[0] == sgd_path.after[0]);
    // Step 2: b = μ g1 + g2 adds μ η g1 = 0.09 g1 to SGD's move; the PyTorch values are at
    // least 0.018 away from SGD's, far outside the tolerance.
    STATIC_REQUIRE_FALSE(is_close(sgd_path.after[1], torch_heavy_ball_vector[1], 1e-3));
    // By hand, element 0: 0.5 - 0.1 * 0.3 = 0.47; b = 0.9 * 0.3 - 0.2 = 0.07; 0.47 - 0.007.
    STATIC_REQUIRE(is_close(momentum_path.after[1][0], 0.463, tolerance));
}

TEST_CASE("Momentum: with Nesterov looks ahead by μ b", "[optimizer][momentum]") {
    constexpr auto nesterov_path = path(nesterov, p0_vector, g_vector);
    // Step 1: d = g + μ g = 1.9 g; element 0: 0.5 - 0.1 * 1.9 * 0.3 = 0.443.
    STATIC_REQUIRE(is_close(nesterov_path.after[0][0], 0.443, tolerance));
    // Heavy ball and Nesterov part from the first step on.
    STATIC_REQUIRE_FALSE(is_close(torch_heavy_ball_vector[0], torch_nesterov_vector[0], 1e-3));
}

TEST_CASE("Momentum: with weight decay differs from the same run without it",
          "[optimizer][momentum]") {
    constexpr auto no_decay = path(heavy_ball, p0_matrix, g_matrix);
    // Step 1, element 0: g + λ p = 0.4 + 0.1 * 0.25 = 0.425; 0.25 - 0.1 * 0.425 = 0.2075.
    STATIC_REQUIRE(is_close(torch_heavy_ball_decay_matrix[0].elements[0], 0.2075, tolerance));
    STATIC_REQUIRE_FALSE(is_close(no_decay.after[2], torch_heavy_ball_decay_matrix[2], 1e-3));
}

TEST_CASE("Momentum: restarts from a fresh state", "[optimizer][momentum]") {
    constexpr auto restarted = [] {
        Vector<3> p = p0_vector;
        Momentum::state<Vector<3>> state{};
        heavy_ball.update(p, g_vector[0], state);
        state = {};  // forget the buffer: the next step is SGD's again
        const Vector<3> before = p;
        heavy_ball.update(p, g_vector[1], state);
        return before - p;
    }();
    // 0.1 * g2 (a step of 0.1 * (0.9 g1 + g2) would be the momentum step).
    STATIC_REQUIRE(is_close(restarted, 0.1 * g_vector[1], tolerance));
}
