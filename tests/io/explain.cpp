#include <ctnn/io/explain.hpp>
#include <ctnn/layer/dense.hpp>
#include <ctnn/training/train_step.hpp>

#include <catch2/catch.hpp>

#include <cctype>
#include <cstdlib>
#include <initializer_list>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace ctnn;

namespace {

// The Day 10 notebook's two networks, with its givens.
using Neuron = Network<Dense<1, 1>, Sigmoid>;
const Neuron neuron{Dense<1, 1>{.W = {0.5}, .b = {0.0}}, Sigmoid{}};
const Vector<1> neuron_x{2.0};
const Vector<1> neuron_y{1.0};

using TwoLayer = Network<Dense<2, 2>, ReLU, Dense<2, 1>>;
const Matrix<2, 2> W1{0.5, -0.4,  //
                      0.3, 0.1};
const Vector<2> b1{0.0, 0.0};
const Matrix<2, 1> W2{0.6,  //
                      -0.2};
const Vector<1> b2{0.1};
const TwoLayer two_layer{Dense<2, 2>{W1, b1}, ReLU{}, Dense<2, 1>{W2, b2}};
const Vector<2> two_layer_x{1.0, 2.0};
const Vector<1> two_layer_y{3.0};

const double eta = 0.1;

template <class Net, class X, class Y>
std::string explained(const Net& network, const X& x, const Y& y,
                      ExplainFormat format = ExplainFormat::text) {
    std::ostringstream out;
    explain(out, network, x, y, SquaredError{}, eta, format);
    return out.str();
}

/// Every number written in `text`, in order, as written.
std::vector<std::string> number_tokens(const std::string& text) {
    std::vector<std::string> tokens;
    for (std::size_t i = 0; i < text.size();) {
        const bool starts_number = std::isdigit(static_cast<unsigned char>(text[i])) ||
                                   (text[i] == '-' && i + 1 < text.size() &&
                                    std::isdigit(static_cast<unsigned char>(text[i + 1])));
        if (!starts_number) {
            ++i;
            continue;
        }
        char* end = nullptr;
        std::strtod(text.c_str() + i, &end);
        const auto length = static_cast<std::size_t>(end - (text.c_str() + i));
        tokens.push_back(text.substr(i, length));
        i += length;
    }
    return tokens;
}

/// The value of the text-mode entry `  name = ... = value`: the numbers after its last `=`. An
/// entry goes on over the lines indented deeper than it (the rows of a matrix, `= ...` steps).
std::vector<double> value_of(const std::string& output, const std::string& name) {
    std::istringstream lines(output);
    std::string line;
    std::string entry;
    while (std::getline(lines, line)) {
        if (!entry.empty()) {
            if (!line.starts_with("   ")) break;
            entry += '\n' + line;
        } else if (line.starts_with("  " + name + " = ")) {
            entry = line;
        }
    }
    INFO("entry " << name);
    REQUIRE(!entry.empty());
    std::vector<double> numbers;
    for (const auto& token : number_tokens(entry.substr(entry.rfind("= ") + 2))) {
        numbers.push_back(std::strtod(token.c_str(), nullptr));
    }
    return numbers;
}

/// Checks `actual` against the notebook's numbers, each to the precision it prints.
void check_close(const std::vector<double>& actual, std::initializer_list<double> expected,
                 double margin) {
    REQUIRE(actual.size() == expected.size());
    std::size_t i = 0;
    for (const double e : expected) CHECK(actual[i++] == Approx(e).margin(margin));
}

}  // namespace

