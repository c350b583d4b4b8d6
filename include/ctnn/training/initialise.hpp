/// \file
/// Weight initialisers (`GlorotUniform`, `GlorotNormal`, `HeUniform`, `HeNormal`) and
/// `initialise`, which gives every dense layer of a network random weights and zero biases
/// from one seed.
#pragma once

#include <ctnn/math/sqrt.hpp>
#include <ctnn/network/network.hpp>
#include <ctnn/tensor/matrix.hpp>
#include <ctnn/tensor/vector.hpp>
#include <ctnn/training/random.hpp>

#include <cstddef>
#include <cstdint>
#include <type_traits>

namespace ctnn {

/// Glorot (Xavier) uniform: W_ij ~ U(-a, a) with a = sqrt(6 / (fan_in + fan_out)), so that
/// Var W_ij = 2 / (fan_in + fan_out) (X. Glorot and Y. Bengio, "Understanding the difficulty of
/// training deep feedforward neural networks", AISTATS 2010). Suits tanh and sigmoid layers.
///
/// Math:    fan_in = In, fan_out = Out for a `Matrix<In, Out>`; each element is
///          `uniform(rng, -a, a)` in double, row after row, converted to T.
/// Ensures: |W_ij| <= a.
struct GlorotUniform {
    static constexpr double limit(std::size_t fan_in, std::size_t fan_out) {
        return ctnn::sqrt(6.0 / static_cast<double>(fan_in + fan_out));
    }

    template <std::size_t In, std::size_t Out, class T>
    constexpr void fill(Matrix<In, Out, T>& W, Pcg32& rng) const {
        const double a = limit(In, Out);
        for (T& w : W.elements) w = T(uniform(rng, -a, a));
    }
};

/// Glorot (Xavier) normal: W_ij ~ N(0, sigma^2) with sigma = sqrt(2 / (fan_in + fan_out)).
///
/// Math:    each element is `normal(rng, 0.0, sigma)` in double, row after row, converted to T.
///          Not truncated.
struct GlorotNormal {
    static constexpr double stddev(std::size_t fan_in, std::size_t fan_out) {
        return ctnn::sqrt(2.0 / static_cast<double>(fan_in + fan_out));
    }

    template <std::size_t In, std::size_t Out, class T>
    constexpr void fill(Matrix<In, Out, T>& W, Pcg32& rng) const {
        const double sigma = stddev(In, Out);
        for (T& w : W.elements) w = T(normal(rng, 0.0, sigma));
    }
};

/// He (Kaiming) uniform: W_ij ~ U(-a, a) with a = sqrt(6 / fan_in), so that Var W_ij =
/// 2 / fan_in (K. He, X. Zhang, S. Ren and J. Sun, "Delving deep into rectifiers", ICCV 2015).
/// Suits ReLU layers.
///
/// Math:    fan_in = In; each element is `uniform(rng, -a, a)` in double, converted to T.
/// Ensures: |W_ij| <= a.
struct HeUniform {
    static constexpr double limit(std::size_t fan_in) {
        return ctnn::sqrt(6.0 / static_cast<double>(fan_in));
    }

    template <std::size_t In, std::size_t Out, class T>
    constexpr void fill(Matrix<In, Out, T>& W, Pcg32& rng) const {
        const double a = limit(In);
        for (T& w : W.elements) w = T(uniform(rng, -a, a));
    }
};

/// He (Kaiming) normal: W_ij ~ N(0, sigma^2) with sigma = sqrt(2 / fan_in).
///
/// Math:    each element is `normal(rng, 0.0, sigma)` in double, converted to T. Not truncated.
struct HeNormal {
    static constexpr double stddev(std::size_t fan_in) {
        return ctnn::sqrt(2.0 / static_cast<double>(fan_in));
    }

    template <std::size_t In, std::size_t Out, class T>
    constexpr void fill(Matrix<In, Out, T>& W, Pcg32& rng) const {
        const double sigma = stddev(In);
        for (T& w : W.elements) w = T(normal(rng, 0.0, sigma));
    }
};

namespace detail {

template <class X>
inline constexpr bool is_matrix = false;
template <std::size_t Rows, std::size_t Cols, class T>
inline constexpr bool is_matrix<Matrix<Rows, Cols, T>> = true;

template <class X>
inline constexpr bool is_vector = false;
template <std::size_t N, class T>
inline constexpr bool is_vector<Vector<N, T>> = true;

/// A layer with a weight matrix `W` and a bias vector `b`, such as `Dense`.
template <class L>
concept HasWeightsAndBias = requires(L& layer) {
    requires is_matrix<std::remove_cvref_t<decltype(layer.W)>>;
    requires is_vector<std::remove_cvref_t<decltype(layer.b)>>;
};

}  // namespace detail

/// Gives every layer with a weight matrix `W` and a bias vector `b` (every `Dense`) weights
/// drawn by `initialiser` and zero biases; other layers are left as they are.
///
/// One `Pcg32{seed}` serves the whole network: layer 0's W is filled first, row after row,
/// then layer 1's, and so on, so the weights are a function of the architecture, the
/// initialiser and the seed alone, the same at compile time and at run time.
///
/// Requires: `initialiser.fill(W, rng)` for every such W, as `GlorotUniform`, `GlorotNormal`,
///           `HeUniform` and `HeNormal` provide.
/// Ensures:  b = 0 in those layers; everything else unchanged.
/// Example:  `constexpr auto net = [] { Network<Dense<4, 8>, ReLU, Dense<8, 3>> n;
///           initialise(n, HeNormal{}, 42); return n; }();`
template <class... Entries, class Initialiser>
constexpr void initialise(Network<Entries...>& network, const Initialiser& initialiser,
                          std::uint64_t seed) {
    Pcg32 rng{seed};
    auto initialise_layer = [&](auto& layer) {
        if constexpr (detail::HasWeightsAndBias<std::remove_cvref_t<decltype(layer)>>) {
            initialiser.fill(layer.W, rng);
            layer.b = {};
        }
    };
    network.for_each_layer(initialise_layer);
}

}  // namespace ctnn
