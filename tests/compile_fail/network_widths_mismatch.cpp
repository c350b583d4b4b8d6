// A layer whose input width differs from the previous layer's output width.
#include <ctnn/ctnn.hpp>

using namespace ctnn;

#ifdef CTNN_KO
using Net = Network<Dense<2, 3>, ReLU, Dense<4, 1>>;
// error: ctnn::Network: the layer at this position \(counting from 1\) takes LayerInputWidth inputs but the layer before it gives PreviousLayerOutputWidth outputs\. Make the two widths equal
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
