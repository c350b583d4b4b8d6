// An input vector in another scalar type than the network's.
#include <ctnn/ctnn.hpp>

using namespace ctnn;

using Net = Network<Dense<2, 2>, ReLU, Dense<2, 1>>;
Net network;

#ifdef CTNN_KO
auto trace = network.forward(Vector<2, float>{1.0f, 2.0f});
// error: ctnn::Network: the vector's scalar type VectorScalar differs from the network's NetworkScalar
// error: (VectorScalar = float|vector_scalar_matches<double, float>)
#else
auto trace = network.forward(Vector<2, double>{1.0, 2.0});
#endif
