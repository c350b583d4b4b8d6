// What the optimizer tests share with tests/reference/optimizers.py: the starting parameters,
// the gradients of three steps, and the path of a parameter through those steps.
#pragma once

#include <ctnn/tensor/matrix.hpp>
#include <ctnn/tensor/vector.hpp>

#include <cstddef>

namespace reference {

using ctnn::Matrix;
using ctnn::Vector;

// The starting parameters and the gradients of three steps (the same in the script).
inline constexpr Vector<3> p0_vector{0.5, -1.25, 1.75};
inline constexpr Vector<3> g_vector[] = {
    {0.3, -0.7, 1.1},
    {-0.2, 0.4, 0.9},
    {0.6, 0.1, -0.5},
};
inline constexpr Matrix<2, 3> p0_matrix{0.25, -0.5, 1.5,  //
                                        -1.0, 0.75, 0.125};
inline constexpr Matrix<2, 3> g_matrix[] = {
    {0.4, -0.3, 0.2, 0.1, -0.6, 0.8},
    {-0.5, 0.2, 0.7, 0.3, 0.3, -0.4},
    {0.1, 0.9, -0.2, -0.7, 0.5, 0.6},
};

/// The parameter after each of three steps from p with the given gradients.
template <class P>
struct Path {
    P after[3];
};

template <class Optimizer, class P>
constexpr Path<P> path(const Optimizer& optimizer, P p, const P (&gradients)[3]) {
    typename Optimizer::template state<P> state{};
    Path<P> result{};
    for (std::size_t t = 0; t < 3; ++t) {
        optimizer.update(p, gradients[t], state);
        result.after[t] = p;
    }
    return result;
}

}  // namespace reference
