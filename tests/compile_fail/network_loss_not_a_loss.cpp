// Something that is not a loss passed as the loss.
#include <ctnn/ctnn.hpp>

using namespace ctnn;

using Net = Network<Dense<2, 2>, ReLU, Dense<2, 1>>;
constexpr Net network;
constexpr auto trace = network.forward(Vector<2>{1.0, 2.0});

#ifdef CTNN_KO
auto gradients = network.backward(trace, Vector<1>{3.0}, Sigmoid{});
// error: ctnn::Network: the loss argument does not model ctnn::Loss
// error: Sigmoid
#else
auto gradients = network.backward(trace, Vector<1>{3.0}, SquaredError{});
#endif
