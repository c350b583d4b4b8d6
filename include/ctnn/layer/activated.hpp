/// \file
/// `Activated<L, F>`: one layer of a network as the notebook draws it, `z = L(x)`, `a = F(z)`,
/// with the records its forward and backward passes leave behind.
#pragma once

#include <ctnn/concept/activation.hpp>
#include <ctnn/concept/layer.hpp>
#include <ctnn/layer/batch.hpp>
#include <ctnn/tensor/matrix.hpp>

#include <cstddef>
#include <tuple>

namespace ctnn {

/// What one layer's forward pass computed: the pre-activation z and the activation a = f(z)
/// (the notebook's Z1 and A1). `Values` is a `Vector` for one example, a `Matrix` with one row
/// per example for a batch.
template <class Values>
struct LayerTrace {
    Values z;
    Values a;

    friend constexpr bool operator==(const LayerTrace&, const LayerTrace&) = default;
};

/// What one layer's backward pass computed: the layer itself with each parameter replaced by
/// the loss's derivative with respect to it (`.W` is dL/dW), plus dL/da and dL/dz
/// (the notebook's dL_dA1 and dL_dZ1). For a batch, `Values` is a `Matrix` whose rows are
/// every example's dL/da and dL/dz.
template <Layer L, class Values = Vector<L::output_size, typename L::scalar_type>>
struct LayerGradient : L {
    Values dL_dz;
    Values dL_da;

    /// Adds `other`'s parameter gradients to these (summing a mini-batch); dL_dz and dL_da,
    /// which belong to one example, are left as they are.
    constexpr void add_parameter_gradients(const LayerGradient& other) {
        add_parameters<L>(*this, other);
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
    using scalar_type = typename L::scalar_type;
    using trace_type = LayerTrace<Vector<L::output_size, scalar_type>>;
    using gradient_type = LayerGradient<L>;
    using input_type = Vector<L::input_size, scalar_type>;
    /// The same for a batch of B examples, one per row.
    template <std::size_t B>
    using batch_trace_type = LayerTrace<Matrix<B, L::output_size, scalar_type>>;
    template <std::size_t B>
    using batch_gradient_type = LayerGradient<L, Matrix<B, L::output_size, scalar_type>>;
    template <std::size_t B>
    using batch_input_type = Matrix<B, L::input_size, scalar_type>;

    [[no_unique_address]] F activation{};

    constexpr trace_type forward(const input_type& x) const {
        trace_type trace;
        forward(x, trace);
        return trace;
    }

    /// Forward pass into `trace`: z = L(x), then a = f(z).
    constexpr void forward(const input_type& x, trace_type& trace) const {
        if constexpr (InPlaceLayer<L>) {
            L::forward(x, trace.z);
        } else {
            trace.z = L::forward(x);
        }
        activate(activation, trace.z, trace.a);
    }

    /// Backward pass: from `gradient.dL_da` (set by the layer after, or by the loss) fills
    /// `gradient.dL_dz` and the parameter gradients, and returns dL/dx, the dL/da of the layer
    /// before.
    constexpr input_type backward(const input_type& x, const trace_type& trace,
                                  gradient_type& gradient) const {
        input_type dL_dx;
        backward(x, trace, gradient, dL_dx);
        return dL_dx;
    }

    /// The backward pass with dL/dx written into `dL_dx`.
    constexpr void backward(const input_type& x, const trace_type& trace, gradient_type& gradient,
                            input_type& dL_dx) const {
        activation_backward(activation, trace.z, trace.a, gradient.dL_da, gradient.dL_dz);
        if constexpr (InPlaceLayer<L>) {
            L::backward(x, gradient.dL_dz, gradient, dL_dx);
        } else {
            dL_dx = L::backward(x, gradient.dL_dz, gradient);
        }
    }

    /// Forward pass of the first `rows` examples of a batch: Z = L(X), then A = f(Z).
    template <std::size_t B>
    constexpr void forward(const batch_input_type<B>& X, batch_trace_type<B>& trace,
                           std::size_t rows = B) const {
        forward_batch(static_cast<const L&>(*this), X, trace.z, rows);
        activate(activation, trace.z, trace.a, rows);
    }

    /// Backward pass of the first `rows` examples of a batch: from the rows of
    /// `gradient.dL_da`, fills those of `gradient.dL_dz`, the parameter gradients summed over
    /// the rows, and (unless `dL_dX` is null) the rows of `*dL_dX`.
    template <std::size_t B>
    constexpr void backward(const batch_input_type<B>& X, const batch_trace_type<B>& trace,
                            batch_gradient_type<B>& gradient, batch_input_type<B>* dL_dX,
                            std::size_t rows = B) const {
        activation_backward(activation, trace.z, trace.a, gradient.dL_da, gradient.dL_dz, rows);
        backward_batch(static_cast<const L&>(*this), X, gradient.dL_dz, static_cast<L&>(gradient),
                       dL_dX, rows);
    }

    /// The backward pass of a batch of one with `optimizer`'s step on the parameters taken
    /// along the way (`descend_batch`): `gradient.dL_dz` from `gradient.dL_da`, dL/dX (unless
    /// `dL_dX` is null) with the parameters as they were, then the step. The parameter
    /// gradients in `gradient` are not written.
    template <class O>
    requires DescendingLayer<L, O>
    constexpr void descend(const batch_input_type<1>& X, const batch_trace_type<1>& trace,
                           batch_gradient_type<1>& gradient, batch_input_type<1>* dL_dX,
                           const O& optimizer) {
        activation_backward(activation, trace.z, trace.a, gradient.dL_da, gradient.dL_dz, 1);
        descend_batch(static_cast<L&>(*this), X, gradient.dL_dz, dL_dX, optimizer);
    }

    /// For the first layer of a network: `descend` without dL/dX, then the forward pass of
    /// the next example `next_X` with the new parameters into `trace`
    /// (`descend_then_forward_batch`).
    template <class O>
    requires DescendingLayer<L, O>
    constexpr void descend_then_forward(const batch_input_type<1>& X, batch_trace_type<1>& trace,
                                        batch_gradient_type<1>& gradient, const O& optimizer,
                                        const batch_input_type<1>& next_X) {
        activation_backward(activation, trace.z, trace.a, gradient.dL_da, gradient.dL_dz, 1);
        descend_then_forward_batch(static_cast<L&>(*this), X, gradient.dL_dz, optimizer, next_X,
                                   trace.z);
        activate(activation, trace.z, trace.a, 1);
    }
};

}  // namespace ctnn
