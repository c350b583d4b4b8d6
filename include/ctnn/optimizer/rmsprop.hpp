/// \file
/// `RMSProp`: gradient descent scaled by a moving root mean square of the gradient, as
/// PyTorch's `torch.optim.RMSprop` (not centered, no momentum).
#pragma once

#include <ctnn/concept/optimizer.hpp>
#include <ctnn/math/sqrt.hpp>
#include <ctnn/tensor/tensor.hpp>

#include <cstddef>

namespace ctnn {

/// Gradient descent in which each element's step is divided by the root of a moving average of
/// its squared gradient: learning rate η (default 0.01), smoothing α (default 0.99), ε (default
/// 1e-8) against division by zero, L2 weight decay λ (default 0).
///
/// Math:     g = dL/dp + λ p                       (only when λ != 0)
///           v = α v + (1 - α) g^2                 (v = 0 before the first step)
///           p <- p - η g / (sqrt(v) + ε)
///           so the first step moves each element by about η / sqrt(1 - α) = 10 η against the
///           sign of its gradient, whatever the gradient's size.
/// Requires: the same `state` object is passed to every step of the same parameter.
/// Models:   `Optimizer`.
struct RMSProp {
    double learning_rate = 0.01;
    double alpha = 0.99;
    double epsilon = 1e-8;
    double weight_decay = 0.0;

    /// The moving average v of the squared gradient, typed like the parameter.
    template <class P>
    struct state {
        P mean_square{};
    };

    template <Tensor P>
    constexpr void update(P& p, const P& dL_dp, state<P>& s) const {
        using T = typename P::scalar_type;
        const T eta(learning_rate);
        const T a(alpha);
        const T one_minus_a(1.0 - alpha);
        const T eps(epsilon);
        const T lambda(weight_decay);
        for (std::size_t i = 0; i < P::size; ++i) {
            T g = dL_dp.elements[i];
            if (weight_decay != 0.0) g = g + lambda * p.elements[i];
            T& v = s.mean_square.elements[i];
            v = a * v + one_minus_a * g * g;
            p.elements[i] = p.elements[i] - eta * g / (sqrt(v) + eps);  // ctnn::sqrt
        }
    }
};

static_assert(Optimizer<RMSProp>);

}  // namespace ctnn
