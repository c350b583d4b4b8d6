/// \file
/// Every compile-time check that guards a user-facing entry point, and its message.
///
/// Each check is a `constexpr bool` function template named as a predicate. Its template
/// parameters are named after the words of its message, because compilers print them (with
/// their values) right above it; its body is one `static_assert`, and it returns whether the
/// check passed so that the caller can stop before a second, consequential error.
///
/// Where the compiler takes a computed message (C++26's P2741: Clang 17 and later, also in C++20
/// as an extension; GCC 14 and later in C++26), a shape check writes its numbers into the message
/// itself, and names the layers as the list spells them: "the layer at position 3 (counting from
/// 1), Dense<4, 1>, takes 4 inputs but the layer before it, Dense<2, 3>, gives 3 outputs".
/// Elsewhere the message names the template parameters, printed with their values in the line
/// above it.
#pragma once

#include <ctnn/network/entry_name.hpp>
#include <ctnn/network/text.hpp>

#include <concepts>
#include <cstddef>

#if __cpp_static_assert >= 202306L && (defined(__clang__) || __cplusplus > 202302L)
#define CTNN_COMPUTED_MESSAGES 1
#else
#define CTNN_COMPUTED_MESSAGES 0
#endif

namespace ctnn::detail {

/// A static_assert message composed by the compiler: text and numbers, up to 480 characters.
struct ComposedMessage {
    char text[480]{};
    std::size_t length = 0;

    constexpr const char* data() const { return text; }
    constexpr std::size_t size() const { return length; }
};

/// The message made of `parts` (strings and numbers), in order.
template <class... Parts>
constexpr ComposedMessage compose(const Parts&... parts) {
    ComposedMessage message;
    TextWriter writer{message.text, sizeof message.text};
    (writer << ... << parts);
    message.length = writer.length < sizeof message.text ? writer.length : sizeof message.text;
    return message;
}

}  // namespace ctnn::detail

#if CTNN_COMPUTED_MESSAGES && defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wc++26-extensions"  // computed messages, in C++20 mode
#endif

