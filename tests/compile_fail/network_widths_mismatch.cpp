// A layer whose input width differs from the previous layer's output width.
#include <ctnn/ctnn.hpp>

using namespace ctnn;

#ifdef CTNN_KO
using Net = Network<Dense<2, 3>, ReLU, Dense<4, 1>>;
// error-c++20: ctnn::Network: the layer at this position \(counting from 1\) takes LayerInputWidth inputs but the layer before it gives PreviousLayerOutputWidth outputs\. Make the two widths equal
// error-c++26: ctnn::Network: the layer at position 3 \(counting from 1\), Dense<4, 1>, takes 4 inputs but the layer before it, Dense<2, 3>, gives 3 outputs\. Make the two widths equal: give the layer 3 inputs, e\.g\. Dense<3, N>, or the layer before it 4 outputs\.
// error: (Position = 3|layers_connect<3UL)
// error: Dense<4, 1
// error: Dense<2, 3
// error: (LayerInputWidth = 4|4UL == 3UL)
// error: (PreviousLayerOutputWidth = 3|4UL == 3UL)
#else
using Net = Network<Dense<2, 3>, ReLU, Dense<3, 1>>;
#endif

Net network;
auto prediction = network.predict(Vector<2>{1.0, 2.0});
