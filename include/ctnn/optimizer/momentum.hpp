/// \file
/// `Momentum`: gradient descent with a velocity, heavy-ball or Nesterov, as PyTorch's
/// `torch.optim.SGD(momentum=μ, nesterov=..., weight_decay=λ)`.
#pragma once

#include <ctnn/concept/optimizer.hpp>
#include <ctnn/tensor/tensor.hpp>

#include <cstddef>

namespace ctnn {

/// Gradient descent that keeps a running sum of past gradients (a velocity) per parameter, with
/// learning rate η (default 0.01), momentum μ (default 0.9), Nesterov's look-ahead off or on,
/// and L2 weight decay λ (default 0).
///
/// Math:     g = dL/dp + λ p                       (only when λ != 0)
///           b = g on the first step, b = μ b + g after   (PyTorch's buffer, dampening 0)
///           d = g + μ b with Nesterov, d = b without
///           p <- p - η d
///           so the first step is plain SGD's, and with a constant gradient the step grows
///           towards η g / (1 - μ).
/// Requires: the same `state` object is passed to every step of the same parameter; a fresh
///           (value-initialised) state starts the buffer over.
/// Models:   `Optimizer`.
struct Momentum {
    double learning_rate = 0.01;
    double momentum = 0.9;
    bool nesterov = false;
    double weight_decay = 0.0;

    /// The buffer b, typed like the parameter, and whether it holds anything yet. (With
    /// dampening 0, μ 0 + g is g, so `started` only spells out PyTorch's first-step rule.)
    template <class P>
    struct state {
        P velocity{};
        bool started = false;
    };

    template <Tensor P>
    constexpr void update(P& p, const P& dL_dp, state<P>& s) const {
        using T = typename P::scalar_type;
        const T eta(learning_rate);
        const T mu(momentum);
        const T lambda(weight_decay);
        if (s.started && weight_decay == 0.0 && !nesterov) [[likely]] {
            // The usual step, on its own: b = mu b + g, p = p - eta b, with no choices per element.
            for (std::size_t i = 0; i < P::size; ++i) {
                s.velocity.elements[i] = mu * s.velocity.elements[i] + dL_dp.elements[i];
                p.elements[i] = p.elements[i] - eta * s.velocity.elements[i];
            }
            return;
        }
        for (std::size_t i = 0; i < P::size; ++i) {
            T g = dL_dp.elements[i];
            if (weight_decay != 0.0) g = g + lambda * p.elements[i];
            T& b = s.velocity.elements[i];
            b = s.started ? mu * b + g : g;
            const T d = nesterov ? g + mu * b : b;
            p.elements[i] = p.elements[i] - eta * d;
        }
        s.started = true;
    }
};

static_assert(Optimizer<Momentum>);

}  // namespace ctnn
