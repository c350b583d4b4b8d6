/// \file
/// `Tanh`: the hyperbolic tangent activation.
#pragma once

#include <ctnn/concept/activation.hpp>

namespace ctnn {

/// Hyperbolic tangent.
///
/// Math:     f(z) = tanh(z) = (e^z - e^(-z)) / (e^z + e^(-z)).
/// Backward: f'(z) = 1 - tanh(z)^2 = 1 - a^2.
struct Tanh {
    template <class T>
    constexpr T value(T z) const {
        return tanh(z);
    }

    template <class T>
    constexpr T derivative(T, T a) const {
        return T(1.0) - a * a;
    }
};

static_assert(Activation<Tanh>);

}  // namespace ctnn
