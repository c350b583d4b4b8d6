// Schedules: the learning rate for each epoch, as PyTorch's StepLR and CosineAnnealingLR.
#include <ctnn/math/is_close.hpp>
#include <ctnn/optimizer/schedule.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <initializer_list>

using ctnn::ConstantRate;
using ctnn::CosineDecay;
using ctnn::is_close;
using ctnn::Schedule;
using ctnn::StepDecay;

namespace {

// clang-format off
// Printed by tests/reference/optimizers.py (torch 1.13).
// StepLR(step_size=10, gamma=0.1) from lr=0.1, epochs 0 to 34
constexpr double torch_step_lr[] = {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.010000000000000002, 0.010000000000000002, 0.010000000000000002, 0.010000000000000002, 0.010000000000000002, 0.010000000000000002, 0.010000000000000002, 0.010000000000000002, 0.010000000000000002, 0.010000000000000002, 0.0010000000000000002, 0.0010000000000000002, 0.0010000000000000002, 0.0010000000000000002, 0.0010000000000000002, 0.0010000000000000002, 0.0010000000000000002, 0.0010000000000000002, 0.0010000000000000002, 0.0010000000000000002, 0.00010000000000000003, 0.00010000000000000003, 0.00010000000000000003, 0.00010000000000000003, 0.00010000000000000003};
// CosineAnnealingLR(T_max=10, eta_min=0.0) closed form from lr=0.1, epochs 0 to 20
constexpr double torch_cosine_lr[] = {0.1, 0.09755282581475769, 0.09045084971874738, 0.07938926261462366, 0.06545084971874737, 0.05, 0.03454915028125263, 0.02061073738537635, 0.009549150281252633, 0.0024471741852423235, 0.0, 0.0024471741852423127, 0.009549150281252623, 0.02061073738537634, 0.034549150281252626, 0.04999999999999999, 0.06545084971874736, 0.07938926261462365, 0.09045084971874738, 0.09755282581475769, 0.1};
// CosineAnnealingLR(T_max=10, eta_min=0.001) closed form from lr=0.1, epochs 0 to 20
constexpr double torch_cosine_min_lr[] = {0.1, 0.09757729755661011, 0.0905463412215599, 0.07959536998847742, 0.0657963412215599, 0.0505, 0.03520365877844011, 0.021404630011522586, 0.010453658778440109, 0.0034227024433899004, 0.001, 0.003422702443389889, 0.010453658778440095, 0.021404630011522575, 0.035203658778440096, 0.05049999999999999, 0.06579634122155989, 0.07959536998847741, 0.0905463412215599, 0.09757729755661011, 0.1};
// clang-format on

/// True when the schedule gives `expected[epoch]` for every epoch of the table, from 0.1.
/// tolerance 0: bit for bit.
template <Schedule S, std::size_t Epochs>
constexpr bool matches(const S& schedule, const double (&expected)[Epochs], double tolerance) {
    for (std::size_t epoch = 0; epoch < Epochs; ++epoch) {
        if (!is_close(schedule.learning_rate(0.1, epoch), expected[epoch], tolerance)) {
            return false;
        }
    }
    return true;
}

/// The Schedule laws: the initial rate at epoch 0 (up to one rounding), and finite rates >= 0
/// from a positive initial rate, over the first `epochs` epochs.
template <Schedule S>
constexpr bool obeys_schedule_laws(const S& schedule, std::size_t epochs) {
    for (double initial : {0.1, 1.0, 3e-4}) {
        if (!is_close(schedule.learning_rate(initial, 0), initial, initial * 0x1p-52)) {
            return false;
        }
        for (std::size_t epoch = 0; epoch < epochs; ++epoch) {
            const double rate = schedule.learning_rate(initial, epoch);
            if (!(rate >= 0.0) || !ctnn::is_finite(rate)) return false;
        }
    }
    return true;
}

/// Not schedules: the rate as a float, and a rate that needs a mutable schedule.
struct FloatRate {
    constexpr float learning_rate(double initial, std::size_t) const {
        return static_cast<float>(initial);
    }
};
struct CountingRate {
    int calls = 0;
    constexpr double learning_rate(double initial, std::size_t) {
        ++calls;
        return initial;
    }
};

}  // namespace

TEST_CASE("Schedule: is modelled by every shipped schedule and not by near misses",
          "[optimizer][schedule]") {
    STATIC_REQUIRE(Schedule<ConstantRate>);
    STATIC_REQUIRE(Schedule<StepDecay>);
    STATIC_REQUIRE(Schedule<CosineDecay>);
    STATIC_REQUIRE_FALSE(Schedule<FloatRate>);
    STATIC_REQUIRE_FALSE(Schedule<CountingRate>);
    STATIC_REQUIRE_FALSE(Schedule<double>);
}

