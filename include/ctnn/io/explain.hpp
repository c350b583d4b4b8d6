/// \file
/// `explain`: one training step written out as the Day 10 notebook teaches it (run time only).
/// Implements the notebook's "Manual Example (Numbers)" and "Extending to Multiple Layers" as
/// printed output: forward pass, loss, every chain-rule factor by name and value, SGD update.
#pragma once

#include <ctnn/activation/identity.hpp>
#include <ctnn/activation/leaky_relu.hpp>
#include <ctnn/activation/relu.hpp>
#include <ctnn/activation/sigmoid.hpp>
#include <ctnn/activation/softmax.hpp>
#include <ctnn/activation/tanh.hpp>
#include <ctnn/io/notation.hpp>
#include <ctnn/io/print.hpp>
#include <ctnn/loss/binary_cross_entropy.hpp>
#include <ctnn/loss/mean_squared_error.hpp>
#include <ctnn/loss/softmax_cross_entropy.hpp>
#include <ctnn/loss/squared_error.hpp>
#include <ctnn/network/network.hpp>
#include <ctnn/optimizer/sgd.hpp>

#include <algorithm>
#include <concepts>
#include <cstddef>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace ctnn {

/// How `explain` writes: plain text for a terminal, or Markdown with LaTeX formulas for slides.
enum class ExplainFormat { text, markdown };

namespace detail {

/// Writes headings and equations `name = formula = formula with numbers = value`, as text or as
/// Markdown with `$$...$$` formulas.
class ExplanationWriter {
public:
    ExplanationWriter(std::ostream& out, ExplainFormat format) : out_(out), format_(format) {}

    void section(std::string_view title) {
        if (format_ == ExplainFormat::text) {
            out_ << '\n' << title << '\n' << std::string(display_width(title), '-') << '\n';
        } else {
            out_ << "## " << title << "\n\n";
        }
    }

    void subsection(std::string_view title) {
        out_ << (format_ == ExplainFormat::text ? "" : "**") << title
             << (format_ == ExplainFormat::text ? "\n" : "**\n\n");
    }

    void note(std::string_view text, std::string_view markdown) {
        out_ << (format_ == ExplainFormat::text ? text : markdown)
             << (format_ == ExplainFormat::text ? "\n" : "\n\n");
    }

    template <class V>
    void equation(const Symbol& name, const Formula& formula, const V& value) {
        const bool text = format_ == ExplainFormat::text;
        std::vector<std::string> parts;
        if (!formula.empty()) {
            const Symbol symbols = names_of(formula);
            const Symbol numbers = values_of(formula);
            parts.push_back(text ? symbols.text : symbols.latex);
            if (parts.back() != (text ? numbers.text : numbers.latex)) {
                parts.push_back(text ? numbers.text : numbers.latex);
            }
        }
        if (text) {
            write_text(name.text, std::move(parts), text_rows(value));
        } else {
            write_markdown(name.latex, std::move(parts), latex_of(value));
        }
    }

private:
    static constexpr std::size_t line_width = 100;

    /// `  name = part = part = value` on one line when it fits, else one `= part` per line.
    void write_text(const std::string& name, std::vector<std::string> parts,
                    const std::vector<std::string>& rows) {
        if (rows.size() == 1 && !parts.empty() && parts.back() == rows.front()) parts.pop_back();
        std::string prefix = "  " + name + " = ";
        for (const auto& part : parts) prefix += part + " = ";
        std::size_t widest = 0;
        for (const auto& row : rows) widest = std::max(widest, display_width(row));
        std::size_t value_column = display_width(prefix);
        const bool fits = value_column + widest <= line_width;
        if (fits && (rows.size() == 1 || parts.size() < 2)) {
            out_ << prefix;
        } else {
            const std::string pad(display_width(name) + 3, ' ');
            out_ << "  " << name;
            for (std::size_t i = 0; i < parts.size(); ++i) {
                out_ << (i == 0 ? " = " : "\n" + pad + "= ") << parts[i];
            }
            out_ << (parts.empty() ? " = " : "\n" + pad + "= ");
            value_column = pad.size() + 2;
        }
        for (std::size_t i = 0; i < rows.size(); ++i) {
            out_ << (i == 0 ? "" : std::string(value_column, ' ')) << rows[i] << '\n';
        }
    }

    /// `$$name = part = value$$`, or an `aligned` block when there are several steps.
    void write_markdown(const std::string& name, std::vector<std::string> parts,
                        const std::string& value) {
        if (parts.empty() || parts.back() != value) parts.push_back(value);
        if (parts.size() <= 2) {
            out_ << "$$" << name;
            for (const auto& part : parts) out_ << " = " << part;
            out_ << "$$\n\n";
            return;
        }
        out_ << "$$\n\\begin{aligned}\n" << name;
        for (std::size_t i = 0; i < parts.size(); ++i) {
            out_ << (i == 0 ? "" : " \\\\\n") << " &= " << parts[i];
        }
        out_ << "\n\\end{aligned}\n$$\n\n";
    }

