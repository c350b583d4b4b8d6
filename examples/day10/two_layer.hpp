/// \file
/// Day 10, "Extending to Multiple Layers": the givens of the two-layer network.
///
///   inputs x1 = 1, x2 = 2; target y = 3
///   hidden layer: 2 ReLU neurons, W1 = [[0.5, -0.4], [0.3, 0.1]], b1 = [0, 0]
///   output layer: 1 linear neuron, W2 = [0.6, -0.2], b2 = 0.1
///   loss (y_hat - y)^2, learning rate η = 0.1
#pragma once

#include <ctnn/ctnn.hpp>

namespace day10 {

using ctnn::Dense, ctnn::Matrix, ctnn::Network, ctnn::ReLU, ctnn::Vector;

/// Two inputs, two ReLU neurons, one linear output.
using TwoLayer = Network<Dense<2, 2>, ReLU, Dense<2, 1>>;

inline constexpr Vector<2> x{1.0, 2.0};
inline constexpr Vector<1> y{3.0};

// Weights as the notebook prints them: row i holds the weights leaving input i.
inline constexpr Matrix<2, 2> W1{0.5, -0.4,  //
                                 0.3, 0.1};
inline constexpr Vector<2> b1{0.0, 0.0};
inline constexpr Matrix<2, 1> W2{0.6,  //
                                 -0.2};
inline constexpr Vector<1> b2{0.1};

inline constexpr TwoLayer network{Dense<2, 2>{W1, b1}, ReLU{}, Dense<2, 1>{W2, b2}};

inline constexpr double eta = 0.1;

}  // namespace day10
