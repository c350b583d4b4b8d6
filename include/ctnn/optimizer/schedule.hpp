/// \file
/// Learning-rate schedules, `ConstantRate`, `StepDecay` and `CosineDecay`, and the `Schedule`
/// concept they model.
#pragma once

#include <ctnn/math/cos.hpp>

#include <concepts>
#include <cstddef>

namespace ctnn {

/// A learning-rate schedule: the rate to train with in each epoch, given the initial rate.
///
/// Represents: a rule epoch -> rate, as a value holding its own parameters
///             (`StepDecay{.step_size = 30, .gamma = 0.1}`); it keeps no state, so a rate is
///             computed from the epoch alone, in any order.
/// Requires:   `schedule.learning_rate(initial, epoch)` on a const schedule, returning `double`
///             and `constexpr`, a function of its arguments and the schedule's fields only.
/// Ensures:    (laws, checked for every shipped schedule in tests/optimizer/schedule.cpp)
///             at epoch 0 the rate is `initial`, up to one rounding;
///             for `initial > 0` every rate is finite and >= 0.
/// Use:        before each epoch, `optimizer.learning_rate = schedule.learning_rate(η0, epoch);`
/// Models:     `ConstantRate`, `StepDecay`, `CosineDecay`.
template <class S>
concept Schedule = std::copyable<S> &&
    requires(const S schedule, double initial, std::size_t epoch) {
    { schedule.learning_rate(initial, epoch) } -> std::same_as<double>;
};

/// The same rate in every epoch.
///
/// Math: η(epoch) = η0.
struct ConstantRate {
    constexpr double learning_rate(double initial, std::size_t) const { return initial; }
};

/// The rate multiplied by γ (default 0.1) every `step_size` epochs (default 10), as PyTorch's
/// `torch.optim.lr_scheduler.StepLR`.
///
/// Math:     η(epoch) = η0 γ^⌊epoch / step_size⌋, the power formed by repeated multiplication
///           η0 γ γ ... (left to right), which is what StepLR does one boundary at a time.
/// Requires: step_size >= 1.
struct StepDecay {
    std::size_t step_size = 10;
    double gamma = 0.1;

    constexpr double learning_rate(double initial, std::size_t epoch) const {
        const std::size_t decays = epoch / step_size;
        double rate = initial;
        for (std::size_t n = 0; n < decays; ++n) rate = rate * gamma;
        return rate;
    }
};

/// The rate falling from η0 to `minimum` (default 0) along half a cosine over `period` epochs
/// (default 100), as the closed form of PyTorch's `torch.optim.lr_scheduler.CosineAnnealingLR`
/// (T_max = period, eta_min = minimum).
///
/// Math:     η(epoch) = η_min + (η0 - η_min) (1 + cos(π epoch / period)) / 2, evaluated in that
///           order; η(0) = η0 and η(period) = η_min. Past `period` the formula goes on, as
///           PyTorch's does: the rate climbs back to η0 at 2 period, and so on.
/// Requires: period >= 1; epoch / period <= 333000 (where π epoch / period stays within
///           `ctnn::cos`'s range of 2^20; beyond it the rate is NaN).
struct CosineDecay {
    std::size_t period = 100;
    double minimum = 0.0;

    constexpr double learning_rate(double initial, std::size_t epoch) const {
        constexpr double pi = 0x1.921fb54442d18p+1;  // π rounded to double, Python's math.pi
        const double angle = pi * static_cast<double>(epoch) / static_cast<double>(period);
        return minimum + (initial - minimum) * (1.0 + cos(angle)) / 2.0;
    }
};

static_assert(Schedule<ConstantRate>);
static_assert(Schedule<StepDecay>);
static_assert(Schedule<CosineDecay>);

}  // namespace ctnn
