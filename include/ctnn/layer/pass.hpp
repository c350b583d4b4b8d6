/// \file
/// `Pass<N, T>`: the parameter-free layer z = x that carries an activation standing alone.
#pragma once

#include <ctnn/concept/layer.hpp>

#include <cstddef>
#include <tuple>

namespace ctnn {

/// The identity layer of width N: `z = x`, no parameters.
///
/// A network whose list holds an activation that does not follow a layer directly
/// (`Dense<4, 4>, Tanh, Softmax`) gives it this layer of the right width to sit on.
///
/// Backward: dz/dx = 1, so dL/dx = dL/dz.
/// Models:   `Layer`.
template <std::size_t N, Scalar T = double>
struct Pass {
    static constexpr std::size_t input_size = N;
    static constexpr std::size_t output_size = N;
    using scalar_type = T;

    static constexpr auto parameters = std::tuple{};

    constexpr Vector<N, T> forward(const Vector<N, T>& x) const { return x; }

    constexpr Vector<N, T> backward(const Vector<N, T>&, const Vector<N, T>& dL_dz, Pass&) const {
        return dL_dz;
    }
};

static_assert(Layer<Pass<3>>);

}  // namespace ctnn
