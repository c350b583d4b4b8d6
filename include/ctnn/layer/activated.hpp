/// \file
/// `Activated<L, F>`: one layer of a network as the notebook draws it, `z = L(x)`, `a = F(z)`,
/// with the records its forward and backward passes leave behind.
#pragma once

#include <ctnn/concept/activation.hpp>
#include <ctnn/concept/layer.hpp>

#include <cstddef>
#include <tuple>

namespace ctnn {

/// What one layer's forward pass computed: the pre-activation z and the activation a = f(z)
/// (the notebook's Z1 and A1).
template <std::size_t N, class T>
struct LayerTrace {
    Vector<N, T> z;
    Vector<N, T> a;

    friend constexpr bool operator==(const LayerTrace&, const LayerTrace&) = default;
};

/// What one layer's backward pass computed: the layer itself with each parameter replaced by
/// the loss's derivative with respect to it (`.W` is dL/dW), plus dL/da and dL/dz
/// (the notebook's dL_dA1 and dL_dZ1).
template <Layer L>
struct LayerGradient : L {
    Vector<L::output_size, typename L::scalar_type> dL_dz;
    Vector<L::output_size, typename L::scalar_type> dL_da;

    /// Adds `other`'s parameter gradients to these (summing a mini-batch); dL_dz and dL_da,
    /// which belong to one example, are left as they are.
    constexpr void add_parameter_gradients(const LayerGradient& other) {
        auto add = [&](auto... parameter) { ((this->*parameter += other.*parameter), ...); };
        std::apply(add, L::parameters);
    }

    /// Divides the parameter gradients by n (averaging a mini-batch of n examples).
    constexpr void divide_parameter_gradients(const typename L::scalar_type& n) {
        auto divide = [&](auto... parameter) { ((this->*parameter /= n), ...); };
        std::apply(divide, L::parameters);
    }

    friend constexpr bool operator==(const LayerGradient&, const LayerGradient&) = default;
};

/// A layer followed by its activation: the unit a network is made of.
///
/// Derives from the layer, so its parameters are read as on the layer: `net.layer<0>().W`.
///
/// Math:     z = L(x), a = f(z).
/// Backward: dL/dz = dL/da ⊙ f'(z) (the activation's part), then the layer's own backward gives
///           dL/dW, dL/db and dL/dx from dL/dz.
template <Layer L, Activation F>
struct Activated : L {
    using layer_type = L;
    using activation_type = F;
    using trace_type = LayerTrace<L::output_size, typename L::scalar_type>;
    using gradient_type = LayerGradient<L>;
    using input_type = Vector<L::input_size, typename L::scalar_type>;

    [[no_unique_address]] F activation{};

    constexpr trace_type forward(const input_type& x) const {
        trace_type trace;
        forward(x, trace);
        return trace;
    }

    /// Forward pass into `trace`: z = L(x), then a = f(z).
    constexpr void forward(const input_type& x, trace_type& trace) const {
        trace.z = L::forward(x);
        trace.a = activate(activation, trace.z);
    }

    /// Backward pass: from `gradient.dL_da` (set by the layer after, or by the loss) fills
    /// `gradient.dL_dz` and the parameter gradients, and returns dL/dx, the dL/da of the layer
    /// before.
    constexpr input_type backward(const input_type& x, const trace_type& trace,
                                  gradient_type& gradient) const {
        gradient.dL_dz = activation_backward(activation, trace.z, trace.a, gradient.dL_da);
        return L::backward(x, gradient.dL_dz, gradient);
    }
};

}  // namespace ctnn
