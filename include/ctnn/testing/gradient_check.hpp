/// \file
/// `gradient_check`: backpropagation's gradients against central finite differences.
#pragma once

#include <ctnn/network/network.hpp>

#include <concepts>
#include <cstddef>

namespace ctnn::testing {

/// Settings of a gradient check. The defaults suit networks whose parameters and gradients are
/// of order one: the finite-difference error is about step^2 (truncation) plus
/// epsilon / step (rounding), well below the tolerance.
struct GradientCheckOptions {
    double step = 1e-5;       ///< h in (L(p + h) - L(p - h)) / 2h
    double tolerance = 1e-6;  ///< allowed |backprop - numeric| / max(1, |backprop|)
};

/// The outcome of a gradient check; converts to `true` when every derivative agreed.
struct GradientCheckResult {
    bool passed = true;
    std::size_t derivatives_checked = 0;  ///< parameters and input elements compared
    double max_error = 0;                 ///< largest |backprop - numeric| / max(1, |backprop|)
    double max_gradient = 0;              ///< largest |backprop|: a check of zeros proves nothing

    constexpr explicit operator bool() const { return passed; }
};

namespace detail {

template <class T>
constexpr double magnitude(const T& value) {
    const double v = static_cast<double>(value);
    return v < 0 ? -v : v;
}

}  // namespace detail

/// Compares every derivative backpropagation gives, dL/dp for each parameter p and dL/dx for
/// each input, with the central difference (L(p + h) - L(p - h)) / 2h computed from forward
/// passes alone. `constexpr`: `static_assert(gradient_check(network, x, y, SquaredError{}))`.
///
/// Requires: the loss is smooth within h of every parameter (for ReLU, no z within h of 0).
template <class... Entries, std::size_t N, std::size_t M, class T, class LossFunction>
constexpr GradientCheckResult gradient_check(const Network<Entries...>& network,
                                             const Vector<N, T>& x, const Vector<M, T>& y,
                                             const LossFunction& loss,
                                             GradientCheckOptions options = {}) {
    const auto gradients = network.backward(network.forward(x), y, loss);

    GradientCheckResult result;
    auto compare = [&](const T& backprop, const T& numeric) {
        const double scale = 1 + detail::magnitude(backprop);
        const double error = detail::magnitude(backprop - numeric) / scale;
        result.derivatives_checked += 1;
        result.max_error = error > result.max_error ? error : result.max_error;
        if (detail::magnitude(backprop) > result.max_gradient) {
            result.max_gradient = detail::magnitude(backprop);
        }
        if (!(error <= options.tolerance)) result.passed = false;
    };
    const T h(options.step);

    // Every parameter: nudge it down and up in a copy of the network, then put it back.
    auto perturbed = network;
    auto loss_of_perturbed = [&] { return perturbed.loss(perturbed.forward(x), y, loss); };
    perturbed.for_each_parameter(gradients, [&](auto& p, const auto& dL_dp) {
        for (std::size_t i = 0; i < p.size; ++i) {
            const T original = p.elements[i];
            p.elements[i] = original + h;
            const T loss_up = loss_of_perturbed();
            p.elements[i] = original - h;
            const T loss_down = loss_of_perturbed();
            p.elements[i] = original;
            compare(dL_dp.elements[i], (loss_up - loss_down) / (T(2.0) * h));
        }
    });

    // Every input element.
    for (std::size_t i = 0; i < N; ++i) {
        Vector<N, T> x_up = x, x_down = x;
        x_up[i] = x[i] + h;
        x_down[i] = x[i] - h;
        const T loss_up = network.loss(network.forward(x_up), y, loss);
        const T loss_down = network.loss(network.forward(x_down), y, loss);
        compare(gradients.dL_dx[i], (loss_up - loss_down) / (T(2.0) * h));
    }
    return result;
}

}  // namespace ctnn::testing