    std::ostream& out_;
    ExplainFormat format_;
};

/// The explanation of one step of `network` on (x, y): what the library computed, by name.
template <class Net, class LossFunction>
class StepExplanation {
public:
    StepExplanation(const Net& network, const typename Net::trace_type& trace,
                    const typename Net::gradients_type& gradients, const LossFunction& loss,
                    double learning_rate, ExplanationWriter& write)
        : network_(network),
          trace_(trace),
          gradients_(gradients),
          loss_(loss),
          learning_rate_(learning_rate),
          write_(write) {}

    template <std::size_t K>
    void forward() const {
        const auto names = layer_names<Net, K>();
        const auto& layer = network_.template layer<K>();
        const auto& step = trace_.template layer<K>();
        heading<K>(describe_layer(layer, K == Net::layer_count - 1));
        write_.equation(names.z, forward_formula<Net, K>(network_, trace_), step.z);
        write_.equation(names.a, activation_formula(layer.activation, names.z, step.z), step.a);
    }

    template <class Target>
    void loss(const Target& y) const {
        const Symbol output = layer_names<Net, Net::layer_count - 1>().a;
        write_.equation(loss_symbol, loss_formula(loss_, output, trace_.output(), y),
                        network_.loss(trace_, y, loss_));
    }

    template <std::size_t K, class Target>
    void backward(const Target& y) const {
        const auto names = layer_names<Net, K>();
        const auto& layer = network_.template layer<K>();
        const auto& step = trace_.template layer<K>();
        const auto& gradient = gradients_.template layer<K>();
        const Symbol dL_da = derivative(loss_symbol, names.a, names.partial);
        const Symbol da_dz = derivative(names.a, names.z, names.partial);
        const Symbol dL_dz = derivative(loss_symbol, names.z, names.partial);
        heading<K>("");
        if constexpr (K == Net::layer_count - 1) {
            write_.equation(dL_da, loss_gradient_formula(loss_, names.a, step.a, y),
                            gradient.dL_da);
        }
        using Layer = std::remove_cvref_t<decltype(layer)>;
        using F = typename Layer::activation_type;
        constexpr bool scalar = Layer::output_size == 1;
        if constexpr (ElementwiseActivation<F>) {
            const auto da_dz_value = activation_derivative(layer.activation, step);
            write_.equation(
                da_dz,
                activation_derivative_formula(layer.activation, names.z, step.z, names.a, step.a),
                da_dz_value);
            write_.equation(dL_dz,
                            Formula{quantity(dL_da, gradient.dL_da),
                                    op(scalar ? product : hadamard), quantity(da_dz, da_dz_value)},
                            gradient.dL_dz);
            parameters_backward<K>(scalar, Formula{quantity(dL_da, gradient.dL_da), op(product),
                                                   quantity(da_dz, da_dz_value)});
        } else {
            write_.equation(dL_dz,
                            Formula{op("J(", "J("), quantity(names.z, step.z),
                                    op(")ᵀ ", ")^\\top "), quantity(dL_da, gradient.dL_da)},
                            gradient.dL_dz);
            parameters_backward<K>(false, Formula{});
        }
    }

    template <std::size_t K>
    void update() const {
        const auto names = layer_names<Net, K>();
        const auto& layer = network_.template layer<K>();
        const auto& gradient = gradients_.template layer<K>();
        using Layer = typename std::remove_cvref_t<decltype(layer)>::layer_type;
        if constexpr (ExplainedAsDense<Layer>) {
            heading<K>("");
            update_parameter(names.W, layer.W, gradient.W, names.partial);
            update_parameter(names.b, layer.b, gradient.b, names.partial);
        }
    }

private:
    static inline const Symbol loss_symbol{"L", "L"};

    template <std::size_t K>
    void heading(const std::string& description) const {
        if constexpr (Net::layer_count > 1) {
            write_.subsection("Layer " + std::to_string(K + 1) +
                              (description.empty() ? "" : ": " + description));
        }
    }

    /// dz/dW, dL/dW, dL/db and dL/d(input) from dL/dz, as the layer's backward computed them.
    template <std::size_t K>
    void parameters_backward(bool scalar, const Formula& dL_dz_as_factors) const {
        const auto names = layer_names<Net, K>();
        const auto& layer = network_.template layer<K>();
        const auto& gradient = gradients_.template layer<K>();
        const auto& input = input_of<Net, K>(trace_);
        const auto& dL_dinput = dL_dinput_of<Net, K>(gradients_);
        const Symbol dL_dz = derivative(loss_symbol, names.z, names.partial);
        const Symbol dL_dinput_name = derivative(loss_symbol, names.input, names.partial);
        using Layer = typename std::remove_cvref_t<decltype(layer)>::layer_type;
        if constexpr (ExplainedAsDense<Layer>) {
            const Symbol dz_dW = derivative(names.z, names.W, names.partial);
            write_.equation(dz_dW, Formula{quantity(names.input, input)}, input);
            Formula dL_dW = dL_dz_as_factors;
            Formula dL_db = dL_dz_as_factors;
            if (scalar && !dL_dW.empty() && Layer::input_size == 1) {
                dL_dW.push_back(op(product));
                dL_dW.push_back(quantity(dz_dW, input));
            } else {
                dL_dW = {quantity(dz_dW, input), op(outer_product),
                         quantity(dL_dz, gradient.dL_dz)};
                dL_db = {quantity(dL_dz, gradient.dL_dz)};
            }
            write_.equation(derivative(loss_symbol, names.W, names.partial), dL_dW, gradient.W);
            write_.equation(derivative(loss_symbol, names.b, names.partial), dL_db, gradient.b);
            write_.equation(dL_dinput_name,
                            {quantity(names.W, layer.W), op(scalar ? product : juxtaposition),
                             quantity(dL_dz, gradient.dL_dz)},
                            dL_dinput);
        } else {
            write_.equation(dL_dinput_name, {quantity(dL_dz, gradient.dL_dz)}, dL_dinput);
        }
    }

