// Layers computing in different scalar types.
#include <ctnn/ctnn.hpp>

using namespace ctnn;

#ifdef CTNN_KO
using Net = Network<Dense<2, 2, float>, Tanh, Dense<2, 1, double>>;
// error: ctnn::Network: the layer at this position \(counting from 1\) computes in LayerScalar but the first layer in FirstLayerScalar
// error: (LayerScalar = double|layers_share_scalar<3UL)
#else
using Net = Network<Dense<2, 2, float>, Tanh, Dense<2, 1, float>>;
#endif

Net network;
auto prediction = network.predict(Vector<2, float>{1.0f, 2.0f});
