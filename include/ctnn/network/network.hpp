/// \file
/// `Network<Entries...>`: a neural network whose architecture is its type.
/// Implements the notebook's "Extending to Multiple Layers": forward pass, backward pass by the
/// chain rule, and the gradient-descent update.
#pragma once

#include <ctnn/concept/loss.hpp>
#include <ctnn/concept/optimizer.hpp>
#include <ctnn/network/checks.hpp>
#include <ctnn/network/plan.hpp>
#include <ctnn/network/trace.hpp>
#include <ctnn/tensor/matrix.hpp>
#include <ctnn/tensor/tensor.hpp>

#include <boost/hana/at.hpp>
#include <boost/hana/basic_tuple.hpp>
#include <boost/hana/for_each.hpp>

#include <cstddef>
#include <stdexcept>
#include <tuple>
#include <type_traits>
#include <utility>

namespace ctnn {

namespace detail {

/// The state an optimizer O keeps for each parameter of layer L:
/// `hana::basic_tuple<O::state<P>...>`.
template <class O, class Parameters>
struct ParameterStates;

template <class O, class... Members, class... Owners>
struct ParameterStates<O, std::tuple<Members Owners::*...>> {
    using type = boost::hana::basic_tuple<typename O::template state<Members>...>;
};

template <class O, class L>
using parameter_states_t =
    typename ParameterStates<O, std::remove_cvref_t<decltype(L::layer_type::parameters)>>::type;

/// The I-th parameter of layer L (of the layer type it wraps), as a pointer to member.
template <class L, std::size_t I>
inline constexpr auto parameter = std::get<I>(L::layer_type::parameters);

/// The number of scalars in the parameters of layer L.
template <class L>
constexpr std::size_t parameter_count_of() {
    auto count = [](auto... member) {
        return (std::size_t{0} + ... + std::remove_cvref_t<decltype(L{}.*member)>::size);
    };
    return std::apply(count, L::parameters);
}

template <class Layers>
struct NetworkTypes;

template <class... Ls>
struct NetworkTypes<boost::hana::basic_tuple<Ls...>> {
    using first = std::tuple_element_t<0, std::tuple<Ls...>>;
    using last = std::tuple_element_t<sizeof...(Ls) - 1, std::tuple<Ls...>>;
    using scalar_type = typename first::scalar_type;
    using input_type = Vector<first::input_size, scalar_type>;
    using trace_type = Trace<input_type, typename Ls::trace_type...>;
    using gradients_type = Gradients<input_type, typename Ls::gradient_type...>;
    template <std::size_t B>
    using batch_trace_type = Trace<Matrix<B, first::input_size, scalar_type>,
                                   typename Ls::template batch_trace_type<B>...>;
    template <std::size_t B>
    using batch_gradients_type =
        Gradients<NoInputGradient, typename Ls::template batch_gradient_type<B>...>;
    template <class O>
    using optimizer_state_type = boost::hana::basic_tuple<parameter_states_t<O, Ls>...>;
    template <class O>
    static constexpr bool descends_with = (DescendingLayer<typename Ls::layer_type, O> && ...);
    static constexpr std::size_t layer_count = sizeof...(Ls);
    static constexpr std::size_t parameter_count = (parameter_count_of<Ls>() + ...);
};

}  // namespace detail

/// A feed-forward network, listed from input to output: `Network<Dense<2, 2>, ReLU, Dense<2, 1>>`.
///
/// Each entry is a layer (`Layer`, e.g. `Dense`) or an activation (`Activation`, e.g. `ReLU`).
/// A layer and the activation right after it form one layer of the network, as in the notebook
/// (layer 0 computes Z1 and A1); a layer with no activation after it is linear. Shapes are
/// checked when the type is formed: a mismatch is one compile error naming the position, both
/// layers and both widths.
///
/// Every member function is `constexpr`: the same code runs in a `static_assert` and at run
/// time. Layers are numbered from 0: `layer<0>()` is the notebook's first layer (W1, b1).
template <class... Entries>
class Network {
    static constexpr bool well_formed = detail::well_formed<Entries...>();
    using layers_type = typename detail::Layers<well_formed, Entries...>::type;
    using types = detail::NetworkTypes<layers_type>;

public:
    static constexpr std::size_t layer_count = types::layer_count;
    static constexpr std::size_t input_size = types::first::input_size;
    static constexpr std::size_t output_size = types::last::output_size;
    /// The number of trained scalars: every weight and bias.
    static constexpr std::size_t parameter_count = types::parameter_count;
    using scalar_type = typename types::scalar_type;
    using input_type = Vector<input_size, scalar_type>;
    using output_type = Vector<output_size, scalar_type>;
    using trace_type = typename types::trace_type;
    using gradients_type = typename types::gradients_type;
    /// The forward pass's records for a batch of B examples: `.x` holds the examples as rows,
    /// and every layer's `.z` and `.a` hold one row per example.
    template <std::size_t B>
    using batch_trace_type = typename types::template batch_trace_type<B>;
    /// The backward pass's results for a batch of B examples: every parameter's gradient of the
    /// batch's mean loss, and every layer's dL/dz and dL/da with one row per example.
    template <std::size_t B>
    using batch_gradients_type = typename types::template batch_gradients_type<B>;
    /// What optimizer O keeps between steps, for every parameter of every layer.
    template <class O>
    using optimizer_state_type = typename types::template optimizer_state_type<O>;

