/// \file
/// One training step of the Day 10 notebook's two networks, explained factor by factor, and
/// their computational graphs as Graphviz files (`dot -Tsvg day10_two_layer.dot -o graph.svg`).
///
/// Usage: explain_day10 [directory for the .dot files, default: the current one]
#include <ctnn/io/explain.hpp>
#include <ctnn/io/graphviz.hpp>
#include <ctnn/layer/dense.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>

using namespace ctnn;

int main(int argc, char* argv[]) {
    const std::filesystem::path directory = argc > 1 ? argv[1] : ".";
    const SquaredError loss;
    const double eta = 0.1;
    bool written = true;
    auto write_graph = [&](const char* file_name, const auto& network, const auto& x,
                           const auto& y) {
        std::ofstream file(directory / file_name);
        write_dot(file, network, x, y, loss);
        written = written && file.good();
    };

    // "Manual Example (Numbers)": x = 2, w = 0.5, b = 0, y = 1, sigmoid.
    const Network<Dense<1, 1>, Sigmoid> neuron{Dense<1, 1>{.W = {0.5}, .b = {0.0}}, Sigmoid{}};
    const Vector<1> x{2.0};
    const Vector<1> y{1.0};
    std::cout << "# Single neuron\n";
    explain(std::cout, neuron, x, y, loss, eta);
    write_graph("day10_single_neuron.dot", neuron, x, y);

    // "Extending to Multiple Layers": two ReLU neurons, one linear output.
    const Matrix<2, 2> W1{0.5, -0.4,  //
                          0.3, 0.1};
    const Matrix<2, 1> W2{0.6,  //
                          -0.2};
    const Network<Dense<2, 2>, ReLU, Dense<2, 1>> two_layer{
        Dense<2, 2>{W1, Vector<2>{0.0, 0.0}}, ReLU{}, Dense<2, 1>{W2, Vector<1>{0.1}}};
    const Vector<2> x2{1.0, 2.0};
    const Vector<1> y2{3.0};
    std::cout << "\n# Two-layer network\n";
    explain(std::cout, two_layer, x2, y2, loss, eta);
    write_graph("day10_two_layer.dot", two_layer, x2, y2);

    if (!written) {
        std::cerr << "explain_day10: could not write the .dot files to " << directory << '\n';
        return 1;
    }
}