TEST_CASE("explain: shows the single neuron's chain-rule factors with the notebook's numbers",
          "[io][explain][notebook]") {
    const std::string output = explained(neuron, neuron_x, neuron_y);
    INFO(output);

    // "Manual Example (Numbers)", written to three decimals.
    check_close(value_of(output, "z"), {1.0}, 0.0);
    check_close(value_of(output, "a"), {0.731}, 0.0005);
    check_close(value_of(output, "dL/da"), {-0.538}, 0.0005);
    check_close(value_of(output, "da/dz"), {0.196}, 0.001);  // the notebook truncates 0.19661
    CHECK(value_of(output, "dz/dw") == std::vector{2.0});

    // The code cells' output, to the last bit.
    CHECK(value_of(output, "L") == std::vector{0.07232948812851325});
    CHECK(value_of(output, "dL/dw") == std::vector{-0.21150837113706686});
    CHECK(value_of(output, "dL/db") == std::vector{-0.10575418556853343});
    CHECK(value_of(output, "w_new") == std::vector{0.5211508371137067});
    CHECK(value_of(output, "b_new") == std::vector{0.010575418556853344});
}

TEST_CASE("explain: names the single neuron's factors in the order of the chain rule",
          "[io][explain][notebook]") {
    const std::string output = explained(neuron, neuron_x, neuron_y);
    INFO(output);
    CHECK(output.find("  dL/dw = dL/da · da/dz · dz/dw") != std::string::npos);
    CHECK(output.find("  w_new = w - η · dL/dw") != std::string::npos);
    CHECK(output.find("Forward pass") < output.find("Loss"));
    CHECK(output.find("Loss") < output.find("Backward pass"));
    CHECK(output.find("Backward pass") < output.find("SGD update"));
}

TEST_CASE("explain: shows the two-layer network's step with the notebook's numbers",
          "[io][explain][notebook]") {
    const std::string output = explained(two_layer, two_layer_x, two_layer_y);
    INFO(output);

    // "Forward Pass:" as the code cell prints it.
    check_close(value_of(output, "Z1"), {1.1, -0.2}, 0.0);
    check_close(value_of(output, "A1"), {1.1, 0.0}, 0.0);
    CHECK(value_of(output, "y_hat") == std::vector{0.76});
    CHECK(value_of(output, "L") == std::vector{5.017600000000001});

    // "2. Backward Pass (Chain Rule)" and "3. Backprop into Hidden Layer".
    CHECK(value_of(output, "dL/dy_hat") == std::vector{-4.48});
    CHECK(value_of(output, "dy_hat/dZ2") == std::vector{1.0});
    check_close(value_of(output, "dL/dW2"), {-4.928, 0.0}, 0.0005);
    CHECK(value_of(output, "dL/db2") == std::vector{-4.48});
    check_close(value_of(output, "dL/dA1"), {-2.688, 0.896}, 0.0005);
    CHECK(value_of(output, "dA1/dZ1") == std::vector{1.0, 0.0});  // the ReLU mask
    check_close(value_of(output, "dL/dZ1"), {-2.688, 0.0}, 0.0005);
    CHECK(value_of(output, "dZ1/dW1") == std::vector{1.0, 2.0});  // x
    check_close(value_of(output, "dL/dW1"), {-2.688, 0.0, -5.376, 0.0}, 0.0005);
    check_close(value_of(output, "dL/db1"), {-2.688, 0.0}, 0.0005);

    // "4. Gradient Descent Update (η = 0.1)", as the code cell prints it.
    check_close(value_of(output, "W1_new"), {0.7688, -0.4, 0.8376, 0.1}, 0.00005);
    check_close(value_of(output, "b1_new"), {0.2688, 0.0}, 0.00005);
    check_close(value_of(output, "W2_new"), {1.0928, -0.2}, 0.00005);
    CHECK(value_of(output, "b2_new") == std::vector{0.548});
}

TEST_CASE("explain: updates the parameters exactly as train_step does", "[io][explain]") {
    const std::string output = explained(two_layer, two_layer_x, two_layer_y);
    TwoLayer stepped = two_layer;
    train_step(stepped, two_layer_x, two_layer_y, SquaredError{}, SGD{.learning_rate = eta});
    const auto& W1_new = stepped.layer<0>().W.elements;
    CHECK(value_of(output, "W1_new") == std::vector(std::begin(W1_new), std::end(W1_new)));
    const auto& W2_new = stepped.layer<1>().W.elements;
    CHECK(value_of(output, "W2_new") == std::vector(std::begin(W2_new), std::end(W2_new)));
    CHECK(value_of(output, "b2_new") == std::vector{stepped.layer<1>().b[0]});
}

