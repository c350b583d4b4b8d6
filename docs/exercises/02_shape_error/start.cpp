/// \file
/// Exercise 2, starting point: this file does not compile. Read the compiler's message, then
/// fix the network's type.
///
/// The notebook's two-layer network, widened to 3 hidden ReLU neurons.
#include <ctnn/ctnn.hpp>
#include <ctnn/io/print.hpp>

#include <iostream>

using namespace ctnn;

// [wider]
using Wider = Network<Dense<2, 3>, ReLU, Dense<2, 1>>;  // 3 hidden neurons instead of 2

Wider network;
// error-c++20: ctnn::Network: the layer at this position \(counting from 1\) takes LayerInputWidth inputs but the layer before it gives PreviousLayerOutputWidth outputs
// error-c++26: ctnn::Network: the layer at position 3 \(counting from 1\), Dense<2, 1>, takes 2 inputs but the layer before it, Dense<2, 3>, gives 3 outputs
// error: (LayerInputWidth = 2|2UL == 3UL)
// [wider]

int main() {
    initialise(network, HeUniform{}, /*seed=*/2);
    const Vector<2> x{1.0, 2.0};
    print_number(std::cout << "y_hat = ", network.predict(x)[0]) << '\n';
}
