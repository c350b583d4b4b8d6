/// \file
/// `Trace` and `Gradients`: what a network's forward and backward passes return.
#pragma once

#include <ctnn/layer/activated.hpp>

#include <boost/hana/at.hpp>
#include <boost/hana/basic_tuple.hpp>

#include <cstddef>
#include <type_traits>
#include <utility>

namespace ctnn {

namespace detail {

/// Calls `visit(k)` for k = K..., each as an integral constant, in order: how the network walks
/// its layers (a fold, cheaper under constant evaluation than a Hana algorithm). Always inlined:
/// Clang 14 otherwise leaves the walk over a layer's parameters as a call, and a small
/// network's whole training step pays for the values it stores around it (1.8 times the
/// hand-written step instead of 1.1, `bench/kernels.cpp`).
template <class Visitor, std::size_t... K>
[[gnu::always_inline]] constexpr void for_each_index(Visitor&& visit, std::index_sequence<K...>) {
    (visit(std::integral_constant<std::size_t, K>{}), ...);
}

}  // namespace detail

/// Everything the forward pass computed for one input: the input x and, for every layer, its
/// pre-activation z and activation a. The backward pass reads them back.
///
/// `trace.layer<0>().z` is the notebook's Z1, `trace.layer<0>().a` its A1, and
/// `trace.output()` the prediction y_hat (the last layer's a).
template <class Input, class... LayerTraces>
struct Trace {
    Input x;
    boost::hana::basic_tuple<LayerTraces...> layers;

    template <std::size_t I>
    constexpr const auto& layer() const {
        return boost::hana::at_c<I>(layers);
    }

    constexpr const auto& output() const { return layer<sizeof...(LayerTraces) - 1>().a; }
};

/// Where a batch's gradients would hold dL/dX: the backward pass of a batch stops at the first
/// layer's parameters, as training needs nothing more.
struct NoInputGradient {};

/// Everything the backward pass computed for one input and target: for every layer, the
/// derivative of the loss with respect to each of its parameters, its z and its a, and the
/// derivative with respect to the network's input x.
///
/// `gradients.layer<0>().W` is the notebook's dL_dW1, `.b` its dL_db1, `.dL_dz` its dL_dZ1 and
/// `.dL_da` its dL_dA1.
template <class Input, class... LayerGradients>
struct Gradients {
    Input dL_dx;
    boost::hana::basic_tuple<LayerGradients...> layers;

    template <std::size_t I>
    constexpr const auto& layer() const {
        return boost::hana::at_c<I>(layers);
    }

    /// Adds `other`'s parameter gradients to these: the sum over a mini-batch.
    constexpr void add_parameter_gradients(const Gradients& other) {
        auto add_layer = [&](auto k) {
            boost::hana::at_c<k>(layers).add_parameter_gradients(
                boost::hana::at_c<k>(other.layers));
        };
        detail::for_each_index(add_layer, std::index_sequence_for<LayerGradients...>{});
    }

    /// Divides the parameter gradients by n: the mean over a mini-batch of n examples.
    template <class T>
    constexpr void divide_parameter_gradients(const T& n) {
        auto divide_layer = [&](auto k) {
            boost::hana::at_c<k>(layers).divide_parameter_gradients(n);
        };
        detail::for_each_index(divide_layer, std::index_sequence_for<LayerGradients...>{});
    }
};

}  // namespace ctnn
