// A layer whose input width differs from the previous layer's output width, in a network built
// from its layers' values: still one message, not a cascade from the construction.
#include <ctnn/ctnn.hpp>

using namespace ctnn;

#ifdef CTNN_KO
constexpr Network network{Dense<2, 3>{}, ReLU{}, Dense<2, 1>{}};
// error-c++20: ctnn::Network: the layer at this position \(counting from 1\) takes LayerInputWidth inputs
// error-c++26: ctnn::Network: the layer at position 3 \(counting from 1\), Dense<2, 1>, takes 2 inputs but the layer before it, Dense<2, 3>, gives 3 outputs
// error: Dense<2, 1
// error: Dense<2, 3
#else
constexpr Network network{Dense<2, 3>{}, ReLU{}, Dense<3, 1>{}};
#endif

auto prediction = network.predict(Vector<2>{1.0, 2.0});