TEST_CASE("explain: writes the same numbers as Markdown with LaTeX formulas",
          "[io][explain][notebook]") {
    const std::string text = explained(two_layer, two_layer_x, two_layer_y);
    const std::string markdown =
        explained(two_layer, two_layer_x, two_layer_y, ExplainFormat::markdown);
    INFO(markdown);
    CHECK(markdown.find("$$") != std::string::npos);
    CHECK(markdown.find("\\frac{\\partial L}{\\partial W_1}") != std::string::npos);
    CHECK(markdown.find("\\frac{\\partial L}{\\partial \\hat{y}}") != std::string::npos);
    CHECK(markdown.find("&= 5.017600000000001") != std::string::npos);
    CHECK(markdown.find("&= 0.548") != std::string::npos);

    const auto markdown_tokens = number_tokens(markdown);
    const std::set<std::string> in_markdown(markdown_tokens.begin(), markdown_tokens.end());
    for (const auto& number : number_tokens(text)) {
        INFO("number " << number);
        CHECK(in_markdown.contains(number));
    }

    const std::string neuron_markdown =
        explained(neuron, neuron_x, neuron_y, ExplainFormat::markdown);
    CHECK(neuron_markdown.find("\\frac{dL}{dw}") != std::string::npos);
    CHECK(neuron_markdown.find("-0.21150837113706686") != std::string::npos);
}

TEST_CASE("explain: leaves the network unchanged", "[io][explain]") {
    TwoLayer network = two_layer;
    std::ostringstream out;
    explain(out, network, two_layer_x, two_layer_y, SquaredError{}, eta);
    explain(out, network, two_layer_x, two_layer_y, SquaredError{}, eta, ExplainFormat::markdown);
    CHECK(network.layer<0>().W == W1);
    CHECK(network.layer<0>().b == b1);
    CHECK(network.layer<1>().W == W2);
    CHECK(network.layer<1>().b == b2);
}

TEST_CASE("explain: explains layers without weights and vector activations", "[io][explain]") {
    // Layer 2 is a Sigmoid on its own (a Pass layer), layer 3 ends in Softmax.
    using Net = Network<Dense<2, 3>, Tanh, Sigmoid, Dense<3, 2>, Softmax>;
    const Net network{Dense<2, 3>{{0.1, -0.2, 0.3, 0.4, 0.5, -0.6}, {0.1, 0.0, -0.1}}, Tanh{},
                      Sigmoid{}, Dense<3, 2>{{0.2, -0.3, 0.1, 0.7, -0.5, 0.4}, {0.0, 0.2}},
                      Softmax{}};
    const Vector<2> x{1.0, -2.0};
    const Vector<2> y{0.0, 1.0};
    std::ostringstream out;
    explain(out, network, x, y, MeanSquaredError{}, eta);
    const std::string output = out.str();
    INFO(output);

    const auto trace = network.forward(x);
    const auto gradients = network.backward(trace, y, MeanSquaredError{});
    const auto as_list = [](const auto& v) { return std::vector(std::begin(v), std::end(v)); };
    CHECK(value_of(output, "Z2") == as_list(trace.layer<0>().a.elements));  // Z2 = A1
    CHECK(value_of(output, "y_hat") == as_list(trace.output().elements));
    CHECK(value_of(output, "dL/dZ3") == as_list(gradients.layer<2>().dL_dz.elements));
    CHECK(value_of(output, "dL/dA1") == as_list(gradients.layer<0>().dL_da.elements));
    CHECK(value_of(output, "dL/dx") == as_list(gradients.dL_dx.elements));
    CHECK(output.find("W2_new") == std::string::npos);  // the Pass layer has no parameters
    CHECK(output.find("  W3_new = ") != std::string::npos);
}
