// The network and data of constexpr_nnet's test (github.com/paulbrucker/constexpr_nnet,
// test/static_tests.cpp), for compile_time_same_work.cpp and compile_time_parts.cpp: XOR with +-1
// targets, tanh layers 2-3-1-1, trained with squared error and SGD with momentum 0.5 and
// learning rate 0.15.
//
// (The peer's third layer, Layer<1, 1>, is its output neuron, whose own weights are never used:
// its network computes 2-3-1. This keeps the 2-3-1-1 network the comparisons were first made
// with, one Dense<1, 1> and one tanh more per step than the peer.)
#pragma once

#include <ctnn/ctnn.hpp>

namespace same_work {

using namespace ctnn;

using Net = Network<Dense<2, 3>, Tanh, Dense<3, 1>, Tanh, Dense<1, 1>, Tanh>;

inline constexpr std::array<Vector<2>, 4> inputs{Vector<2>{-1.0, -1.0}, Vector<2>{-1.0, 1.0},
                                                 Vector<2>{1.0, -1.0}, Vector<2>{1.0, 1.0}};
inline constexpr std::array<Vector<1>, 4> targets{Vector<1>{-1.0}, Vector<1>{1.0}, Vector<1>{1.0},
                                                  Vector<1>{-1.0}};
inline constexpr Momentum optimizer{.learning_rate = 0.15, .momentum = 0.5};

}  // namespace same_work
