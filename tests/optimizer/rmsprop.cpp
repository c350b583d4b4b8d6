// RMSProp: PyTorch's RMSprop, v = α v + (1 - α) g², p <- p - η g / (sqrt(v) + ε); weight decay
// adds λ p to g first.
#include <ctnn/math/is_close.hpp>
#include <ctnn/optimizer/rmsprop.hpp>
#include <ctnn/optimizer/sgd.hpp>

#include <catch2/catch.hpp>

#include <cstddef>

#include "reference_steps.hpp"

using ctnn::is_close;
using ctnn::Matrix;
using ctnn::RMSProp;
using ctnn::Vector;

namespace {

using namespace reference;

// clang-format off
// Printed by tests/reference/optimizers.py (torch 1.13, float64): p after steps 1, 2 and 3.
// torch.optim.RMSprop() (lr=0.01, alpha=0.99, eps=1e-8), Vector<3>
constexpr Vector<3> torch_rmsprop_vector[] = {
    {0.40000003333332224, -1.1500000142857123, 1.6500000090909084},
    {0.4556630518405974, -1.1998019721265565, 1.5864857203668228},
    {0.36975650071529736, -1.2122183542435803, 1.6199096341826171},
};
// torch.optim.RMSprop(lr=0.05, alpha=0.9, weight_decay=0.1), Matrix<2, 3>
constexpr Matrix<2, 3> torch_rmsprop_decay_matrix[] = {
    {0.09188612875628599, -0.341886131277294, 1.341886131277294, -1.0, 0.90811387348461, -0.033113876854573066},
    {0.2140619525746015, -0.41252583914609847, 1.1949819269566848, -1.158113858008423, 0.8105081059325319, 0.04018877909483551},
    {0.18283353363433852, -0.5588206479256362, 1.2098591990578795, -1.0041102174277357, 0.700569118102232, -0.05319320176877165},
};
// torch.optim.RMSprop(lr=0.05, alpha=0.9), Matrix<2, 3>
constexpr Matrix<2, 3> torch_rmsprop_matrix[] = {
    {0.09188612949158001, -0.34188613365824594, 1.341886141991577, -1.1581138330084348, 0.9081138746750861, -0.03311387675841926},
    {0.2178343036113723, -0.4327952163028748, 1.1892788965766377, -1.3088694901458031, 0.8343929002208257, 0.04060709860163812},
    {0.19164875667439735, -0.581244591375186, 1.2334127703610303, -1.163427019335196, 0.7342003495008067, -0.05321622659418987},
};
// clang-format on

// Every parameter here is below 2 in magnitude, where an ulp is at most 2.2e-16. PyTorch's CPU
// kernels may fuse a multiply-add where ctnn rounds twice, so each step may differ in the last
// bit or two: 1e-15 allows about 4 ulps after three steps, while every effect tested here moves
// p by 1e-3 or more.
// Measured: bit-identical to PyTorch in every case below.
constexpr double tolerance = 1e-15;

constexpr RMSProp faster{.learning_rate = 0.05, .alpha = 0.9};
constexpr RMSProp faster_decay{.learning_rate = 0.05, .alpha = 0.9, .weight_decay = 0.1};

}  // namespace

TEST_CASE("RMSProp: has PyTorch's default hyperparameters", "[optimizer][rmsprop]") {
    constexpr RMSProp rmsprop{};
    STATIC_REQUIRE(rmsprop.learning_rate == 0.01);
    STATIC_REQUIRE(rmsprop.alpha == 0.99);
    STATIC_REQUIRE(rmsprop.epsilon == 1e-8);
    STATIC_REQUIRE(rmsprop.weight_decay == 0.0);
    STATIC_REQUIRE_FALSE(ctnn::StatelessOptimizer<RMSProp>);
}

