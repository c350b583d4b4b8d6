/// \file
/// `train_step`: the notebook's "One Training Step": forward, loss, backward, update.
#pragma once

#include <ctnn/network/network.hpp>

#include <cstddef>

namespace ctnn {

/// One step of gradient descent on one example (x, y); returns the loss before the update.
///
/// 1. forward pass: every layer's z and a;  2. the loss L(y_hat, y);
/// 3. backward pass: dL/dp for every parameter p;  4. p <- optimizer's update of p.
///
/// `state...` is the optimizer's state (`network.optimizer_state(optimizer)`), needed by
/// optimizers that keep one, such as momentum or Adam; plain `SGD` needs none.
template <class... Entries, std::size_t N, std::size_t M, class T, class LossFunction,
          class OptimizerType, class... State>
constexpr T train_step(Network<Entries...>& network, const Vector<N, T>& x, const Vector<M, T>& y,
                       const LossFunction& loss, const OptimizerType& optimizer, State&... state) {
    static_assert(sizeof...(State) <= 1, "ctnn::train_step: pass at most one optimizer state.");
    const auto trace = network.forward(x);
    const T L = network.loss(trace, y, loss);
    const auto gradients = network.backward(trace, y, loss);
    network.update(gradients, optimizer, state...);
    return L;
}

}  // namespace ctnn
