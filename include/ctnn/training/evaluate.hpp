/// \file
/// Evaluation over a data set: mean loss and classification accuracy.
#pragma once

#include <ctnn/network/network.hpp>

#include <cstddef>
#include <ranges>
#include <stdexcept>

namespace ctnn {

namespace detail {

/// The number of examples, after checking that inputs and targets pair up.
template <class Inputs, class Targets>
constexpr std::size_t example_count(const Inputs& inputs, const Targets& targets) {
    const std::size_t count = std::ranges::size(inputs);
    if (count != std::ranges::size(targets)) {
        throw std::invalid_argument("ctnn: the inputs and the targets differ in number");
    }
    if (count == 0) throw std::invalid_argument("ctnn: there are no examples");
    return count;
}

}  // namespace detail

/// The index of the largest element (the first one, on ties): a classifier's predicted class.
template <std::size_t N, class T>
constexpr std::size_t argmax(const Vector<N, T>& v) {
    std::size_t best = 0;
    for (std::size_t i = 1; i < N; ++i) {
        if (v[best] < v[i]) best = i;
    }
    return best;
}

/// True when the prediction a names the class of the target y: the same argmax for several
/// outputs (one-hot targets, logits or probabilities), the same side of `threshold` for one
/// output (a probability, as from a `Sigmoid`).
template <std::size_t M, class T>
constexpr bool same_class(const Vector<M, T>& a, const Vector<M, T>& y, T threshold = T(0.5)) {
    if constexpr (M == 1) {
        return (threshold <= a[0]) == (threshold <= y[0]);
    } else {
        return argmax(a) == argmax(y);
    }
}

/// The mean loss over the examples (inputs[i], targets[i]).
template <class... Entries, std::ranges::random_access_range Inputs,
          std::ranges::random_access_range Targets, class LossFunction>
constexpr auto mean_loss(const Network<Entries...>& network, const Inputs& inputs,
                         const Targets& targets, const LossFunction& loss) {
    using T = typename Network<Entries...>::scalar_type;
    const std::size_t count = detail::example_count(inputs, targets);
    T sum(0.0);
    for (std::size_t i = 0; i < count; ++i) {
        sum = sum + network.loss(network.forward(inputs[i]), targets[i], loss);
    }
    return sum / T(double(count));
}

/// The fraction of examples whose prediction names the target's class (see `same_class`).
template <class... Entries, std::ranges::random_access_range Inputs,
          std::ranges::random_access_range Targets>
constexpr double accuracy(const Network<Entries...>& network, const Inputs& inputs,
                          const Targets& targets) {
    const std::size_t count = detail::example_count(inputs, targets);
    std::size_t correct = 0;
    for (std::size_t i = 0; i < count; ++i) {
        if (same_class(network.predict(inputs[i]), targets[i])) ++correct;
    }
    return double(correct) / double(count);
}

}  // namespace ctnn
