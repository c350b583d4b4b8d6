/// \file
/// Tutorial, part 3: one training step of the two-layer network, written out by the library:
/// as text, as Markdown for slides, and as a Graphviz drawing of the computational graph.
#include <ctnn/io/explain.hpp>
#include <ctnn/io/graphviz.hpp>
#include <ctnn/layer/dense.hpp>

#include <fstream>
#include <iostream>

using namespace ctnn;

using TwoLayer = Network<Dense<2, 2>, ReLU, Dense<2, 1>>;

int main() {
    const TwoLayer network{Dense<2, 2>{.W = {0.5, -0.4, 0.3, 0.1}}, ReLU{},
                           Dense<2, 1>{.W = {0.6, -0.2}, .b = {0.1}}};
    const Vector<2> x{1.0, 2.0};
    const Vector<1> y{3.0};

    // [explain]
    explain(std::cout, network, x, y, SquaredError{}, /*learning_rate=*/0.1);
    // [explain]

    // [slides]
    std::ofstream slides("two_layer_step.md");
    explain(slides, network, x, y, SquaredError{}, 0.1, ExplainFormat::markdown);

    std::ofstream graph("two_layer.dot");  // dot -Tsvg two_layer.dot -o two_layer.svg
    write_dot(graph, network, x, y, SquaredError{});
    // [slides]
    return slides.good() && graph.good() ? 0 : 1;
}
