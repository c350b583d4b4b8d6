/// \file
/// Archetypes: for each concept, a type with exactly what the contract asks and nothing more.
/// The tests build networks from them, which proves the library asks for no more than the
/// contract; each also computes something real, so it can go through `gradient_check`.
#pragma once

#include <ctnn/concept/activation.hpp>
#include <ctnn/concept/layer.hpp>
#include <ctnn/concept/loss.hpp>
#include <ctnn/concept/optimizer.hpp>
#include <ctnn/tensor/tensor.hpp>

#include <cstddef>
#include <tuple>

namespace ctnn::testing {

/// A `Layer`: scales each input by its own weight, z_i = w_i x_i.
template <std::size_t N, class T = double>
struct LayerArchetype {
    static constexpr std::size_t input_size = N;
    static constexpr std::size_t output_size = N;
    using scalar_type = T;

    Vector<N, T> w{};

    static constexpr auto parameters = std::tuple{&LayerArchetype::w};

    constexpr Vector<N, T> forward(const Vector<N, T>& x) const { return hadamard(w, x); }

    constexpr Vector<N, T> backward(const Vector<N, T>& x, const Vector<N, T>& dL_dz,
                                    LayerArchetype& gradient) const {
        gradient.w = hadamard(x, dL_dz);  // dz_i/dw_i = x_i
        return hadamard(w, dL_dz);        // dz_i/dx_i = w_i
    }
};

/// An element-wise `Activation`: f(z) = z^2 / 2, f'(z) = z.
struct ActivationArchetype {
    template <class T>
    constexpr T value(T z) const {
        return z * z / T(2.0);
    }
    template <class T>
    constexpr T derivative(T z, T) const {
        return z;
    }
};

/// A `Loss`: L = sum_i (a_i - y_i), dL/da_i = 1.
struct LossArchetype {
    template <std::size_t N, class T>
    constexpr T value(const Vector<N, T>& a, const Vector<N, T>& y) const {
        T sum(0.0);
        for (std::size_t i = 0; i < N; ++i) sum = sum + (a[i] - y[i]);
        return sum;
    }
    template <std::size_t N, class T>
    constexpr Vector<N, T> gradient(const Vector<N, T>&, const Vector<N, T>&) const {
        Vector<N, T> ones;
        for (std::size_t i = 0; i < N; ++i) ones[i] = T(1.0);
        return ones;
    }
};

/// An `Optimizer` with state: p <- p - η (g + g_previous), where g_previous is the gradient
/// of the step before (zero at first), kept in the state.
struct OptimizerArchetype {
    double learning_rate = 1.0;

    template <class P>
    struct state {
        P previous_gradient{};
    };

    template <Tensor P>
    constexpr void update(P& p, const P& g, state<P>& s) const {
        p = p - typename P::scalar_type(learning_rate) * (g + s.previous_gradient);
        s.previous_gradient = g;
    }
};

/// An `ElementwiseOptimizer`: p <- p - η g, one element at a time, with no state.
struct ElementwiseOptimizerArchetype {
    double learning_rate = 1.0;

    template <class P>
    struct state {};

    template <class T>
    constexpr T updated(const T& p, const T& g) const {
        return p - T(learning_rate) * g;
    }

    template <Tensor P>
    constexpr void update(P& p, const P& g, state<P>&) const {
        for (std::size_t i = 0; i < P::size; ++i)
            p.elements[i] = updated(p.elements[i], g.elements[i]);
    }
};

static_assert(Layer<LayerArchetype<3>>);
static_assert(Activation<ActivationArchetype>);
static_assert(Loss<LossArchetype>);
static_assert(Optimizer<OptimizerArchetype>);
static_assert(ElementwiseOptimizer<ElementwiseOptimizerArchetype>);

}  // namespace ctnn::testing
