/// \file
/// `fit`: mini-batch training over a data set for a number of epochs.
#pragma once

#include <ctnn/network/network.hpp>
#include <ctnn/optimizer/schedule.hpp>
#include <ctnn/training/evaluate.hpp>
#include <ctnn/training/random.hpp>
#include <ctnn/training/shuffle.hpp>

#include <cstddef>
#include <cstdint>
#include <ranges>
#include <vector>

namespace ctnn {

/// How `fit` trains.
struct FitOptions {
    std::size_t epochs = 10;  ///< passes over the data set
    bool shuffle = true;      ///< visit the examples in a new random order every epoch
    std::uint64_t seed = 0;   ///< seed of the shuffling order
};

/// Trains `network` on the examples (inputs[i], targets[i]) by mini-batch gradient descent and
/// returns the mean training loss of every epoch.
///
/// Each epoch visits every example once (in a fresh random order when `options.shuffle`),
/// in batches of `BatchSize` examples (the last one may be smaller): the gradients of a batch
/// are averaged, then the optimizer takes one step. A batch of one is exactly `train_step`.
/// The epoch's loss is the mean of the losses the examples had when they were visited.
/// `schedule.learning_rate(initial, epoch)` sets the learning rate of each epoch.
///
/// `constexpr`: the compiler can train a network with it, and the same code trains at run time.
/// Throws `std::invalid_argument` when inputs and targets differ in number or are empty (at
/// compile time, that is a compile error naming the throw).
///
/// `inputs` and `targets` are random-access ranges of `Vector`s: built-in arrays, std::array,
/// std::vector, std::span.
template <std::size_t BatchSize = 1, class... Entries, std::ranges::random_access_range Inputs,
          std::ranges::random_access_range Targets, class LossFunction, class OptimizerType,
          Schedule LearningRateSchedule = ConstantRate>
constexpr auto fit(Network<Entries...>& network, const Inputs& inputs, const Targets& targets,
                   const LossFunction& loss, OptimizerType optimizer,
                   const FitOptions& options = {}, const LearningRateSchedule& schedule = {}) {
    using T = typename Network<Entries...>::scalar_type;
    static_assert(BatchSize > 0,
                  "ctnn::fit: a batch holds at least one example. Use BatchSize >= 1.");
    const std::size_t count = detail::example_count(inputs, targets);
    const double initial_learning_rate = optimizer.learning_rate;
    auto state = network.optimizer_state(optimizer);
    // Filled by push_back: Clang 14 rejects libstdc++'s std::vector<T>(count) in constant
    // evaluation ("assignment to object outside its lifetime").
    std::vector<std::size_t> order;
    order.reserve(count);
    for (std::size_t i = 0; i < count; ++i) order.push_back(i);
    Pcg32 rng(options.seed);

    // Buffers reused by every step: no network-sized value is created per example.
    typename Network<Entries...>::trace_type trace{};
    typename Network<Entries...>::gradients_type batch_gradients{};
    typename Network<Entries...>::gradients_type example_gradients{};

    std::vector<T> history;
    history.reserve(options.epochs);
    for (std::size_t epoch = 0; epoch < options.epochs; ++epoch) {
        optimizer.learning_rate = schedule.learning_rate(initial_learning_rate, epoch);
        if (options.shuffle) shuffle(order.begin(), order.end(), rng);

        T epoch_loss(0.0);
        for (std::size_t first = 0; first < count; first += BatchSize) {
            const std::size_t last = first + BatchSize < count ? first + BatchSize : count;
            for (std::size_t i = first; i < last; ++i) {
                const auto& x = inputs[order[i]];
                const auto& y = targets[order[i]];
                network.forward(x, trace);
                epoch_loss = epoch_loss + network.loss(trace, y, loss);
                if (i == first) {
                    network.backward(trace, y, loss, batch_gradients);
                } else {
                    network.backward(trace, y, loss, example_gradients);
                    batch_gradients.add_parameter_gradients(example_gradients);
                }
            }
            if (last - first > 1)
                batch_gradients.divide_parameter_gradients(T(double(last - first)));
            network.update(batch_gradients, optimizer, state);
        }
        history.push_back(epoch_loss / T(double(count)));
    }
    return history;
}

}  // namespace ctnn
