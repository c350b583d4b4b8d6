/// \file
/// Evaluation over a data set: mean loss and classification accuracy.
#pragma once

#include <ctnn/math/float_bits.hpp>
#include <ctnn/network/network.hpp>
#include <ctnn/tensor/tensor.hpp>
#include <ctnn/training/heap_value.hpp>

#include <cstddef>
#include <ranges>
#include <stdexcept>
#include <string>

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

/// True unless x is a NaN or an infinity; scalars other than `float` and `double` (`Dual`) are
/// not checked.
template <class T>
constexpr bool finite(const T& x) {
    if constexpr (IeeeFloat<T>) {
        return is_finite(x);
    } else {
        return true;
    }
}

/// Throws std::invalid_argument naming `function`, the example i and `what` v is ("an input",
/// "a target", "a prediction") unless every element of v is finite (at compile time, a compile
/// error naming the throw): training and evaluation never take a NaN for a number.
template <std::size_t N, class T>
constexpr void check_finite(const char* function, std::size_t i, const char* what,
                            const Vector<N, T>& v) {
    for (std::size_t j = 0; j < N; ++j) {
        if (!finite(v.elements[j])) [[unlikely]] {
            throw std::invalid_argument(std::string(function) + ": example " + std::to_string(i) +
                                        " (counted from 0) has " + what + " of " +
                                        std::to_string(static_cast<double>(v.elements[j])) +
                                        ": look for a NaN or an infinity in the data, or in the "
                                        "network's parameters");
        }
    }
}

/// Calls `visit(i, y_hat)` with the network's prediction for every inputs[i], i < count, in
/// order; the inputs go through the network 64 at a time, as batches.
template <class Net, class Inputs, class Visitor>
constexpr void for_each_prediction(const Net& network, const Inputs& inputs, std::size_t count,
                                   Visitor&& visit) {
    using Input = std::ranges::range_value_t<Inputs>;
    constexpr std::size_t batch_size = 64;
    if constexpr (Net::template input_fits<Input::size, typename Input::scalar_type>()) {
        const HeapValue<typename Net::template batch_trace_type<batch_size>> batch;
        for (std::size_t first = 0; first < count; first += batch_size) {
            const std::size_t rows = count - first < batch_size ? count - first : batch_size;
            for (std::size_t m = 0; m < rows; ++m) set_row(batch->x, m, inputs[first + m]);
            network.forward(*batch, rows);
            for (std::size_t m = 0; m < rows; ++m) visit(first + m, row(batch->output(), m));
        }
    }
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
/// Throws std::invalid_argument when inputs and targets differ in number or are empty, or when a
/// prediction or a target is not finite (a NaN in the data, or a network that diverged).
template <class... Entries, std::ranges::random_access_range Inputs,
          std::ranges::random_access_range Targets, class LossFunction>
constexpr auto mean_loss(const Network<Entries...>& network, const Inputs& inputs,
                         const Targets& targets, const LossFunction& loss) {
    using T = typename Network<Entries...>::scalar_type;
    const std::size_t count = detail::example_count(inputs, targets);
    T sum(0.0);
    if constexpr (Network<Entries...>::template target_fits<
                      std::ranges::range_value_t<Targets>::size,
                      typename std::ranges::range_value_t<Targets>::scalar_type, LossFunction>()) {
        auto add_loss = [&](std::size_t i, const auto& y_hat) {
            detail::check_finite("ctnn::mean_loss", i, "a target", targets[i]);
            detail::check_finite("ctnn::mean_loss", i, "a prediction", y_hat);
            sum = sum + loss.value(y_hat, targets[i]);
        };
        detail::for_each_prediction(network, inputs, count, add_loss);
    }
    return sum / T(double(count));
}

/// The fraction of examples whose prediction names the target's class (see `same_class`).
/// Throws std::invalid_argument as `mean_loss` does.
template <class... Entries, std::ranges::random_access_range Inputs,
          std::ranges::random_access_range Targets>
constexpr double accuracy(const Network<Entries...>& network, const Inputs& inputs,
                          const Targets& targets) {
    const std::size_t count = detail::example_count(inputs, targets);
    std::size_t correct = 0;
    auto count_correct = [&](std::size_t i, const auto& y_hat) {
        detail::check_finite("ctnn::accuracy", i, "a target", targets[i]);
        detail::check_finite("ctnn::accuracy", i, "a prediction", y_hat);
        if (same_class(y_hat, targets[i])) ++correct;
    };
    detail::for_each_prediction(network, inputs, count, count_correct);
    return double(correct) / double(count);
}

}  // namespace ctnn
