/// \file
/// `LeakyReLU`: ReLU with a small slope for negative inputs.
#pragma once

#include <ctnn/concept/activation.hpp>

namespace ctnn {

/// Leaky rectified linear unit with a configurable negative slope (default 0.01).
///
/// Math:     f(z) = z for z > 0, else slope * z.
/// Backward: f'(z) = 1 for z > 0, else slope (at z = 0 the slope, as for ReLU'(0) = 0).
struct LeakyReLU {
    double slope = 0.01;

    template <class T>
    constexpr T value(T z) const {
        return T(0.0) < z ? z : T(slope) * z;
    }

    template <class T>
    constexpr T derivative(T z, T) const {
        return T(0.0) < z ? T(1.0) : T(slope);
    }
};

static_assert(Activation<LeakyReLU>);

}  // namespace ctnn
