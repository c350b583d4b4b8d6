/// \file
/// `Sigmoid`: the activation of the notebook's single neuron.
#pragma once

#include <ctnn/concept/activation.hpp>

namespace ctnn {

/// The logistic function.
///
/// Math:     σ(z) = 1 / (1 + e^(-z)). For z < 0 it is computed as e^z / (1 + e^z), the same
///           number without forming e^(-z), which overflows to inf for z < -709 and would flush
///           σ to 0 where it is still a (subnormal) positive number, e.g. σ(-740) ≈ 4.2e-322.
/// Backward: σ'(z) = σ(z) (1 - σ(z)) = a (1 - a), as the notebook derives it.
struct Sigmoid {
    template <class T>
    constexpr T value(T z) const {
        if (z < T(0.0)) {
            const T e_z = exp(z);
            return e_z / (T(1.0) + e_z);
        }
        return T(1.0) / (T(1.0) + exp(-z));
    }

    template <class T>
    constexpr T derivative(T, T a) const {
        return a * (T(1.0) - a);
    }
};

static_assert(Activation<Sigmoid>);

}  // namespace ctnn