    /// All parameters zero.
    constexpr Network() = default;

    /// From one value per entry, in the order of the list:
    /// `Network{Dense<2, 2>{W1, b1}, ReLU{}, Dense<2, 1>{W2, b2}}`.
    constexpr explicit Network(const Entries&... entries) requires(sizeof...(Entries) > 0)
        : layers_(layers_from(entries...)) {}

    /// Layer K: its parameters (`.W`, `.b`) and its `.activation`.
    template <std::size_t K>
    constexpr auto& layer() {
        return boost::hana::at_c<K>(layers_);
    }
    template <std::size_t K>
    constexpr const auto& layer() const {
        return boost::hana::at_c<K>(layers_);
    }

    /// Forward pass: every layer's z and a for the input x.
    template <std::size_t N, class T>
    constexpr trace_type forward(const Vector<N, T>& x) const {
        trace_type trace{};
        forward(x, trace);
        return trace;
    }

    /// Forward pass into an existing trace, which training loops reuse from step to step.
    template <std::size_t N, class T>
    constexpr void forward(const Vector<N, T>& x, trace_type& trace) const {
        if constexpr (input_fits<N, T>()) {
            trace.x = x;
            auto through_layer = [&](auto k) {
                constexpr std::size_t K = k;
                layer<K>().forward(input_of<K>(trace), boost::hana::at_c<K>(trace.layers));
            };
            detail::for_each_index(through_layer, std::make_index_sequence<layer_count>{});
        }
    }

    /// Forward pass of a batch: the first `rows` rows of `trace.x`, one example each, through
    /// every layer into the same rows of its z and a. Row by row, the values are those of
    /// `forward` on each example.
    template <std::size_t B>
    constexpr void forward(batch_trace_type<B>& trace, std::size_t rows = B) const {
        check_batch_rows<B>(rows);
        if constexpr (well_formed) forward_from<0>(trace, rows);
    }

    /// The prediction for x: the last layer's activation.
    template <std::size_t N, class T>
    constexpr output_type predict(const Vector<N, T>& x) const {
        return forward(x).output();
    }

    /// The loss of the prediction in `trace` against the target y.
    template <std::size_t N, class T, class LossFunction>
    constexpr scalar_type loss(const trace_type& trace, const Vector<N, T>& y,
                               const LossFunction& loss_function) const {
        if constexpr (target_fits<N, T, LossFunction>()) {
            return loss_function.value(trace.output(), y);
        } else {
            return scalar_type{};
        }
    }

