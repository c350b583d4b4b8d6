#include <ctnn/io/graphviz.hpp>
#include <ctnn/layer/dense.hpp>

#include <catch2/catch.hpp>

#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

using namespace ctnn;

namespace {

// The Day 10 notebook's two-layer network and example.
using TwoLayer = Network<Dense<2, 2>, ReLU, Dense<2, 1>>;
const TwoLayer two_layer{Dense<2, 2>{{0.5, -0.4, 0.3, 0.1}, {0.0, 0.0}}, ReLU{},
                         Dense<2, 1>{{0.6, -0.2}, {0.1}}};
const Vector<2> x{1.0, 2.0};
const Vector<1> y{3.0};

std::string two_layer_dot() {
    std::ostringstream out;
    write_dot(out, two_layer, x, y, SquaredError{});
    return out.str();
}

/// The lines of the DOT text.
std::vector<std::string> lines_of(const std::string& dot) {
    std::vector<std::string> lines;
    std::istringstream in(dot);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

bool is_edge(const std::string& line) { return line.find(" -> ") != std::string::npos; }

/// `  W1 -> Z1 [...]` gives {"W1", "Z1"}.
std::pair<std::string, std::string> endpoints(const std::string& line) {
    const auto arrow = line.find(" -> ");
    const auto from_start = line.find_first_not_of(' ');
    const auto to_end = line.find_first_of(" ;", arrow + 4);
    return {line.substr(from_start, arrow - from_start),
            line.substr(arrow + 4, to_end - (arrow + 4))};
}

/// The label of the edge from -> to, or "" when there is none.
std::string edge_label(const std::string& dot, const std::string& from, const std::string& to) {
    for (const auto& line : lines_of(dot)) {
        if (is_edge(line) && endpoints(line) == std::pair{from, to}) return line;
    }
    return "";
}

}  // namespace

TEST_CASE("graphviz: writes a well-formed digraph whose edges join declared nodes",
          "[io][graphviz]") {
    const std::string dot = two_layer_dot();
    INFO(dot);
    CHECK(dot.starts_with("digraph "));

    int depth = 0;
    bool ever_negative = false;
    for (const char c : dot) {
        depth += c == '{' ? 1 : c == '}' ? -1 : 0;
        ever_negative = ever_negative || depth < 0;
    }
    CHECK(depth == 0);
    CHECK_FALSE(ever_negative);

    std::set<std::string> nodes;
    for (const auto& line : lines_of(dot)) {
        const auto bracket = line.find(" [label=");
        if (!is_edge(line) && line.starts_with("  ") && bracket != std::string::npos) {
            nodes.insert(line.substr(2, bracket - 2));
        }
    }
    CHECK(nodes ==
          std::set<std::string>{"x", "y", "W1", "b1", "Z1", "A1", "W2", "b2", "Z2", "y_hat", "L"});
    int edges = 0;
    for (const auto& line : lines_of(dot)) {
        if (!is_edge(line)) continue;
        ++edges;
        const auto [from, to] = endpoints(line);
        INFO(line);
        CHECK(nodes.contains(from));
        CHECK(nodes.contains(to));
    }
    CHECK(edges == 10);
}

TEST_CASE("graphviz: labels edges with the local derivative and the gradient flowing back",
          "[io][graphviz][notebook]") {
    const std::string dot = two_layer_dot();
    INFO(dot);
    // The notebook's dL/dy_hat = -4.48, through the linear output unchanged.
    CHECK(edge_label(dot, "y_hat", "L").find("dL/dy_hat = -4.48") != std::string::npos);
    CHECK(edge_label(dot, "Z2", "y_hat").find("dy_hat/dZ2 = 1") != std::string::npos);
    CHECK(edge_label(dot, "Z2", "y_hat").find("dL/dZ2 = -4.48") != std::string::npos);
    CHECK(edge_label(dot, "Z1", "A1").find("dA1/dZ1 = ReLU'(Z1) = [1 0]") != std::string::npos);
    CHECK(edge_label(dot, "Z1", "A1").find("dL/dZ1 = [-2.688 0]") != std::string::npos);
    CHECK(edge_label(dot, "W1", "Z1").find("dZ1/dW1 = x = [1 2]") != std::string::npos);
    CHECK(edge_label(dot, "W1", "Z1").find("dL/dW1 = [[-2.688 0] [-5.376 0]]") !=
          std::string::npos);
    CHECK(edge_label(dot, "b2", "Z2").find("dL/db2 = -4.48") != std::string::npos);
    CHECK(dot.find("5.017600000000001") != std::string::npos);  // the loss, on node L
}
