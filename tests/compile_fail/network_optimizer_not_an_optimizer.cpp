// Something that is not an optimizer passed as the optimizer.
#include <ctnn/ctnn.hpp>

using namespace ctnn;

using Net = Network<Dense<2, 2>, ReLU, Dense<2, 1>>;

double step() {
    Net network;
#ifdef CTNN_KO
    return train_step(network, Vector<2>{1.0, 2.0}, Vector<1>{3.0}, SquaredError{}, 0.1);
// error: ctnn::Network: the optimizer argument does not model ctnn::Optimizer\. Pass an optimizer such as SGD
#else
    return train_step(network, Vector<2>{1.0, 2.0}, Vector<1>{3.0}, SquaredError{},
                      SGD{.learning_rate = 0.1});
#endif
}
