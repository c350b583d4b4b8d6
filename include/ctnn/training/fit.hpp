/// \file
/// `fit`: mini-batch training over a data set for a number of epochs.
#pragma once

#include <ctnn/network/network.hpp>
#include <ctnn/optimizer/schedule.hpp>
#include <ctnn/tensor/matrix.hpp>
#include <ctnn/tensor/tensor.hpp>
#include <ctnn/training/diverged.hpp>
#include <ctnn/training/evaluate.hpp>
#include <ctnn/training/heap_value.hpp>
#include <ctnn/training/random.hpp>
#include <ctnn/training/shuffle.hpp>

#include <cstddef>
#include <cstdint>
#include <ranges>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

namespace ctnn {

/// How `fit` trains.
struct FitOptions {
    std::size_t epochs = 10;  ///< passes over the data set
    bool shuffle = true;      ///< visit the examples in a new random order every epoch
    std::uint64_t seed = 0;   ///< seed of the shuffling order
    /// Stop at the first loss that is not finite, or the first step that makes a parameter not
    /// finite, and throw `TrainingDiverged` with the network as it was before that step; when
    /// false, train on regardless (a NaN then spreads to every parameter).
    bool stop_on_divergence = true;
};

/// Where `fit` is in its training, as reported to its observer after every batch.
template <class T>
struct FitProgress {
    std::size_t epoch;          ///< counted from 0
    std::size_t examples_done;  ///< in this epoch so far, the batch just taken included
    std::size_t example_count;  ///< in every epoch: the epoch ends when examples_done reaches it
    T loss;                     ///< the mean loss of the examples done in this epoch so far
};

/// `fit`'s default observer: reports nothing.
struct NoProgress {
    template <class T>
    constexpr void operator()(const FitProgress<T>&) const {}
};

namespace detail {

/// What `fit` reuses from batch to batch: the batch's trace (its examples in `trace.x`), its
/// targets, its gradients, and the example after a batch of one.
template <class Net, std::size_t B, class Target>
struct BatchBuffers {
    typename Net::template batch_trace_type<B> trace;
    Matrix<B, Target::size, typename Target::scalar_type> targets;
    typename Net::template batch_gradients_type<B> gradients;
    Matrix<1, Net::input_size, typename Net::scalar_type> next;
};

/// What `fit` reuses from example to example when it trains on one example at a time.
template <class Net>
struct ExampleBuffers {
    typename Net::trace_type trace;
    typename Net::gradients_type gradients;
};

/// Throws std::invalid_argument unless the input x and the target y of example k are finite.
template <class Input, class Target>
constexpr void check_example(std::size_t k, const Input& x, const Target& y) {
    check_finite("ctnn::fit", k, "an input", x);
    check_finite("ctnn::fit", k, "a target", y);
}

/// Where and how `fit` diverged: the loss of an example of batch `batch` of epoch `epoch` was not
/// finite (before that batch's step), or that batch's step made the i-th parameter of layer k not
/// finite (or, at the last epoch's `batch` = the number of batches, the parameters were found so
/// when the training ended).
template <class T>
struct Divergence {
    enum Kind { none, loss, parameter };
    Kind kind = none;
    std::size_t epoch = 0;
    std::size_t batch = 0;
    std::size_t layer = 0;
    std::size_t parameter_index = 0;
    T value{};

