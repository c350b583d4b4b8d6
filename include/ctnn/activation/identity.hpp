/// \file
/// `Identity`: the linear output of the notebook's two-layer network, a = z.
#pragma once

#include <ctnn/concept/activation.hpp>

namespace ctnn {

/// The identity, `a = z`; a layer with no activation after it behaves as if followed by this.
///
/// Math:     f(z) = z.
/// Backward: f'(z) = 1, so dL/dz = dL/da (the notebook's dy_hat/dZ2 = 1).
struct Identity {
    template <class T>
    constexpr T value(T z) const {
        return z;
    }

    template <class T>
    constexpr T derivative(T, T) const {
        return T(1.0);
    }
};

static_assert(Activation<Identity>);

}  // namespace ctnn
