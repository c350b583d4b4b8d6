/// \file
/// `SGD`: plain gradient descent, the notebook's update `w_new = w - eta * dL/dw`.
#pragma once

#include <ctnn/concept/optimizer.hpp>
#include <ctnn/tensor/tensor.hpp>

#include <cstddef>

namespace ctnn {

/// Stochastic gradient descent with a fixed learning rate η (default 0.01) and optional L2
/// weight decay λ (default 0, as in PyTorch's `torch.optim.SGD`).
///
/// Math: p <- p - η (dL/dp + λ p), element by element; with λ = 0 exactly p - η dL/dp.
struct SGD {
    double learning_rate = 0.01;
    double weight_decay = 0.0;

    template <class P>
    struct state {};

    template <Tensor P>
    constexpr void update(P& p, const P& dL_dp, state<P>&) const {
        using T = typename P::scalar_type;
        const T eta(learning_rate);
        if (weight_decay == 0.0) {
            axpy(-eta, dL_dp, p);
            return;
        }
        const T lambda(weight_decay);
        for (std::size_t i = 0; i < P::size; ++i) {
            p.elements[i] = p.elements[i] - eta * (dL_dp.elements[i] + lambda * p.elements[i]);
        }
    }
};

static_assert(StatelessOptimizer<SGD>);

}  // namespace ctnn
