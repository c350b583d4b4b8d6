/// \file
/// `write_dot`: the computational graph of one example as Graphviz DOT (run time only).
/// Implements the notebook's "Computational Graph (Single Neuron)", drawn for every layer, with
/// the numbers of one forward and one backward pass.
#pragma once

#include <ctnn/io/notation.hpp>
#include <ctnn/network/network.hpp>

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ctnn {

namespace detail {

/// Text made safe for a Graphviz HTML-like label.
inline std::string html_escaped(std::string_view text) {
    std::string escaped;
    for (const char c : text) {
        switch (c) {
            case '&':
                escaped += "&amp;";
                break;
            case '<':
                escaped += "&lt;";
                break;
            case '>':
                escaped += "&gt;";
                break;
            case '"':
                escaped += "&quot;";
                break;
            default:
                escaped += c;
        }
    }
    return escaped;
}

/// Writes nodes (a quantity, its formula and its value) and edges (the local derivative, and in
/// red the gradient dL/d(source) that flows back along the edge).
class DotWriter {
public:
    explicit DotWriter(std::ostream& out) : out_(out) {}

    template <class V>
    void node(const Symbol& name, const Formula& formula, const V& value,
              std::string_view attributes = "") {
        out_ << "  " << name.text << " [label=<<b>" << html_escaped(name.text) << "</b>";
        if (!formula.empty()) out_ << " = " << html_escaped(names_of(formula).text);
        for (const auto& row : text_rows(value)) out_ << "<br/>" << html_escaped(row);
        out_ << '>' << (attributes.empty() ? "" : ", ") << attributes << "];\n";
    }

    void edge(const Symbol& from, const Symbol& to, const std::string& local,
              const std::string& gradient) {
        out_ << "  " << from.text << " -> " << to.text;
        if (local.empty() && gradient.empty()) {
            out_ << ";\n";
            return;
        }
        out_ << " [label=<" << html_escaped(local);
        if (!gradient.empty()) {
            out_ << "<br/><font color=\"red\">" << html_escaped(gradient) << "</font>";
        }
        out_ << ">];\n";
    }

private:
    std::ostream& out_;
};

/// `name = part = part`, each part written once: `dZ1/dW1 = x = [1 2]`, `dy_hat/dZ2 = 1`.
inline std::string equation_text(const Symbol& name, const std::vector<std::string>& parts) {
    std::string text = name.text;
    std::string previous;
    for (const auto& part : parts) {
        if (part != previous) text += " = " + part;
        previous = part;
    }
    return text;
}

/// `dL/dZ1 = [-2.688 0]`: the gradient written on an edge.
template <class V>
std::string gradient_label(const Symbol& with_respect_to, const V& value, bool partial) {
    return equation_text(derivative(Symbol{"L", "L"}, with_respect_to, partial), {text_of(value)});
}

/// Layer K's nodes (its parameters, z and a) and the edges into them.
template <class Net, std::size_t K>
void write_layer_graph(DotWriter& dot, const Net& network, const typename Net::trace_type& trace,
                       const typename Net::gradients_type& gradients) {
    const auto names = layer_names<Net, K>();
    const auto& layer = network.template layer<K>();
    const auto& step = trace.template layer<K>();
    const auto& gradient = gradients.template layer<K>();
    const auto& input = input_of<Net, K>(trace);
    const bool partial = names.partial;
    using Layer = typename layer_at_t<Net, K>::layer_type;
    constexpr std::string_view parameter_style = "shape=box, style=filled, fillcolor=lightyellow";

    dot.node(names.z, forward_formula<Net, K>(network, trace), step.z);
    dot.node(names.a, activation_formula(layer.activation, names.z, step.z), step.a);

    const std::string dz_dinput = derivative(names.z, names.input, partial).text;
    const std::string dL_dinput =
        gradient_label(names.input, dL_dinput_of<Net, K>(gradients), partial);
    if constexpr (ExplainedAsDense<Layer>) {
        dot.node(names.W, {}, layer.W, parameter_style);
        dot.node(names.b, {}, layer.b, parameter_style);
        dot.edge(names.input, names.z, dz_dinput + " = " + names.W.text, dL_dinput);
        dot.edge(names.W, names.z,
                 equation_text(derivative(names.z, names.W, partial),
                               {names.input.text, text_of(input)}),
                 gradient_label(names.W, gradient.W, partial));
        dot.edge(names.b, names.z, derivative(names.z, names.b, partial).text + " = 1",
                 gradient_label(names.b, gradient.b, partial));
    } else {
        dot.edge(names.input, names.z, dz_dinput, dL_dinput);
    }

    const Symbol da_dz = derivative(names.a, names.z, partial);
    const std::string dL_dz = gradient_label(names.z, gradient.dL_dz, partial);
    using F = typename layer_at_t<Net, K>::activation_type;
    if constexpr (ElementwiseActivation<F>) {
        const auto da_dz_value = activation_derivative(layer.activation, step);
        const Formula f_prime =
            activation_derivative_formula(layer.activation, names.z, step.z, names.a, step.a);
        dot.edge(names.z, names.a,
                 equation_text(da_dz, {names_of(f_prime).text, text_of(da_dz_value)}), dL_dz);
    } else {
        dot.edge(names.z, names.a, equation_text(da_dz, {"J(" + names.z.text + ")"}), dL_dz);
    }
}

}  // namespace detail

/// Writes the computational graph of `network` for the example (x, y) as Graphviz DOT, for
/// `dot -Tsvg`: one node per quantity (x, Z1, A1, ..., the prediction, y, L), labelled with its
/// formula and value, one node per parameter (W1, b1, ...), and one edge per dependency,
/// labelled with the local derivative (dZ1/dW1 = x, dA1/dZ1 = ReLU'(Z1), dL/dy_hat) and, in
/// red, the gradient the backward pass sends back along it (dL/d(source)).
///
/// Ensures:  the values are the library's own (`network.forward`, `network.backward`); node
///           names are the notebook's, as `explain` prints them; the network is not changed.
/// Example:  `examples/explain_day10.cpp`.
template <class... Entries, std::size_t N, std::size_t M, class T, class LossFunction>
void write_dot(std::ostream& out, const Network<Entries...>& network, const Vector<N, T>& x,
               const Vector<M, T>& y, const LossFunction& loss) {
    using Net = Network<Entries...>;
    const auto trace = network.forward(x);
    const auto gradients = network.backward(trace, y, loss);
    if constexpr (N == Net::input_size && M == Net::output_size && Loss<LossFunction>) {
        constexpr std::size_t last = Net::layer_count - 1;
        const auto output = detail::layer_names<Net, last>();
        const detail::Symbol x_name{"x", "x"}, y_name{"y", "y"}, L_name{"L", "L"};
        detail::DotWriter dot(out);

        out << "digraph ctnn {\n"
               "  rankdir=LR;\n"
               "  fontname=\"Helvetica\";\n"
               "  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n"
               "  edge [fontname=\"Helvetica\", fontsize=10];\n"
               "  label=<black: local derivative; <font color=\"red\">red: gradient of the "
               "loss flowing back</font>>;\n";
        dot.node(x_name, {}, x, "shape=ellipse");
        dot.node(y_name, {}, y, "shape=ellipse");
        [&]<std::size_t... K>(std::index_sequence<K...>) {
            (detail::write_layer_graph<Net, K>(dot, network, trace, gradients), ...);
        }
        (std::make_index_sequence<Net::layer_count>{});
        dot.node(L_name, detail::loss_formula(loss, output.a, trace.output(), y),
                 network.loss(trace, y, loss), "shape=doubleoctagon");
        const detail::Formula dL_da =
            detail::loss_gradient_formula(loss, output.a, trace.output(), y);
        dot.edge(output.a, L_name,
                 detail::equation_text(detail::derivative(L_name, output.a, output.partial),
                                       {detail::names_of(dL_da).text}),
                 detail::gradient_label(output.a, gradients.template layer<last>().dL_da,
                                        output.partial));
        dot.edge(y_name, L_name, "", "");
        out << "}\n";
    }
}

}  // namespace ctnn
