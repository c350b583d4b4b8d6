// An optimizer that keeps state between steps, used without its state.
#include <ctnn/ctnn.hpp>
#include <ctnn/testing/archetypes.hpp>

using namespace ctnn;

using Net = Network<Dense<2, 2>, ReLU, Dense<2, 1>>;

double step() {
    Net network;
    const testing::OptimizerArchetype optimizer;  // remembers the previous gradient
#ifdef CTNN_KO
    return train_step(network, Vector<2>{1.0, 2.0}, Vector<1>{3.0}, SquaredError{}, optimizer);
// error: ctnn::Network: this optimizer keeps state from step to step
// error: auto state = network.optimizer_state\(optimizer\)
#else
    auto state = network.optimizer_state(optimizer);
    return train_step(network, Vector<2>{1.0, 2.0}, Vector<1>{3.0}, SquaredError{}, optimizer,
                      state);
#endif
}