    /// Backward pass: the chain rule from the loss back to the input. Starts from dL/da of the
    /// last layer and walks the layers in reverse; each turns its dL/da into dL/dz, the
    /// gradients of its parameters, and the dL/da of the layer before it.
    template <std::size_t N, class T, class LossFunction>
    constexpr gradients_type backward(const trace_type& trace, const Vector<N, T>& y,
                                      const LossFunction& loss_function) const {
        gradients_type gradients{};
        backward(trace, y, loss_function, gradients);
        return gradients;
    }

    /// Backward pass into existing gradients, which training loops reuse from step to step.
    template <std::size_t N, class T, class LossFunction>
    constexpr void backward(const trace_type& trace, const Vector<N, T>& y,
                            const LossFunction& loss_function, gradients_type& gradients) const {
        if constexpr (target_fits<N, T, LossFunction>()) {
            boost::hana::at_c<layer_count - 1>(gradients.layers).dL_da =
                loss_function.gradient(trace.output(), y);
            auto back_through_layer = [&](auto k) {
                constexpr std::size_t K = layer_count - 1 - k;
                layer<K>().backward(input_of<K>(trace), trace.template layer<K>(),
                                    boost::hana::at_c<K>(gradients.layers),
                                    dL_dinput_of<K>(gradients));
            };
            detail::for_each_index(back_through_layer, std::make_index_sequence<layer_count>{});
        }
    }

    /// Backward pass of a batch: for the first `rows` rows of `trace`, with targets the same
    /// rows of Y, every layer's dL/dz and dL/da row by row and every parameter's gradient of
    /// the mean loss over the rows (the examples' gradients added from the first row on, then
    /// divided by `rows`, as `fit` averages a mini-batch). The batch's dL/dX is not computed.
    template <std::size_t B, std::size_t N, class T, class LossFunction>
    constexpr void backward(const batch_trace_type<B>& trace, const Matrix<B, N, T>& Y,
                            const LossFunction& loss_function, batch_gradients_type<B>& gradients,
                            std::size_t rows = B) const {
        check_batch_rows<B>(rows);
        if constexpr (target_fits<N, T, LossFunction>()) {
            output_gradient(trace, Y, loss_function, gradients, rows);
            auto back_through_layer = [&](auto k) {
                constexpr std::size_t K = layer_count - 1 - k;
                layer<K>().backward(input_of<K>(trace), trace.template layer<K>(),
                                    boost::hana::at_c<K>(gradients.layers),
                                    dL_dinput_of<K>(gradients), rows);
            };
            detail::for_each_index(back_through_layer, std::make_index_sequence<layer_count>{});
            // The mean; a batch of one is its own mean (x / 1 is x), so it skips the division.
            if (rows > 1) gradients.divide_parameter_gradients(scalar_type(double(rows)));
        }
    }

    /// True when `descend` can take steps of optimizer O: O is an `ElementwiseOptimizer`
    /// (`SGD`) and every layer a `DescendingLayer` (`Dense`, an activation on its own).
    template <class O>
    static constexpr bool descends_with() {
        if constexpr (!well_formed) {
            return false;
        } else {
            return types::template descends_with<O>;
        }
    }

    /// Backward pass of a batch of one with `optimizer`'s step taken along the way, last layer
    /// first: each layer's dL/dz, then the dL/da of the layer before it (with the weights as
    /// they were), then its parameters' step, each gradient element used as it is computed.
    /// The same network, bit for bit, as `backward` followed by `update`, with one pass over
    /// the weights instead of three and no parameter gradients stored: `gradients` ends with
    /// every layer's dL/dz and dL/da, its parameter gradients unwritten. Whenever
    /// `descends_with<O>()`, `fit` trains batches of one this way (through
    /// `descend_then_forward` for every example but an epoch's last).
    template <std::size_t N, class T, class LossFunction, class O>
    constexpr void descend(const batch_trace_type<1>& trace, const Matrix<1, N, T>& Y,
                           const LossFunction& loss_function, batch_gradients_type<1>& gradients,
                           const O& optimizer) {
        static_assert(descends_with<O>(),
                      "ctnn::Network::descend: takes the steps of an element-wise optimizer (SGD) "
                      "through layers that can take them (Dense, activations). Use backward and "
                      "update for the others.");
        if constexpr (target_fits<N, T, LossFunction>() && descends_with<O>()) {
            descend_after_first(trace, Y, loss_function, gradients, optimizer);
            layer<0>().descend(trace.x, trace.template layer<0>(),
                               boost::hana::at_c<0>(gradients.layers), dL_dinput_of<0>(gradients),
                               optimizer);
        }
    }

