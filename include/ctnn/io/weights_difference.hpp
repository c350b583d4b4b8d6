/// \file
/// How the architecture recorded in a weights file differs from a network's, in words: what
/// `load_weights` says when it refuses a file (run time only).
#pragma once

#include <ctnn/io/weights_format.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace ctnn::detail {

/// `1 input`, `128 inputs`
inline std::string counted(std::uint64_t n, const std::string& noun) {
    return std::to_string(n) + ' ' + noun + (n == 1 ? "" : "s");
}

/// `784 x 128`
inline std::string sizes_text(const std::vector<std::uint64_t>& shape) {
    std::string text;
    for (const std::uint64_t d : shape) {
        if (!text.empty()) text += " x ";
        text += std::to_string(d);
    }
    return text;
}

/// Each way the architecture in a file differs from a network's, in words, most telling first:
/// the scalar type, the number of layers, then layer by layer its kind, widths and activation,
/// and the shapes of its parameters when those agree.
inline std::vector<std::string> differences(const ArchitectureRecord& file,
                                            const ArchitectureRecord& network) {
    std::vector<std::string> found;
    auto differ = [&](const std::string& what, const std::string& in_file,
                      const std::string& in_network) {
        found.push_back(what + ' ' + in_file + " in the file, " + in_network + " in the network");
    };
    if (file.scalar != network.scalar || file.scalar_size != network.scalar_size) {
        differ("the parameters are",
               file.scalar + " (" + counted(file.scalar_size, "byte") + " each)",
               network.scalar + " (" + counted(network.scalar_size, "byte") + " each)");
    }
    if (file.layers.size() != network.layers.size()) {
        found.push_back("the file has " + counted(file.layers.size(), "layer") + ", the network " +
                        std::to_string(network.layers.size()));
    }
    const std::size_t common = std::min(file.layers.size(), network.layers.size());
    for (std::size_t k = 0; k < common; ++k) {
        const LayerRecord& f = file.layers[k];
        const LayerRecord& n = network.layers[k];
        const std::string layer = "layer " + std::to_string(k);
        if (f.kind != n.kind) differ(layer + " is a", f.kind + " layer", "a " + n.kind + " layer");
        if (f.input_size != n.input_size) {
            differ(layer + " has", counted(f.input_size, "input"), std::to_string(n.input_size));
        }
        if (f.output_size != n.output_size) {
            differ(layer + " has", counted(f.output_size, "output"), std::to_string(n.output_size));
        }
        if (f.activation != n.activation) {
            differ(layer + "'s activation is", f.activation, n.activation);
        } else if (f.settings.size() != n.settings.size()) {
            differ(layer + "'s " + f.activation + " has", counted(f.settings.size(), "setting"),
                   std::to_string(n.settings.size()));
        }
        const bool same_layer =
            f.kind == n.kind && f.input_size == n.input_size && f.output_size == n.output_size;
        if (!same_layer) continue;
        if (f.parameters.size() != n.parameters.size()) {
            differ(layer + " has", counted(f.parameters.size(), "parameter"),
                   std::to_string(n.parameters.size()));
            continue;
        }
        for (std::size_t i = 0; i < f.parameters.size(); ++i) {
            const ParameterRecord& p = f.parameters[i];
            const ParameterRecord& q = n.parameters[i];
            if (p.name != q.name) {
                differ(layer + "'s parameter " + std::to_string(i) + " is", p.name, q.name);
            } else if (p.shape != q.shape) {
                differ(layer + "'s " + p.name + " is", sizes_text(p.shape), sizes_text(q.shape));
            }
        }
    }
    return found;
}

}  // namespace ctnn::detail
