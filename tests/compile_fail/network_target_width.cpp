// A target of the wrong width for the network's output and the loss.
#include <ctnn/ctnn.hpp>

using namespace ctnn;

using Net = Network<Dense<2, 2>, ReLU, Dense<2, 1>>;
constexpr Net network;
constexpr auto trace = network.forward(Vector<2>{1.0, 2.0});

#ifdef CTNN_KO
auto gradients = network.backward(trace, Vector<2>{3.0, 4.0}, SquaredError{});
// error-c++20: ctnn::Network: the target y has TargetWidth elements but the loss compares it with the network's output of NetworkOutputWidth
// error-c++26: ctnn::Network: the target y has 2 elements but the loss compares it with the network's output of 1\. Pass a Vector<1, T> as the target\.
// error: (TargetWidth = 2|target_width_matches<1UL, 2UL>)
#else
auto gradients = network.backward(trace, Vector<1>{3.0}, SquaredError{});
#endif