    /// `descend`, then the forward pass of the example `next` through the updated network into
    /// `trace`: the values `descend` followed by `forward` give, with the first layer's step and
    /// its part of the forward pass in one pass over its weights (`Dense::descend_then_forward`).
    /// Each of `fit`'s steps on a batch of one computes the next example's forward pass this
    /// way.
    template <std::size_t N, class T, class LossFunction, class O>
    constexpr void descend_then_forward(batch_trace_type<1>& trace, const Matrix<1, N, T>& Y,
                                        const LossFunction& loss_function,
                                        batch_gradients_type<1>& gradients, const O& optimizer,
                                        const Matrix<1, input_size, scalar_type>& next) {
        static_assert(descends_with<O>(),
                      "ctnn::Network::descend_then_forward: takes the steps of an element-wise "
                      "optimizer (SGD) through layers that can take them (Dense, activations). "
                      "Use backward, update and forward for the others.");
        if constexpr (target_fits<N, T, LossFunction>() && descends_with<O>()) {
            descend_after_first(trace, Y, loss_function, gradients, optimizer);
            layer<0>().descend_then_forward(trace.x, boost::hana::at_c<0>(trace.layers),
                                            boost::hana::at_c<0>(gradients.layers), optimizer,
                                            next);
            trace.x = next;
            forward_from<1>(trace, 1);
        }
    }

    /// Calls `visit(layer)` for every layer, first to last; each is an `Activated<L, F>`, so
    /// `layer.W` is a dense layer's weight matrix and `layer.activation` its activation.
    template <class Visitor>
    constexpr void for_each_layer(Visitor&& visit) {
        boost::hana::for_each(layers_, visit);
    }
    template <class Visitor>
    constexpr void for_each_layer(Visitor&& visit) const {
        boost::hana::for_each(layers_, visit);
    }

    /// Calls `visit(p, dL_dp)` for every parameter tensor p of every layer, first to last;
    /// `gradients` is a `gradients_type` or a `batch_gradients_type<B>`.
    template <class GradientsType, class Visitor>
    constexpr void for_each_parameter(const GradientsType& gradients, Visitor&& visit) {
        for_each_parameter_of(gradients,
                              [&](auto& p, const auto& dL_dp, auto, auto) { visit(p, dL_dp); });
    }

    /// Calls `visit(p, k, i)` for the i-th parameter tensor p of every layer k, first to last,
    /// with k and i as integral constants.
    template <class Visitor>
    constexpr void for_each_parameter(Visitor&& visit) const {
        auto visit_layer = [&](auto k) {
            const auto& layer = boost::hana::at_c<k>(layers_);
            constexpr auto& parameters =
                std::remove_cvref_t<decltype(layer)>::layer_type::parameters;
            auto visit_parameter = [&](auto i) { visit(layer.*std::get<i>(parameters), k, i); };
            detail::for_each_index(
                visit_parameter,
                std::make_index_sequence<
                    std::tuple_size_v<std::remove_cvref_t<decltype(parameters)>>>{});
        };
        detail::for_each_index(visit_layer, std::make_index_sequence<layer_count>{});
    }

    /// A fresh state for `optimizer` (zero velocities, zero moving averages): create it once
    /// and pass it to every `update`.
    template <class OptimizerType>
    constexpr optimizer_state_type<OptimizerType> optimizer_state(const OptimizerType&) const {
        return {};
    }

