/// \file
/// Exercise 2, solution: the output layer takes as many inputs as the hidden layer gives.
///
/// The notebook's two-layer network, widened to 3 hidden ReLU neurons.
#include <ctnn/ctnn.hpp>
#include <ctnn/io/print.hpp>

#include <iostream>

using namespace ctnn;

// [wider]
using Wider = Network<Dense<2, 3>, ReLU, Dense<3, 1>>;  // Dense<A, B> followed by Dense<B, C>

Wider network;
// [wider]

int main() {
    initialise(network, HeUniform{}, /*seed=*/2);
    const Vector<2> x{1.0, 2.0};
    print_number(std::cout << "y_hat = ", network.predict(x)[0]) << '\n';
}
