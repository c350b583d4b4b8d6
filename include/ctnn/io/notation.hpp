/// \file
/// The notation `explain` and `write_dot` share (run time only): the notebook's names for each
/// layer's quantities (x, W1, Z1, A1, y_hat, dL/dW1), formulas that read with names and with
/// numbers, and values written as text or as LaTeX.
#pragma once

#include <ctnn/activation/identity.hpp>
#include <ctnn/activation/leaky_relu.hpp>
#include <ctnn/activation/relu.hpp>
#include <ctnn/activation/sigmoid.hpp>
#include <ctnn/activation/softmax.hpp>
#include <ctnn/activation/tanh.hpp>
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

namespace ctnn::detail {

// ---------------------------------------------------------------------------------------------
// Notation shared by `explain` and `write_dot`: the notebook's names, formulas and numbers.

/// A name or an expression, as plain text and as LaTeX.
struct Symbol {
    std::string text;
    std::string latex;
};

/// One piece of a formula: a named quantity with its value, or an operator (its own value).
struct Term {
    Symbol name;
    Symbol value;
    bool is_quantity = false;
};

/// A formula such as `dL/da ⊙ da/dz`, which also reads with numbers: `[-2.688 0.896] ⊙ [1 0]`.
using Formula = std::vector<Term>;

inline const Symbol product{" · ", " \\cdot "};
inline const Symbol hadamard{" ⊙ ", " \\odot "};
inline const Symbol outer_product{" ⊗ ", " \\otimes "};
inline const Symbol juxtaposition{" ", " \\, "};

inline Term op(const Symbol& symbol) { return Term{symbol, symbol}; }
inline Term op(std::string_view text, std::string_view latex) {
    return op(Symbol{std::string(text), std::string(latex)});
}
inline Term op(std::string_view both) { return op(both, both); }

/// Characters on screen (UTF-8 code points), to align columns.
inline std::size_t display_width(std::string_view s) {
    std::size_t width = 0;
    for (const char c : s) width += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return width;
}

template <std::floating_point T>
std::string number_text(T x) {
    std::ostringstream out;
    print_number(out, x);
    return out.str();
}

/// A value as text, one string per printed row: `0.76`, `[1.1 -0.2]`, `[[-2.688 0]`,
/// ` [-5.376 0]]`. A tensor of one element prints as its number, as the notebook does.
template <std::floating_point T>
std::vector<std::string> text_rows(T x) {
    return {number_text(x)};
}
template <std::size_t N, class T>
std::vector<std::string> text_rows(const Vector<N, T>& v) {
    if constexpr (N == 1) return {number_text(v[0])};
    std::string row = "[";
    for (std::size_t i = 0; i < N; ++i) {
        if (i != 0) row += ' ';
        row += number_text(v[i]);
    }
    row += ']';
    return {row};
}
template <std::size_t Rows, std::size_t Cols, class T>
std::vector<std::string> text_rows(const Matrix<Rows, Cols, T>& m) {
    if constexpr (Rows * Cols == 1) return {number_text(m(0, 0))};
    std::vector<std::string> rows;
    for (std::size_t i = 0; i < Rows; ++i) {
        std::string row = i == 0 ? "[[" : " [";
        for (std::size_t j = 0; j < Cols; ++j) {
            if (j != 0) row += ' ';
            row += number_text(m(i, j));
        }
        row += i + 1 == Rows ? "]]" : "]";
        rows.push_back(row);
    }
    return rows;
}

/// A value as text on one line: `[[-2.688 0] [-5.376 0]]`.
template <class V>
std::string text_of(const V& value) {
    std::string line;
    for (const auto& row : text_rows(value)) line += row;
    return line;
}

/// A value as LaTeX: a number or a `bmatrix`.
template <std::floating_point T>
std::string latex_of(T x) {
    return number_text(x);
}
template <std::size_t N, class T>
std::string latex_of(const Vector<N, T>& v) {
    if constexpr (N == 1) return number_text(v[0]);
    std::string latex = "\\begin{bmatrix}";
    for (std::size_t i = 0; i < N; ++i) latex += (i == 0 ? " " : " & ") + number_text(v[i]);
    return latex + " \\end{bmatrix}";
}
template <std::size_t Rows, std::size_t Cols, class T>
std::string latex_of(const Matrix<Rows, Cols, T>& m) {
    if constexpr (Rows * Cols == 1) return number_text(m(0, 0));
    std::string latex = "\\begin{bmatrix}";
    for (std::size_t i = 0; i < Rows; ++i) {
        for (std::size_t j = 0; j < Cols; ++j) {
            latex += (j == 0 ? (i == 0 ? " " : " \\\\ ") : " & ") + number_text(m(i, j));
        }
    }
    return latex + " \\end{bmatrix}";
}

/// A named quantity in a formula, with its value.
template <class V>
Term quantity(const Symbol& name, const V& value) {
    return Term{name, Symbol{text_of(value), latex_of(value)}, true};
}

/// The formula with names: `dL/dA1 ⊙ dA1/dZ1`.
inline Symbol names_of(const Formula& formula) {
    Symbol result;
    for (const auto& term : formula) {
        result.text += term.name.text;
        result.latex += term.name.latex;
    }
    return result;
}

/// The same formula with numbers; a negative number in a longer formula is parenthesised.
inline Symbol values_of(const Formula& formula) {
    Symbol result;
    for (const auto& term : formula) {
        const bool parenthesise =
            term.is_quantity && formula.size() > 1 && term.value.text.starts_with('-');
        result.text += parenthesise ? "(" + term.value.text + ")" : term.value.text;
        result.latex += parenthesise ? "(" + term.value.latex + ")" : term.value.latex;
    }
    return result;
}

/// `W1` and `W_1`.
inline Symbol indexed(std::string_view letter, std::size_t index) {
    const std::string number = std::to_string(index);
    return Symbol{std::string(letter) + number,
                  std::string(letter) + (index < 10 ? "_" + number : "_{" + number + "}")};
}

/// `dL/dW1` and `\frac{\partial L}{\partial W_1}` (`\frac{dL}{dw}` for the single neuron).
inline Symbol derivative(const Symbol& of, const Symbol& with_respect_to, bool partial) {
    const std::string d = partial ? "\\partial " : "d";
    return Symbol{"d" + of.text + "/d" + with_respect_to.text,
                  "\\frac{" + d + of.latex + "}{" + d + with_respect_to.latex + "}"};
}

/// `W1_new` and `W_1^{\text{new}}`.
inline Symbol updated(const Symbol& p) {
    return Symbol{p.text + "_new", p.latex + "^{\\text{new}}"};
}

/// The type of layer K of Net: an `Activated<L, F>`.
template <class Net, std::size_t K>
using layer_at_t = std::remove_cvref_t<decltype(std::declval<const Net&>().template layer<K>())>;

/// True when every layer of Net has one input and one output, as the single neuron.
template <class Net>
constexpr bool all_layers_scalar() {
    return []<std::size_t... K>(std::index_sequence<K...>) {
        return ((layer_at_t<Net, K>::input_size == 1 && layer_at_t<Net, K>::output_size == 1) &&
                ...);
    }
    (std::make_index_sequence<Net::layer_count>{});
}

/// A layer with a weight matrix W and a bias b, as `Dense`.
template <class L>
concept ExplainedAsDense = requires(const L& layer) {
    layer.W;
    layer.b;
};

/// The notebook's names for the quantities of one layer.
struct LayerNames {
    Symbol input, W, b, z, a;
    bool partial;  ///< ∂ for a network of several layers, d for the single neuron
};

/// Layer K of Net: x, w, b, z, a for a network of one layer; otherwise numbered from 1
/// (W1, b1, Z1, A1 for layer<0>), the last activation being the prediction y_hat.
template <class Net, std::size_t K>
LayerNames layer_names() {
    using Layer = layer_at_t<Net, K>;
    const Symbol x{"x", "x"};
    if constexpr (Net::layer_count == 1) {
        const bool scalar = Layer::input_size == 1 && Layer::output_size == 1;
        return {x,          scalar ? Symbol{"w", "w"} : Symbol{"W", "W"},
                {"b", "b"}, {"z", "z"},
                {"a", "a"}, false};
    } else {
        return {K == 0 ? x : indexed("A", K),
                indexed("W", K + 1),
                indexed("b", K + 1),
                indexed("Z", K + 1),
                K + 1 == Net::layer_count ? Symbol{"y_hat", "\\hat{y}"} : indexed("A", K + 1),
                true};
    }
}

/// The input of layer K: x, or the activation of the layer before.
template <class Net, std::size_t K>
const auto& input_of(const typename Net::trace_type& trace) {
    if constexpr (K == 0) {
        return trace.x;
    } else {
        return trace.template layer<K - 1>().a;
    }
}

/// The derivative of the loss with respect to the input of layer K: dL/dx or the dL/da of the
/// layer before.
template <class Net, std::size_t K>
const auto& dL_dinput_of(const typename Net::gradients_type& gradients) {
    if constexpr (K == 0) {
        return gradients.dL_dx;
    } else {
        return gradients.template layer<K - 1>().dL_da;
    }
}

/// da/dz element by element, `f.derivative(z, a)`: the factor the backward pass multiplies
/// dL/da by.
template <ElementwiseActivation F, std::size_t N, class T>
Vector<N, T> activation_derivative(const F& f, const LayerTrace<Vector<N, T>>& step) {
    Vector<N, T> da_dz;
    for (std::size_t i = 0; i < N; ++i) da_dz[i] = f.derivative(step.z[i], step.a[i]);
    return da_dz;
}

/// z of layer K: `x W1 + b1` (`w · x + b` for one weight), or its input for a `Pass`.
template <class Net, std::size_t K>
Formula forward_formula(const Net& network, const typename Net::trace_type& trace) {
    const auto names = layer_names<Net, K>();
    const auto& layer = network.template layer<K>();
    const auto& input = input_of<Net, K>(trace);
    using Layer = typename std::remove_cvref_t<decltype(layer)>::layer_type;
    if constexpr (ExplainedAsDense<Layer>) {
        if constexpr (Layer::input_size == 1 && Layer::output_size == 1) {
            return {quantity(names.W, layer.W), op(product), quantity(names.input, input),
                    op(" + "), quantity(names.b, layer.b)};
        } else {
            return {quantity(names.input, input), op(juxtaposition), quantity(names.W, layer.W),
                    op(" + "), quantity(names.b, layer.b)};
        }
    } else if constexpr (has_no_parameters<Layer>) {
        return {quantity(names.input, input)};
    } else {
        return {op("layer("), quantity(names.input, input), op(")")};
    }
}

/// The activation's name, as text and LaTeX; empty for `Identity`.
template <class F>
Symbol activation_name() {
    if constexpr (std::same_as<F, Identity>) return {"", ""};
    if constexpr (std::same_as<F, ReLU>) return {"ReLU", "\\mathrm{ReLU}"};
    if constexpr (std::same_as<F, LeakyReLU>) return {"LeakyReLU", "\\mathrm{LeakyReLU}"};
    if constexpr (std::same_as<F, Sigmoid>) return {"σ", "\\sigma"};
    if constexpr (std::same_as<F, Tanh>) return {"tanh", "\\tanh"};
    if constexpr (std::same_as<F, Softmax>) return {"softmax", "\\mathrm{softmax}"};
    return {"f", "f"};
}

/// What a layer is, in words: `2 -> 2, ReLU`.
template <class L>
std::string describe_layer(const L&, bool is_output) {
    const std::string name = activation_name<typename L::activation_type>().text;
    return std::to_string(L::input_size) + " -> " + std::to_string(L::output_size) + ", " +
           (name.empty() ? "linear" : name) + (is_output ? " (output)" : "");
}

/// a = f(z): `ReLU(Z1)`, `σ(z)`, or just `Z2` for a linear output.
template <class F, class V>
Formula activation_formula(const F&, const Symbol& z, const V& z_value) {
    const Symbol name = activation_name<F>();
    if (name.text.empty()) return {quantity(z, z_value)};
    return {op(name.text + "(", name.latex + "("), quantity(z, z_value), op(")")};
}

/// da/dz = f'(z), written as the notebook writes it: `a(1 - a)` for the sigmoid, `1` for a
/// linear output.
template <class F, class V>
Formula activation_derivative_formula(const F&, const Symbol& z, const V& z_value, const Symbol& a,
                                      const V& a_value) {
    if constexpr (std::same_as<F, Identity>) {
        return {op("1")};
    } else if constexpr (std::same_as<F, Sigmoid>) {
        return {quantity(a, a_value), op("(1 - "), quantity(a, a_value), op(")")};
    } else if constexpr (std::same_as<F, Tanh>) {
        return {op("1 - "), quantity(a, a_value), op("^2")};
    } else {
        const Symbol name = activation_name<F>();
        return {op(name.text + "'(", name.latex + "'("), quantity(z, z_value), op(")")};
    }
}

/// L(y_hat, y): `(y_hat - y)^2` for the notebook's squared error.
template <class LossFunction, std::size_t N, class T>
Formula loss_formula(const LossFunction&, const Symbol& a, const Vector<N, T>& a_value,
                     const Vector<N, T>& y_value) {
    const Term y = quantity(Symbol{"y", "y"}, y_value);
    const Term out = quantity(a, a_value);
    if constexpr (std::same_as<LossFunction, SquaredError>) {
        return {op(N == 1 ? "(" : "Σ(", N == 1 ? "(" : "\\sum("), out, op(" - "), y, op(")^2")};
    } else if constexpr (std::same_as<LossFunction, MeanSquaredError>) {
        return {op("mean((", "\\operatorname{mean}(("), out, op(" - "), y, op(")^2)")};
    } else if constexpr (std::same_as<LossFunction, BinaryCrossEntropy>) {
        return {op("-Σ("),      y, op(" log ", " \\log "),           out,
                op(" + (1 - "), y, op(") log(1 - ", ") \\log(1 - "), out,
                op("))")};
    } else if constexpr (std::same_as<LossFunction, SoftmaxCrossEntropy>) {
        return {op("-Σ ", "-\\sum "), y, op(" log softmax(", " \\log \\mathrm{softmax}("), out,
                op(")")};
    } else {
        return {op("L("), out, op(", "), y, op(")")};
    }
}

/// dL/dy_hat: `2(y_hat - y)` for the notebook's squared error.
template <class LossFunction, std::size_t N, class T>
Formula loss_gradient_formula(const LossFunction&, const Symbol& a, const Vector<N, T>& a_value,
                              const Vector<N, T>& y_value) {
    const Term y = quantity(Symbol{"y", "y"}, y_value);
    const Term out = quantity(a, a_value);
    if constexpr (std::same_as<LossFunction, SquaredError>) {
        return {op("2("), out, op(" - "), y, op(")")};
    } else if constexpr (std::same_as<LossFunction, MeanSquaredError>) {
        const std::string n = std::to_string(N);
        return {op("2("), out, op(" - "), y, op(") / " + n)};
    } else if constexpr (std::same_as<LossFunction, BinaryCrossEntropy>) {
        return {op("("), out, op(" - "), y, op(") / ("), out, op("(1 - "), out, op("))")};
    } else if constexpr (std::same_as<LossFunction, SoftmaxCrossEntropy>) {
        return {op("softmax(", "\\mathrm{softmax}("), out, op(") Σy - ", ") \\sum y - "), y};
    } else {
        return {op("L'("), out, op(", "), y, op(")")};
    }
}

}  // namespace ctnn::detail