TEST_CASE("Schedule: every shipped schedule obeys the laws", "[optimizer][schedule]") {
    STATIC_REQUIRE(obeys_schedule_laws(ConstantRate{}, 50));
    STATIC_REQUIRE(obeys_schedule_laws(StepDecay{}, 50));
    STATIC_REQUIRE(obeys_schedule_laws(StepDecay{.step_size = 1, .gamma = 0.5}, 50));
    STATIC_REQUIRE(obeys_schedule_laws(CosineDecay{}, 250));
    STATIC_REQUIRE(obeys_schedule_laws(CosineDecay{.period = 7, .minimum = 1e-5}, 50));
}

TEST_CASE("ConstantRate: gives the initial rate in every epoch", "[optimizer][schedule]") {
    STATIC_REQUIRE(ConstantRate{}.learning_rate(0.1, 0) == 0.1);
    STATIC_REQUIRE(ConstantRate{}.learning_rate(0.1, 1'000'000) == 0.1);
}

TEST_CASE("StepDecay: gives PyTorch's StepLR rates bit for bit", "[optimizer][schedule]") {
    // StepLR multiplies the current rate by γ at each boundary; StepDecay multiplies as often,
    // in the same order, so the rates agree to the last bit (0.1 * 0.1 = 0.010000000000000002).
    STATIC_REQUIRE(matches(StepDecay{.step_size = 10, .gamma = 0.1}, torch_step_lr, 0.0));
    // A different step size shifts the boundaries: epoch 10 would still be 0.1 with 15.
    STATIC_REQUIRE_FALSE(matches(StepDecay{.step_size = 15, .gamma = 0.1}, torch_step_lr, 0.0));
}

TEST_CASE("StepDecay: decays by γ every step_size epochs", "[optimizer][schedule]") {
    constexpr StepDecay halving{.step_size = 3, .gamma = 0.5};
    // By hand: ⌊epoch / 3⌋ halvings, exact in binary.
    STATIC_REQUIRE(halving.learning_rate(1.0, 0) == 1.0);
    STATIC_REQUIRE(halving.learning_rate(1.0, 2) == 1.0);
    STATIC_REQUIRE(halving.learning_rate(1.0, 3) == 0.5);
    STATIC_REQUIRE(halving.learning_rate(1.0, 8) == 0.25);
    STATIC_REQUIRE(halving.learning_rate(1.0, 9) == 0.125);
    STATIC_REQUIRE(halving.learning_rate(1.0, 30) == 0x1p-10);
}

TEST_CASE("CosineDecay: gives PyTorch's CosineAnnealingLR closed form", "[optimizer][schedule]") {
    // The same formula in the same order; the only difference allowed is one ulp of the cosine
    // (ctnn::cos is within 1 ulp, glibc's cos nearly always correctly rounded), which moves a
    // rate of at most 0.1 by at most 0.1 * 2^-53 ≈ 1.1e-17: tolerance 2e-17.
    STATIC_REQUIRE(matches(CosineDecay{.period = 10}, torch_cosine_lr, 2e-17));
    STATIC_REQUIRE(
        matches(CosineDecay{.period = 10, .minimum = 0.001}, torch_cosine_min_lr, 2e-17));
    // The minimum matters: the two tables differ by about 1e-3 at the bottom.
    STATIC_REQUIRE_FALSE(matches(CosineDecay{.period = 10}, torch_cosine_min_lr, 1e-4));
}

TEST_CASE("CosineDecay: falls from the initial rate to the minimum over one period",
          "[optimizer][schedule]") {
    constexpr CosineDecay decay{.period = 100, .minimum = 0.01};
    // By hand: cos(0) = 1, so the rate is min + (η0 - min) = 1 (exact here); cos(fl(π)) = -1,
    // so at epoch = period the rate is min exactly; at period / 2, cos(π/2) ~ 6e-17, half way.
    STATIC_REQUIRE(decay.learning_rate(1.0, 0) == 1.0);
    STATIC_REQUIRE(decay.learning_rate(1.0, 100) == 0.01);
    STATIC_REQUIRE(is_close(decay.learning_rate(1.0, 50), 0.505, 1e-16));
    // Past the period the closed form climbs back, as PyTorch's does.
    STATIC_REQUIRE(decay.learning_rate(1.0, 150) > decay.learning_rate(1.0, 100));
    STATIC_REQUIRE(is_close(decay.learning_rate(1.0, 200), 1.0, 1e-16));
}
