// An input vector of the wrong width.
#include <ctnn/ctnn.hpp>

using namespace ctnn;

using Net = Network<Dense<2, 2>, ReLU, Dense<2, 1>>;
Net network;

#ifdef CTNN_KO
auto trace = network.forward(Vector<3>{1.0, 2.0, 3.0});
// error-c++20: ctnn::Network: the input vector has InputWidth elements but the network's first layer takes NetworkInputWidth\. Pass a Vector<NetworkInputWidth, T>
// error-c++26: ctnn::Network: the input vector has 3 elements but the network's first layer takes 2\. Pass a Vector<2, T>\.
// error: (InputWidth = 3|input_width_matches<2UL, 3UL>)
#else
auto trace = network.forward(Vector<2>{1.0, 2.0});
#endif