    constexpr explicit operator bool() const { return kind != none; }
};

/// The first parameter element of `network` that is not finite, as a divergence at `batch` of
/// `epoch`; none when all are finite.
template <class Net>
constexpr auto non_finite_parameter(const Net& network, std::size_t epoch, std::size_t batch) {
    using T = typename Net::scalar_type;
    Divergence<T> found;
    network.for_each_parameter([&](const auto& p, auto k, auto i) {
        for (std::size_t n = 0; n < p.size && !found; ++n) {
            if (!finite(p.elements[n])) [[unlikely]] {
                found = {Divergence<T>::parameter, epoch, batch, k, i, p.elements[n]};
            }
        }
    });
    return found;
}

/// Throws `TrainingDiverged` for `divergence` (at compile time, a compile error naming the
/// throw).
template <class T>
constexpr void throw_diverged(const Divergence<T>& divergence) {
    if (divergence.kind == Divergence<T>::loss) {
        throw TrainingDiverged(divergence.epoch, divergence.batch, "the loss",
                               static_cast<double>(divergence.value));
    }
    throw TrainingDiverged(divergence.epoch, divergence.batch,
                           "layer " + std::to_string(divergence.layer) + "'s parameter " +
                               std::to_string(divergence.parameter_index) + " after its step",
                           static_cast<double>(divergence.value));
}

/// Networks small enough that `fit`, on batches of one with an optimizer that keeps state,
/// trains them one example at a time through the vector forward and backward passes: the same
/// values as batches of one, with no copies into one-row matrices and back and no walk through
/// the batch kernels, which pay off only on layers of hundreds of weights and more. (With `SGD`
/// the batch-of-one `descend` is cheaper still.)
template <class Net>
inline constexpr bool trains_by_example = Net::parameter_count <= 1024;

}  // namespace detail

/// Trains `network` on the examples (inputs[i], targets[i]) by mini-batch gradient descent and
/// returns the mean training loss of every epoch.
///
/// Each epoch visits every example once (in a fresh random order when `options.shuffle`),
/// in batches of `BatchSize` examples (the last one may be smaller): each batch goes through
/// the network at once (`forward` and `backward` of a batch), its gradients are averaged, then
/// the optimizer takes one step. A batch of one is exactly `train_step`; with an element-wise
/// optimizer (`SGD`) it takes its step inside the backward pass, and the first layer's step
/// computes the next example's forward pass along the way (`Network::descend_then_forward`):
/// the same values with one pass over the first layer's weights instead of four.
/// With another optimizer, a network of at most 1,024 parameters takes its batches of one
/// example by example through the vector passes (`forward`, `backward`, `update`): the same
/// values, with fewer steps for the compiler.
/// The epoch's loss is the mean of the losses the examples had when they were visited.
/// `schedule.learning_rate(initial, epoch)` sets the learning rate of each epoch, and
/// `observe(progress)` is called after every batch with a `FitProgress` (to draw a progress
/// bar, or to evaluate the network when an epoch ends).
///
/// `constexpr`: the compiler can train a network with it, and the same code trains at run time.
/// Throws `std::invalid_argument` when inputs and targets differ in number or are empty (at
/// compile time, that is a compile error naming the throw).
///
/// Nothing diverges silently (unless `options.stop_on_divergence` is false). Before training, `fit`
/// checks the network's parameters (a NaN or an infinity there throws `std::invalid_argument`);
/// then every example's loss before its batch's step, and the parameters when the training ends
/// (one that is not finite can hide behind a ReLU and leave every loss finite). At the first loss
/// that is not finite, or parameters found not finite, it puts the network back as it began and
/// looks at the data: a NaN or an infinity in an input or a target throws
/// `std::invalid_argument`, naming the example. Otherwise it trains again from there, the same
/// steps in the same order, now looking at the parameters after each, and stops before the first
/// step that made one not finite, or else before the batch whose loss was not. It then throws
/// `TrainingDiverged`, naming the epoch, the batch, the quantity and its value: the network keeps
/// its last finite parameters. Checking costs a test of each example's loss and one copy of the
/// network; training again happens only when training diverged. In a constant evaluation the
/// compiler either rejects the NaN or the overflow where it is computed or stops at the throw: a
/// compile error either way.
///
/// `inputs` and `targets` are random-access ranges of `Vector`s: built-in arrays, std::array,
/// std::vector, std::span.
template <std::size_t BatchSize = 1, class... Entries, std::ranges::random_access_range Inputs,
          std::ranges::random_access_range Targets, class LossFunction, class OptimizerType,
          Schedule LearningRateSchedule = ConstantRate, class Observer = NoProgress>
constexpr auto fit(Network<Entries...>& network, const Inputs& inputs, const Targets& targets,
                   const LossFunction& loss, OptimizerType optimizer,
                   const FitOptions& options = {}, const LearningRateSchedule& schedule = {},
                   const Observer& observe = {}) {
    using Net = Network<Entries...>;
    using T = typename Net::scalar_type;
    using Input = std::ranges::range_value_t<Inputs>;
    using Target = std::ranges::range_value_t<Targets>;
    constexpr bool descends = BatchSize == 1 && Net::template descends_with<OptimizerType>();
    constexpr bool by_example = BatchSize == 1 && !descends && detail::trains_by_example<Net>;
    constexpr bool observed = !std::is_same_v<Observer, NoProgress>;
    static_assert(BatchSize > 0,
                  "ctnn::fit: a batch holds at least one example. Use BatchSize >= 1.");
    std::vector<T> history;
    if constexpr (Net::template input_fits<Input::size, typename Input::scalar_type>() &&
                  Net::template target_fits<Target::size, typename Target::scalar_type,
                                            LossFunction>()) {
        const std::size_t count = detail::example_count(inputs, targets);
        const double initial_learning_rate = optimizer.learning_rate;
        // The optimizer's state (Adam's is twice the network) on the heap, as the buffers are.
        using State = typename Net::template optimizer_state_type<OptimizerType>;
        const detail::HeapValue<State> fresh_state;
        State& state = *fresh_state;
        // Filled by push_back: Clang 14 rejects libstdc++'s std::vector<T>(count) in constant
        // evaluation ("assignment to object outside its lifetime").
        std::vector<std::size_t> order;
        order.reserve(count);
        for (std::size_t i = 0; i < count; ++i) order.push_back(i);
        // The buffers of the way this network trains: example by example, or in batches.
        using Buffers = std::conditional_t<by_example, detail::ExampleBuffers<Net>,
                                           detail::BatchBuffers<Net, BatchSize, Target>>;
        const detail::HeapValue<Buffers> buffers;

        const bool checked = options.stop_on_divergence;
        if (checked) {
            if (detail::non_finite_parameter(network, 0, 0)) {
                throw std::invalid_argument(
                    "ctnn::fit: the network's parameters are not all finite before training");
            }
        }
        const std::size_t batch_count = (count + BatchSize - 1) / BatchSize;

        // Batches [0, end) of an epoch, in `order`, each example's loss added to `epoch_loss`.
        // Returns the first divergence met, if any: a loss that is not finite (when `checked`;
        // before that batch's step) or, when `check_steps`, a step that made a parameter not
        // finite (right after that step).
        auto take_steps = [&](std::size_t epoch, std::size_t end, bool check_steps, bool report,
                              T& epoch_loss) {
            using Divergence = detail::Divergence<T>;
            if constexpr (by_example) {
                auto& [trace, gradients] = *buffers;
                for (std::size_t i = 0; i < end; ++i) {
                    const std::size_t k = order[i];
                    const Input& x = inputs[k];
                    const Target& y = targets[k];
                    network.forward(x, trace);
                    const T example_loss = loss.value(trace.output(), y);
                    if (checked && !detail::finite(example_loss)) {
                        return Divergence{Divergence::loss, epoch, i, 0, 0, example_loss};
                    }
                    epoch_loss = epoch_loss + example_loss;
                    network.backward(trace, y, loss, gradients);
                    network.update(gradients, optimizer, state);
                    if (check_steps) {
                        if (const auto found = detail::non_finite_parameter(network, epoch, i))
                            return found;
                    }
                    if constexpr (observed) {
                        if (report) {
                            observe(
                                FitProgress<T>{epoch, i + 1, count, epoch_loss / T(double(i + 1))});
                        }
                    }
                }
            } else {
                for (std::size_t batch = 0; batch < end; ++batch) {
                    const std::size_t first = batch * BatchSize;
                    const std::size_t rows = count - first < BatchSize ? count - first : BatchSize;
                    for (std::size_t m = 0; m < rows; ++m) {
                        set_row(buffers->targets, m, targets[order[first + m]]);
                    }
                    // When descending, the step before computed this example's forward pass,
                    // except for an epoch's first example.
                    if (!descends || first == 0) {
                        for (std::size_t m = 0; m < rows; ++m) {
                            set_row(buffers->trace.x, m, inputs[order[first + m]]);
                        }
                        network.forward(buffers->trace, rows);
                    }
                    for (std::size_t m = 0; m < rows; ++m) {
                        const T example_loss =
                            loss.value(row(buffers->trace.output(), m), row(buffers->targets, m));
                        if (checked && !detail::finite(example_loss)) {
                            return Divergence{Divergence::loss, epoch, batch, 0, 0, example_loss};
                        }
                        epoch_loss = epoch_loss + example_loss;
                    }
                    if constexpr (descends) {
                        if (first + 1 < count) {
                            set_row(buffers->next, 0, inputs[order[first + 1]]);
                            network.descend_then_forward(buffers->trace, buffers->targets, loss,
                                                         buffers->gradients, optimizer,
                                                         buffers->next);
                        } else {
                            network.descend(buffers->trace, buffers->targets, loss,
                                            buffers->gradients, optimizer);
                        }
                    } else {
                        network.backward(buffers->trace, buffers->targets, loss, buffers->gradients,
                                         rows);
                        network.update(buffers->gradients, optimizer, state);
                    }
                    if (check_steps) {
                        if (const auto found =
                                detail::non_finite_parameter(network, epoch, batch)) {
                            return found;
                        }
                    }
                    if constexpr (observed) {
                        if (report) {
                            const std::size_t done = first + rows;
                            observe(
                                FitProgress<T>{epoch, done, count, epoch_loss / T(double(done))});
                        }
                    }
                }
            }
            return Divergence{};
        };

        // Epochs [0, epochs), the last one up to batch `end`, from the first shuffle on: returns
        // the first divergence met, as `take_steps` does. When `report`, each epoch's mean loss
        // goes into the history.
        auto train = [&](std::size_t epochs, std::size_t end, bool check_steps, bool report) {
            Pcg32 rng(options.seed);
            for (std::size_t i = 0; i < count; ++i) order[i] = i;
            for (std::size_t epoch = 0; epoch < epochs; ++epoch) {
                optimizer.learning_rate = schedule.learning_rate(initial_learning_rate, epoch);
                if (options.shuffle) shuffle(order.begin(), order.end(), rng);
                T epoch_loss(0.0);
                const auto divergence = take_steps(epoch, epoch + 1 < epochs ? batch_count : end,
                                                   check_steps, report, epoch_loss);
                if (divergence) return divergence;
                if (report) history.push_back(epoch_loss / T(double(count)));
            }
            return detail::Divergence<T>{};
        };

        // Stopping on divergence keeps the network and the optimizer's state as they began.
        const detail::HeapValue<Net> start;
        const detail::HeapValue<State> start_state;
        if (checked) {
            *start = network;
            *start_state = state;
        }
        auto restart = [&] {
            network = *start;
            state = *start_state;
        };

        history.reserve(options.epochs);
        auto divergence = train(options.epochs, batch_count, false, true);
        if (checked && !divergence && options.epochs > 0) {
            // A parameter that is not finite can leave every loss finite (a ReLU turns an infinite
            // z into 0): the parameters are checked when the training ends.
            divergence = detail::non_finite_parameter(network, options.epochs - 1, batch_count);
        }
        if (divergence) {
            // The training again, with a look at the parameters after each step, up to the
            // divergence found; then again up to the first step that made a parameter not finite,
            // if one came before it, so that the network is as it was before that step.
            restart();
            // A NaN or an infinity in the data is the likelier cause, and it is named as such.
            // (Looked for only now: a pass over a large data set costs a tenth of an epoch.)
            for (std::size_t k = 0; k < count; ++k) detail::check_example(k, inputs[k], targets[k]);
            const auto bad_step = train(divergence.epoch + 1, divergence.batch, true, false);
            if (bad_step) {
                restart();
                train(bad_step.epoch + 1, bad_step.batch, false, false);
                divergence = bad_step;
            }
            detail::throw_diverged(divergence);
        }
    }
    return history;
}

}  // namespace ctnn
