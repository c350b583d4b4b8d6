/// \file
/// Day 10, "Manual Example (Numbers)": the givens of the single neuron.
///
///   z = w x + b,   a = σ(z),   L = (a - y)^2
///   x = 2, w = 0.5, b = 0, y = 1, sigmoid activation, squared-error loss.
#pragma once

#include <ctnn/ctnn.hpp>

namespace day10 {

using ctnn::Dense, ctnn::Network, ctnn::Sigmoid, ctnn::Vector;

/// One input, one sigmoid neuron.
using Neuron = Network<Dense<1, 1>, Sigmoid>;

inline constexpr Vector<1> x{2.0};
inline constexpr Vector<1> y{1.0};
inline constexpr Neuron neuron{Dense<1, 1>{.W = {0.5}, .b = {0.0}}, Sigmoid{}};

inline constexpr double lr = 0.1;  // learning rate η of "Gradient Descent Update"

}  // namespace day10