TEST_CASE("RMSProp: follows PyTorch's RMSprop on a Vector for three steps",
          "[optimizer][rmsprop]") {
    constexpr auto ctnn_path = path(RMSProp{}, p0_vector, g_vector);
    STATIC_REQUIRE(is_close(ctnn_path.after[0], torch_rmsprop_vector[0], tolerance));
    STATIC_REQUIRE(is_close(ctnn_path.after[1], torch_rmsprop_vector[1], tolerance));
    STATIC_REQUIRE(is_close(ctnn_path.after[2], torch_rmsprop_vector[2], tolerance));
}

TEST_CASE("RMSProp: follows PyTorch's RMSprop on a Matrix for three steps",
          "[optimizer][rmsprop]") {
    constexpr auto ctnn_path = path(faster, p0_matrix, g_matrix);
    STATIC_REQUIRE(is_close(ctnn_path.after[0], torch_rmsprop_matrix[0], tolerance));
    STATIC_REQUIRE(is_close(ctnn_path.after[1], torch_rmsprop_matrix[1], tolerance));
    STATIC_REQUIRE(is_close(ctnn_path.after[2], torch_rmsprop_matrix[2], tolerance));
}

TEST_CASE("RMSProp: follows PyTorch with weight decay on a Matrix for three steps",
          "[optimizer][rmsprop]") {
    constexpr auto ctnn_path = path(faster_decay, p0_matrix, g_matrix);
    STATIC_REQUIRE(is_close(ctnn_path.after[0], torch_rmsprop_decay_matrix[0], tolerance));
    STATIC_REQUIRE(is_close(ctnn_path.after[1], torch_rmsprop_decay_matrix[1], tolerance));
    STATIC_REQUIRE(is_close(ctnn_path.after[2], torch_rmsprop_decay_matrix[2], tolerance));
    // Element (1, 0) has p = -1 and g = 0.1, so g + λ p = 0 and it does not move at first;
    // without the decay it moves by about 0.05 / sqrt(0.1).
    STATIC_REQUIRE(torch_rmsprop_decay_matrix[0](1, 0) == -1.0);
    STATIC_REQUIRE_FALSE(is_close(torch_rmsprop_matrix[0], torch_rmsprop_decay_matrix[0], 1e-3));
}

TEST_CASE("RMSProp: moves each element by about 10 η on the first step, whatever the gradient",
          "[optimizer][rmsprop]") {
    // By hand: v = 0.01 g², sqrt(v) = 0.1 |g|, so the step is η g / (0.1 |g| + ε)
    // = 10 η sign(g) / (1 + 10 ε / |g|), within 100 η ε / |g| <= 1e-8 / 0.3 of 10 η sign(g).
    constexpr auto ctnn_path = path(RMSProp{}, p0_vector, g_vector);
    constexpr Vector<3> by_hand{0.5 - 0.1, -1.25 + 0.1, 1.75 - 0.1};
    STATIC_REQUIRE(is_close(ctnn_path.after[0], by_hand, 3.4e-8));
    STATIC_REQUIRE(is_close(torch_rmsprop_vector[0], by_hand, 3.4e-8));
    // Plain SGD's step would be η g, 10 to 30 times smaller.
    constexpr auto sgd_path = path(ctnn::SGD{.learning_rate = 0.01}, p0_vector, g_vector);
    STATIC_REQUIRE_FALSE(is_close(sgd_path.after[0], torch_rmsprop_vector[0], 1e-3));
}

TEST_CASE("RMSProp: divides by ε alone where the gradient has always been zero",
          "[optimizer][rmsprop]") {
    constexpr Vector<1> moved = [] {
        Vector<1> p{1.0};
        RMSProp::state<Vector<1>> state{};
        RMSProp{}.update(p, Vector<1>{0.0}, state);
        return p;
    }();
    // v = 0, so the step is η 0 / (0 + ε) = 0: no division by zero, no NaN.
    STATIC_REQUIRE(moved == Vector<1>{1.0});
}
