/// \file
/// `Trace` and `Gradients`: what a network's forward and backward passes return.
#pragma once

#include <ctnn/layer/activated.hpp>

#include <boost/hana/at.hpp>
#include <boost/hana/for_each.hpp>
#include <boost/hana/range.hpp>
#include <boost/hana/tuple.hpp>

#include <cstddef>

namespace ctnn {

/// Everything the forward pass computed for one input: the input x and, for every layer, its
/// pre-activation z and activation a. The backward pass reads them back.
///
/// `trace.layer<0>().z` is the notebook's Z1, `trace.layer<0>().a` its A1, and
/// `trace.output()` the prediction y_hat (the last layer's a).
template <class Input, class... LayerTraces>
struct Trace {
    Input x;
    boost::hana::tuple<LayerTraces...> layers;

    template <std::size_t I>
    constexpr const auto& layer() const {
        return boost::hana::at_c<I>(layers);
    }

    constexpr const auto& output() const { return layer<sizeof...(LayerTraces) - 1>().a; }
};

/// Everything the backward pass computed for one input and target: for every layer, the
/// derivative of the loss with respect to each of its parameters, its z and its a, and the
/// derivative with respect to the network's input x.
///
/// `gradients.layer<0>().W` is the notebook's dL_dW1, `.b` its dL_db1, `.dL_dz` its dL_dZ1 and
/// `.dL_da` its dL_dA1.
template <class Input, class... LayerGradients>
struct Gradients {
    Input dL_dx;
    boost::hana::tuple<LayerGradients...> layers;

    template <std::size_t I>
    constexpr const auto& layer() const {
        return boost::hana::at_c<I>(layers);
    }

    /// Adds `other`'s parameter gradients to these: the sum over a mini-batch.
    constexpr void add_parameter_gradients(const Gradients& other) {
        auto add_layer = [&](auto k) {
            boost::hana::at(layers, k).add_parameter_gradients(boost::hana::at(other.layers, k));
        };
        boost::hana::for_each(indices, add_layer);
    }

    /// Divides the parameter gradients by n: the mean over a mini-batch of n examples.
    template <class T>
    constexpr void divide_parameter_gradients(const T& n) {
        auto divide_layer = [&](auto k) {
            boost::hana::at(layers, k).divide_parameter_gradients(n);
        };
        boost::hana::for_each(indices, divide_layer);
    }

private:
    static constexpr auto indices = boost::hana::make_range(
        boost::hana::size_c<0>, boost::hana::size_c<sizeof...(LayerGradients)>);
};

}  // namespace ctnn
