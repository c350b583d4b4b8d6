/// \file
/// `Activated<L, F>`: one layer of a network as the notebook draws it, `z = L(x)`, `a = F(z)`,
/// with the records its forward and backward passes leave behind.
#pragma once

#include <ctnn/concept/activation.hpp>
#include <ctnn/concept/layer.hpp>

#include <cstddef>

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
        const auto z = L::forward(x);
        return {z, activate(activation, z)};
    }

    /// Fills `gradient` and returns dL/dx, the dL/da of the layer before.
    constexpr input_type backward(const input_type& x, const trace_type& trace,
                                  const Vector<L::output_size, typename L::scalar_type>& dL_da,
                                  gradient_type& gradient) const {
        gradient.dL_da = dL_da;
        gradient.dL_dz = activation_backward(activation, trace.z, trace.a, dL_da);
        return L::backward(x, gradient.dL_dz, gradient);
    }
};

}  // namespace ctnn
