/// \file
/// `ReLU`: the hidden activation of the notebook's two-layer network.
#pragma once

#include <ctnn/concept/activation.hpp>

namespace ctnn {

/// Rectified linear unit.
///
/// Math:     f(z) = max(0, z).
/// Backward: f'(z) = 1 for z > 0, else 0; by convention ReLU'(0) = 0 (the notebook's mask
///           `Z1 > 0`).
struct ReLU {
    template <class T>
    constexpr T value(T z) const {
        return T(0.0) < z ? z : T(0.0);
    }

    template <class T>
    constexpr T derivative(T z, T) const {
        return T(0.0) < z ? T(1.0) : T(0.0);
    }
};

static_assert(Activation<ReLU>);

}  // namespace ctnn
