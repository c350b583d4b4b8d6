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

    /// The new value of one parameter element p with gradient dL/dp.
    /// (`[[likely]]`: without it Clang computes both steps for every element of a layer's
    /// sweep and picks one, instead of choosing once; see bench/kernels.cpp.)
    template <class T>
    constexpr T updated(const T& p, const T& dL_dp) const {
        if (weight_decay == 0.0) [[likely]] {
            return p - T(learning_rate) * dL_dp;
        }
        return p - T(learning_rate) * (dL_dp + T(weight_decay) * p);
    }

    template <Tensor P>
    constexpr void update(P& p, const P& dL_dp, state<P>&) const {
        for (std::size_t i = 0; i < P::size; ++i) {
            p.elements[i] = updated(p.elements[i], dL_dp.elements[i]);
        }
    }
};

static_assert(ElementwiseOptimizer<SGD>);

}  // namespace ctnn