    /// Gradient step: every parameter updated by the optimizer from its gradient (in a
    /// `gradients_type` or a `batch_gradients_type<B>`), the optimizer's state for it carried
    /// in `state`.
    template <class GradientsType, class OptimizerType>
    constexpr void update(const GradientsType& gradients, const OptimizerType& optimizer,
                          optimizer_state_type<OptimizerType>& state) {
        if constexpr (check::optimizer_models_optimizer<OptimizerType,
                                                        Optimizer<OptimizerType>>()) {
            auto update_layer = [&](auto k) {
                update_parameters(layer<k>(), boost::hana::at_c<k>(gradients.layers), optimizer,
                                  boost::hana::at_c<k>(state));
            };
            detail::for_each_index(update_layer, std::make_index_sequence<layer_count>{});
        }
    }

    /// Gradient step with an optimizer that keeps no state, such as `SGD`.
    template <class GradientsType, class OptimizerType>
    constexpr void update(const GradientsType& gradients, const OptimizerType& optimizer) {
        if constexpr (check::optimizer_models_optimizer<OptimizerType,
                                                        Optimizer<OptimizerType>>()) {
            if constexpr (check::optimizer_needs_no_state<OptimizerType,
                                                          StatelessOptimizer<OptimizerType>>()) {
                optimizer_state_type<OptimizerType> no_state{};
                update(gradients, optimizer, no_state);
            }
        }
    }

    /// True when an input `Vector<N, T>` fits the network; otherwise a compile error naming the
    /// mistake (and false).
    template <std::size_t N, class T>
    static constexpr bool input_fits() {
        if constexpr (!well_formed) {
            return false;
        } else {
            return check::input_width_matches<input_size, N>() &&
                   check::vector_scalar_matches<scalar_type, T>();
        }
    }

    /// True when a target `Vector<N, T>` fits the network's output and `LossFunction` is a
    /// `Loss`; otherwise a compile error naming the mistake (and false).
    template <std::size_t N, class T, class LossFunction>
    static constexpr bool target_fits() {
        if constexpr (!well_formed) {
            return false;
        } else {
            return check::loss_models_loss<LossFunction, Loss<LossFunction>>() &&
                   check::target_width_matches<output_size, N>() &&
                   check::vector_scalar_matches<scalar_type, T>();
        }
    }

private:
    /// Calls `visit(p, dL_dp, k, i)` for the i-th parameter p of every layer k, both given as
    /// integral constants.
    template <class GradientsType, class Visitor>
    constexpr void for_each_parameter_of(const GradientsType& gradients, Visitor&& visit) {
        auto visit_layer = [&](auto k) {
            constexpr std::size_t K = k;
            auto& layer = boost::hana::at_c<K>(layers_);
            const auto& dL_dlayer = boost::hana::at_c<K>(gradients.layers);
            constexpr auto& parameters =
                std::remove_cvref_t<decltype(layer)>::layer_type::parameters;
            auto visit_parameter = [&](auto i) {
                constexpr auto member = std::get<i>(parameters);
                visit(layer.*member, dL_dlayer.*member, k, i);
            };
            detail::for_each_index(
                visit_parameter,
                std::make_index_sequence<
                    std::tuple_size_v<std::remove_cvref_t<decltype(parameters)>>>{});
        };
        detail::for_each_index(visit_layer, std::make_index_sequence<layer_count>{});
    }

    /// The optimizer's step on every parameter of one layer, each with its own state.
    template <class L, class G, class O, class... States>
    static constexpr void update_parameters(L& layer, const G& dL_dlayer, const O& optimizer,
                                            boost::hana::basic_tuple<States...>& states) {
        auto update_each = [&]<std::size_t... I>(std::index_sequence<I...>) {
            (optimizer.update(layer.*detail::parameter<L, I>, dL_dlayer.*detail::parameter<L, I>,
                              boost::hana::at_c<I>(states)),
             ...);
        };
        update_each(std::index_sequence_for<States...>{});
    }

