/// \file
/// `Adam`: gradient descent with bias-corrected moving averages of the gradient and of its
/// square (Kingma and Ba, 2015), as PyTorch's `torch.optim.Adam` (without amsgrad).
#pragma once

#include <ctnn/concept/optimizer.hpp>
#include <ctnn/math/sqrt.hpp>
#include <ctnn/tensor/tensor.hpp>

#include <cstddef>

namespace ctnn {

/// Adaptive moment estimation: learning rate η (default 0.001), decay rates β1 (default 0.9)
/// and β2 (default 0.999) of the first and second moment averages, ε (default 1e-8) against
/// division by zero, L2 weight decay λ (default 0, added to the gradient as in PyTorch's Adam,
/// not decoupled as in AdamW).
///
/// Math:     t <- t + 1
///           g = dL/dp + λ p                       (only when λ != 0)
///           m = β1 m + (1 - β1) g                 (m = v = 0 before the first step)
///           v = β2 v + (1 - β2) g^2
///           m̂ = m / (1 - β1^t),  v̂ = v / (1 - β2^t)
///           p <- p - η m̂ / (sqrt(v̂) + ε)
///           β1^t and β2^t are kept in the state as running products. At t = 1, m̂ = g and
///           v̂ = g^2, so the first step moves each element by η against the sign of its gradient
///           (up to ε); so does every step while the gradient stays the same.
/// Requires: the same `state` object is passed to every step of the same parameter.
/// Models:   `Optimizer`.
struct Adam {
    double learning_rate = 0.001;
    double beta1 = 0.9;
    double beta2 = 0.999;
    double epsilon = 1e-8;
    double weight_decay = 0.0;

    /// The moment averages m and v, typed like the parameter, and β1^t, β2^t after t steps.
    template <class P>
    struct state {
        P m{};
        P v{};
        double beta1_power = 1.0;
        double beta2_power = 1.0;
    };

    template <Tensor P>
    constexpr void update(P& p, const P& dL_dp, state<P>& s) const {
        using T = typename P::scalar_type;
        s.beta1_power = s.beta1_power * beta1;
        s.beta2_power = s.beta2_power * beta2;
        const T eta(learning_rate);
        const T b1(beta1);
        const T b2(beta2);
        const T one_minus_b1(1.0 - beta1);
        const T one_minus_b2(1.0 - beta2);
        const T bias_correction1(1.0 - s.beta1_power);
        const T bias_correction2(1.0 - s.beta2_power);
        const T eps(epsilon);
        const T lambda(weight_decay);
        for (std::size_t i = 0; i < P::size; ++i) {
            T g = dL_dp.elements[i];
            if (weight_decay != 0.0) g = g + lambda * p.elements[i];
            T& m = s.m.elements[i];
            T& v = s.v.elements[i];
            m = b1 * m + one_minus_b1 * g;
            v = b2 * v + one_minus_b2 * g * g;
            const T m_hat = m / bias_correction1;
            const T v_hat = v / bias_correction2;
            p.elements[i] = p.elements[i] - eta * m_hat / (sqrt(v_hat) + eps);  // ctnn::sqrt
        }
    }
};

static_assert(Optimizer<Adam>);

}  // namespace ctnn
