// A type in the list that is neither a layer nor an activation (here a loss).
#include <ctnn/ctnn.hpp>

using namespace ctnn;

#ifdef CTNN_KO
using Net = Network<Dense<2, 2>, SquaredError, Dense<2, 1>>;
// error: ctnn::Network: the entry at this position \(counting from 1\) is neither a layer nor an activation
// error: (Position = 2|entry_is_layer_or_activation<2UL)
// error: SquaredError
#else
using Net = Network<Dense<2, 2>, Sigmoid, Dense<2, 1>>;
#endif

Net network;
auto prediction = network.predict(Vector<2>{1.0, 2.0});
