// An activation first in the list, with no layer to take its width from.
#include <ctnn/ctnn.hpp>

using namespace ctnn;

#ifdef CTNN_KO
using Net = Network<ReLU, Dense<2, 1>>;
// error: ctnn::Network: the first entry is an activation, which takes its width from the layer before it, and there is none
// error: ReLU
#else
using Net = Network<Dense<2, 2>, ReLU, Dense<2, 1>>;
#endif

Net network;
auto prediction = network.predict(Vector<2>{1.0, 2.0});
