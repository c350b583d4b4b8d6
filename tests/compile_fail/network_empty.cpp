// A network with no layers.
#include <ctnn/ctnn.hpp>

using namespace ctnn;

#ifdef CTNN_KO
using Net = Network<>;
// error: ctnn::Network: a network needs at least one layer\. List its layers in order
#else
using Net = Network<Dense<1, 1> >;
#endif

Net network;
auto prediction = network.predict(Vector<1>{1.0});