    /// p_new = p - η dL/dp, computed by `SGD` itself on a copy of p.
    template <class P>
    void update_parameter(const Symbol& p, const P& value, const P& dL_dp, bool partial) const {
        const SGD sgd{.learning_rate = learning_rate_};
        typename SGD::template state<P> no_state{};
        P p_new = value;
        sgd.update(p_new, dL_dp, no_state);
        const bool scalar = P::size == 1;
        write_.equation(
            updated(p),
            {quantity(p, value), op(" - "), quantity(Symbol{"η", "\\eta"}, learning_rate_),
             op(scalar ? product : juxtaposition),
             quantity(derivative(loss_symbol, p, partial), dL_dp)},
            p_new);
    }

    const Net& network_;
    const typename Net::trace_type& trace_;
    const typename Net::gradients_type& gradients_;
    const LossFunction& loss_;
    double learning_rate_;
    ExplanationWriter& write_;
};

}  // namespace detail

/// Writes one training step of `network` on the example (x, y) the way the Day 10 notebook
/// teaches it: the forward pass layer by layer (z = xW + b, a = f(z)), the loss, then backwards
/// every chain-rule factor with its name and value (dL/da, da/dz, dL/dz, dz/dW = the layer's
/// input, dL/dW, dL/db, and dL/dA of the layer before), then the SGD update p - η dL/dp.
///
/// Math:     the notebook's names: for one layer x, w, b, z, a (dL/dw = dL/da · da/dz · dz/dw);
///           for several, layers numbered from 1: W1, b1, Z1, A1, ..., the output y_hat.
/// Requires: sizes of x and y that fit the network (else the network's own message).
/// Ensures:  every number is the one the library computes: `network.forward`,
///           `network.backward`, the activation's `derivative` and `SGD::update`; the network is
///           not changed. Text mode prints numbers in shortest round-trip form; Markdown mode
///           writes the same content with `$$...$$` LaTeX formulas. Parameters are named for
///           `Dense` layers; other layers show their z, a and gradients.
/// Example:  `examples/explain_day10.cpp`.
template <class... Entries, std::size_t N, std::size_t M, class T, class LossFunction>
void explain(std::ostream& out, const Network<Entries...>& network, const Vector<N, T>& x,
             const Vector<M, T>& y, const LossFunction& loss, double learning_rate,
             ExplainFormat format = ExplainFormat::text) {
    using Net = Network<Entries...>;
    const auto trace = network.forward(x);
    const auto gradients = network.backward(trace, y, loss);
    if constexpr (N == Net::input_size && M == Net::output_size && Loss<LossFunction>) {
        detail::ExplanationWriter write(out, format);
        const detail::StepExplanation<Net, LossFunction> step(network, trace, gradients, loss,
                                                              learning_rate, write);
        constexpr std::size_t last = Net::layer_count - 1;
        auto each_layer = [](auto&& visit) {
            [&]<std::size_t... K>(std::index_sequence<K...>) {
                (visit(std::integral_constant<std::size_t, K>{}), ...);
            }
            (std::make_index_sequence<Net::layer_count>{});
        };

        write.section("Given");
        write.equation(detail::Symbol{"x", "x"}, {}, x);
        write.equation(detail::Symbol{"y", "y"}, {}, y);
        write.equation(detail::Symbol{"η", "\\eta"}, {}, learning_rate);

        write.section("Forward pass");
        each_layer([&](auto k) { step.template forward<k>(); });

        write.section("Loss");
        step.loss(y);

        write.section("Backward pass: the chain rule, from the loss back to the input");
        if constexpr (!detail::all_layers_scalar<Net>()) {
            write.note("(⊙: product element by element; ⊗: outer product, (u ⊗ v)ij = ui vj)",
                       "$\\odot$: product element by element; $\\otimes$: outer product, "
                       "$(u \\otimes v)_{ij} = u_i v_j$.");
        }
        each_layer([&](auto k) { step.template backward<last - k>(y); });

        write.section("SGD update");
        write.note("p_new = p - η dL/dp for every parameter p",
                   "$p^{\\text{new}} = p - \\eta \\frac{\\partial L}{\\partial p}$ for every "
                   "parameter $p$.");
        each_layer([&](auto k) { step.template update<k>(); });
    }
}

}  // namespace ctnn
