/// \file
/// `SGD`: plain gradient descent, the notebook's update `w_new = w - eta * dL/dw`.
#pragma once

#include <ctnn/concept/optimizer.hpp>
#include <ctnn/tensor/tensor.hpp>

namespace ctnn {

/// Stochastic gradient descent with a fixed learning rate η (default 0.01).
///
/// Math: p <- p - η dL/dp, element by element.
struct SGD {
    double learning_rate = 0.01;

    template <Tensor P>
    constexpr void update(P& p, const P& dL_dp) const {
        using T = typename P::scalar_type;
        axpy(-T(learning_rate), dL_dp, p);
    }
};

static_assert(Optimizer<SGD>);

}  // namespace ctnn