    /// The layers made of the entries' values; none when the list is not well formed, so that
    /// its mistake is reported once, by the checks, and not again by the construction.
    static constexpr layers_type layers_from(const Entries&... entries) {
        if constexpr (well_formed) {
            return detail::make_layers(std::make_index_sequence<layer_count>{}, entries...);
        } else {
            return layers_type{};
        }
    }

    /// dL/dA of the last layer, the loss's gradient, for the first `rows` rows of a batch.
    template <std::size_t B, std::size_t N, class T, class LossFunction>
    static constexpr void output_gradient(const batch_trace_type<B>& trace,
                                          const Matrix<B, N, T>& Y,
                                          const LossFunction& loss_function,
                                          batch_gradients_type<B>& gradients, std::size_t rows) {
        auto& dL_dA = boost::hana::at_c<layer_count - 1>(gradients.layers).dL_da;
        for (std::size_t m = 0; m < rows; ++m) {
            set_row(dL_dA, m, loss_function.gradient(row(trace.output(), m), row(Y, m)));
        }
    }

    /// The forward pass of the first `rows` rows of a batch from layer `First` on, its input
    /// already in `trace`.
    template <std::size_t First, std::size_t B>
    constexpr void forward_from(batch_trace_type<B>& trace, std::size_t rows) const {
        auto through_layer = [&](auto k) {
            constexpr std::size_t K = First + k;
            layer<K>().forward(input_of<K>(trace), boost::hana::at_c<K>(trace.layers), rows);
        };
        detail::for_each_index(through_layer, std::make_index_sequence<layer_count - First>{});
    }

    /// `descend` down to the first layer, which it leaves for its caller: the loss's gradient,
    /// then, last layer first, each layer's dL/dz, the dL/da of the layer before it and its step.
    template <std::size_t N, class T, class LossFunction, class O>
    constexpr void descend_after_first(const batch_trace_type<1>& trace, const Matrix<1, N, T>& Y,
                                       const LossFunction& loss_function,
                                       batch_gradients_type<1>& gradients, const O& optimizer) {
        output_gradient(trace, Y, loss_function, gradients, 1);
        auto back_through_layer = [&](auto k) {
            constexpr std::size_t K = layer_count - 1 - k;
            layer<K>().descend(input_of<K>(trace), trace.template layer<K>(),
                               boost::hana::at_c<K>(gradients.layers), dL_dinput_of<K>(gradients),
                               optimizer);
        };
        detail::for_each_index(back_through_layer, std::make_index_sequence<layer_count - 1>{});
    }

    /// Throws std::invalid_argument (a compile error naming the throw, at compile time) unless
    /// 1 <= rows <= B.
    template <std::size_t B>
    static constexpr void check_batch_rows(std::size_t rows) {
        if (rows == 0 || rows > B) {
            throw std::invalid_argument(
                "ctnn::Network: a batch of B rows holds from 1 to B examples; rows is out of that "
                "range");
        }
    }

    /// Where layer K's backward pass puts dL/d(its input): the dL/da of the layer before it, or
    /// dL/dx for the first layer.
    template <std::size_t K>
    static constexpr auto& dL_dinput_of(gradients_type& gradients) {
        if constexpr (K == 0) {
            return gradients.dL_dx;
        } else {
            return boost::hana::at_c<K - 1>(gradients.layers).dL_da;
        }
    }

    /// The same for a batch: null for the first layer, whose dL/dX is not computed.
    template <std::size_t K, std::size_t B>
    static constexpr auto* dL_dinput_of(batch_gradients_type<B>& gradients) {
        using dL_dX_type = typename types::first::template batch_input_type<B>;
        if constexpr (K == 0) {
            return static_cast<dL_dX_type*>(nullptr);
        } else {
            return &boost::hana::at_c<K - 1>(gradients.layers).dL_da;
        }
    }

    /// The input of layer K: x for the first, the activation of the one before otherwise.
    template <std::size_t K, class TraceType>
    static constexpr const auto& input_of(const TraceType& trace) {
        if constexpr (K == 0) {
            return trace.x;
        } else {
            return trace.template layer<K - 1>().a;
        }
    }

    layers_type layers_{};
};

}  // namespace ctnn