namespace ctnn::check {

/// `Network<>`: nothing to compute.
template <std::size_t NumberOfEntries>
constexpr bool network_is_not_empty() {
    static_assert(NumberOfEntries != 0,
                  "ctnn::Network: a network needs at least one layer. "
                  "List its layers in order, e.g. Network<Dense<2, 2>, ReLU, Dense<2, 1>>.");
    return NumberOfEntries != 0;
}

/// An entry that models neither `Layer` nor `Activation`.
template <std::size_t Position, class Entry, bool EntryIsLayerOrActivation>
constexpr bool entry_is_layer_or_activation() {
    static_assert(EntryIsLayerOrActivation,
                  "ctnn::Network: the entry at this position (counting from 1) is neither a layer "
                  "nor an activation. Use a type that models ctnn::Layer, such as Dense<In, Out>, "
                  "or ctnn::Activation, such as ReLU.");
    return EntryIsLayerOrActivation;
}

/// An activation before any layer has no width to take.
template <class FirstEntry, bool FirstEntryIsLayer>
constexpr bool network_starts_with_layer() {
    static_assert(FirstEntryIsLayer,
                  "ctnn::Network: the first entry is an activation, which takes its width from "
                  "the layer before it, and there is none. Begin with a layer such as "
                  "Dense<In, Out> and put the activation after it.");
    return FirstEntryIsLayer;
}

/// Two layers whose widths do not chain.
template <std::size_t Position, class Layer, std::size_t LayerInputWidth, class PreviousLayer,
          std::size_t PreviousLayerOutputWidth>
constexpr bool layers_connect() {
#if CTNN_COMPUTED_MESSAGES
    static_assert(
        LayerInputWidth == PreviousLayerOutputWidth,
        detail::compose("ctnn::Network: the layer at position ", Position, " (counting from 1), ",
                        detail::entry_name<Layer>, ", takes ", LayerInputWidth,
                        " inputs but the layer before it, ", detail::entry_name<PreviousLayer>,
                        ", gives ", PreviousLayerOutputWidth,
                        " outputs. Make the two widths equal: give the layer ",
                        PreviousLayerOutputWidth, " inputs, e.g. Dense<", PreviousLayerOutputWidth,
                        ", N>, or the layer before it ", LayerInputWidth, " outputs."));
#else
    static_assert(LayerInputWidth == PreviousLayerOutputWidth,
                  "ctnn::Network: the layer at this position (counting from 1) takes "
                  "LayerInputWidth inputs but the layer before it gives PreviousLayerOutputWidth "
                  "outputs. Make the two widths equal, e.g. Dense<A, B> followed by Dense<B, C>.");
#endif
    return LayerInputWidth == PreviousLayerOutputWidth;
}

/// Layers computing in different scalar types.
template <std::size_t Position, class Layer, class LayerScalar, class FirstLayerScalar>
constexpr bool layers_share_scalar() {
    static_assert(std::same_as<LayerScalar, FirstLayerScalar>,
                  "ctnn::Network: the layer at this position (counting from 1) computes in "
                  "LayerScalar but the first layer in FirstLayerScalar. Give every layer the "
                  "same scalar type, e.g. Dense<In, Out, float> throughout.");
    return std::same_as<LayerScalar, FirstLayerScalar>;
}

/// An input vector of the wrong width for the network.
template <std::size_t NetworkInputWidth, std::size_t InputWidth>
constexpr bool input_width_matches() {
#if CTNN_COMPUTED_MESSAGES
    static_assert(
        InputWidth == NetworkInputWidth,
        detail::compose("ctnn::Network: the input vector has ", InputWidth,
                        " elements but the network's first layer takes ", NetworkInputWidth,
                        ". Pass a Vector<", NetworkInputWidth, ", T>."));
#else
    static_assert(InputWidth == NetworkInputWidth,
                  "ctnn::Network: the input vector has InputWidth elements but the network's "
                  "first layer takes NetworkInputWidth. Pass a Vector<NetworkInputWidth, T>.");
#endif
    return InputWidth == NetworkInputWidth;
}

/// A target vector of the wrong width for the network's output and loss.
template <std::size_t NetworkOutputWidth, std::size_t TargetWidth>
constexpr bool target_width_matches() {
#if CTNN_COMPUTED_MESSAGES
    static_assert(TargetWidth == NetworkOutputWidth,
                  detail::compose("ctnn::Network: the target y has ", TargetWidth,
                                  " elements but the loss compares it with the network's output "
                                  "of ",
                                  NetworkOutputWidth, ". Pass a Vector<", NetworkOutputWidth,
                                  ", T> as the target."));
#else
    static_assert(TargetWidth == NetworkOutputWidth,
                  "ctnn::Network: the target y has TargetWidth elements but the loss compares it "
                  "with the network's output of NetworkOutputWidth. Pass a "
                  "Vector<NetworkOutputWidth, T> as the target.");
#endif
    return TargetWidth == NetworkOutputWidth;
}

/// An input or target vector in another scalar type than the network's.
template <class NetworkScalar, class VectorScalar>
constexpr bool vector_scalar_matches() {
    static_assert(std::same_as<VectorScalar, NetworkScalar>,
                  "ctnn::Network: the vector's scalar type VectorScalar differs from the "
                  "network's NetworkScalar. Build it as Vector<N, NetworkScalar>.");
    return std::same_as<VectorScalar, NetworkScalar>;
}

/// A loss argument that does not model `Loss`.
template <class LossFunction, bool LossFunctionModelsLoss>
constexpr bool loss_models_loss() {
    static_assert(LossFunctionModelsLoss,
                  "ctnn::Network: the loss argument does not model ctnn::Loss. Pass a loss such "
                  "as SquaredError{}, or give the type value(a, y) and gradient(a, y).");
    return LossFunctionModelsLoss;
}

/// An optimizer argument that does not model `Optimizer`.
template <class OptimizerType, bool OptimizerTypeModelsOptimizer>
constexpr bool optimizer_models_optimizer() {
    static_assert(OptimizerTypeModelsOptimizer,
                  "ctnn::Network: the optimizer argument does not model ctnn::Optimizer. Pass an "
                  "optimizer such as SGD{.learning_rate = 0.1}, or give the type a "
                  "learning_rate, a state<P> and update(p, g, state).");
    return OptimizerTypeModelsOptimizer;
}

/// An optimizer with state between steps, used without its state.
template <class OptimizerType, bool OptimizerTypeIsStateless>
constexpr bool optimizer_needs_no_state() {
    static_assert(OptimizerTypeIsStateless,
                  "ctnn::Network: this optimizer keeps state from step to step (a velocity or "
                  "moving averages), so it needs that state passed in. Create it once with "
                  "auto state = network.optimizer_state(optimizer) and pass it to every update.");
    return OptimizerTypeIsStateless;
}

/// `testing::dual_check` on a network with a layer it cannot rebuild over dual numbers.
template <class NetworkType, bool EveryLayerHasADualTwin>
constexpr bool network_has_dual_twin() {
    static_assert(EveryLayerHasADualTwin,
                  "ctnn::testing::dual_check: a layer of the network has no twin over Dual<T>; "
                  "Dense layers and activations have one. Specialise ctnn::testing::WithScalar "
                  "for the layer.");
    return EveryLayerHasADualTwin;
}

}  // namespace ctnn::check

#if CTNN_COMPUTED_MESSAGES && defined(__clang__)
#pragma clang diagnostic pop
#endif
