/// \file
/// Reading a weights file (run time only): each part checked as it comes, the architecture
/// compared with the network's, every problem a `DataError` that names the file and says in
/// words what is wrong. The format is in `io/weights_format.hpp`.
#pragma once

#include <ctnn/io/data_error.hpp>
#include <ctnn/io/weights_format.hpp>

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <istream>
#include <limits>
#include <string>
#include <vector>

namespace ctnn {

/// A weights file made for another architecture than the network it is loaded into. The
/// message names the file, both architectures and what differs:
/// `ctnn: "digits.weights" was saved from Network<Dense<784, 128, float>, ReLU, ...> but is
/// loaded into Network<Dense<784, 64, float>, ReLU, ...>: layer 0 has 128 outputs in the file,
/// 64 in the network; ...`
struct ArchitectureMismatch : DataError {
    using DataError::DataError;
};

namespace detail {

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

/// `89 63 74 6e`
inline std::string bytes_text(const char* bytes, std::size_t size) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string text;
    for (std::size_t i = 0; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        if (i != 0) text += ' ';
        text += digits[byte >> 4];
        text += digits[byte & 0xf];
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

/// Reads the parts of one weights record from a stream, in order, checking each.
class WeightsReader {
public:
    WeightsReader(std::istream& in, std::filesystem::path file) : in_(in), file_(std::move(file)) {}

    /// Reads the signature, version and architecture, checks that the architecture is the
    /// network's, then reads the parameters: returns their bytes, for `assign_weights`.
    template <class Net>
    std::string read_matching(const Net& network) {
        read_architecture();
        check_architecture(architecture_record(network));
        return read_parameters();
    }

    /// The architecture read from the file.
    const ArchitectureRecord& record() const { return record_; }

    /// Throws unless the stream ends here.
    void expect_end() {
        in_.ignore(std::numeric_limits<std::streamsize>::max());
        if (in_.bad()) fail_reading();
        if (const auto extra = in_.gcount(); extra > 0) {
            data_error(file_, "is longer than its architecture says: the parameters end after " +
                                  counted(offset_, "byte") + ", " +
                                  counted(static_cast<std::uint64_t>(extra), "more byte") +
                                  " follow");
        }
    }

private:
    /// Names longer than this, or counts larger, mean the file is not what it claims.
    static constexpr std::uint64_t longest_name = 4096;
    static constexpr std::uint64_t most_items = std::uint64_t{1} << 20;
    static constexpr std::uint64_t highest_rank = 8;

    [[noreturn]] void fail_reading() {
        data_error(file_, std::string("cannot be read: ") + std::strerror(errno));
    }

    /// Reads `size` bytes; `what` says what they are, should the file end first.
    void bytes(char* out, std::size_t size, const std::string& what) {
        in_.read(out, static_cast<std::streamsize>(size));
        offset_ += static_cast<std::uint64_t>(in_.gcount());
        if (in_.bad()) fail_reading();
        if (static_cast<std::size_t>(in_.gcount()) < size) {
            data_error(file_,
                       "is truncated: it ends after " + counted(offset_, "byte") + ", in " + what);
        }
    }

    std::uint64_t integer(const std::string& what) {
        char buffer[8];
        bytes(buffer, sizeof buffer, what);
        return from_little_endian<std::uint64_t>(buffer);
    }

    /// A count of at most `most` things.
    std::uint64_t count(const std::string& what, std::uint64_t most = most_items) {
        const std::uint64_t n = integer(what);
        if (n > most) {
            data_error(file_, "is corrupt: " + what + " is " + std::to_string(n) +
                                  ", more than the " + std::to_string(most) + " a reader accepts");
        }
        return n;
    }

    std::string text(const std::string& what) {
        std::string value(count("the length of " + what, longest_name), '\0');
        bytes(value.data(), value.size(), what);
        return value;
    }

    void read_signature() {
        char signature[sizeof weights_signature];
        in_.read(signature, sizeof signature);
        const auto got = static_cast<std::size_t>(in_.gcount());
        offset_ += got;
        if (in_.bad()) fail_reading();
        const std::string expected =
            bytes_text(weights_signature, sizeof weights_signature) + " (\"\\x89ctnnw\\r\\n\")";
        if (std::memcmp(signature, weights_signature, got) != 0) {
            data_error(file_, "is not a ctnn weights file: it starts with " +
                                  bytes_text(signature, got) + ", a weights file with " + expected);
        }
        if (got < sizeof signature) {
            data_error(file_, "is truncated: it holds " + counted(got, "byte") +
                                  ", fewer than the 8 of the weights file signature " + expected);
        }
    }

    void read_architecture() {
        read_signature();
        const std::uint64_t version = integer("the format version");
        if (version != weights_version) {
            data_error(file_, "has weights format version " + std::to_string(version) +
                                  ", which this ctnn does not read (it reads version " +
                                  std::to_string(weights_version) + ")");
        }
        record_.scalar = text("the scalar type");
        record_.scalar_size = count("the scalar size", 64);
        record_.network = text("the network's description");
        record_.layers.resize(count("the layer count"));
        for (std::size_t k = 0; k < record_.layers.size(); ++k) {
            LayerRecord& layer = record_.layers[k];
            const std::string of = "layer " + std::to_string(k) + "'s ";
            layer.kind = text(of + "kind");
            layer.input_size = integer(of + "input width");
            layer.output_size = integer(of + "output width");
            layer.activation = text(of + "activation");
            layer.settings.resize(count(of + "setting count"));
            for (auto& setting : layer.settings) {
                setting.name = text(of + "setting name");
                setting.value = from_bits<double>(integer(of + setting.name));
            }
            layer.parameters.resize(count(of + "parameter count"));
            for (auto& p : layer.parameters) {
                p.name = text(of + "parameter name");
                p.shape.resize(count(of + p.name + "'s rank", highest_rank));
                for (auto& d : p.shape) d = integer(of + p.name + "'s sizes");
            }
        }
    }

    void check_architecture(const ArchitectureRecord& network) {
        const std::vector<std::string> found = differences(record_, network);
        if (found.empty()) return;
        constexpr std::size_t shown = 4;
        std::string listed;
        for (std::size_t i = 0; i < found.size() && i < shown; ++i) {
            listed += (i == 0 ? "" : "; ") + found[i];
        }
        if (found.size() > shown)
            listed += "; and " + std::to_string(found.size() - shown) + " more";
        throw ArchitectureMismatch("ctnn: " + quoted_name(file_) + " was saved from " +
                                   record_.network + " but is loaded into " + network.network +
                                   ": " + listed);
    }

    /// The parameters' bytes; the architecture has been checked, so their number is known.
    std::string read_parameters() {
        const std::uint64_t start = offset_;
        std::uint64_t size = 0;
        for (const auto& layer : record_.layers) {
            for (const auto& p : layer.parameters)
                size += element_count(p.shape) * record_.scalar_size;
        }
        std::string parameters(size, '\0');
        in_.read(parameters.data(), static_cast<std::streamsize>(size));
        const auto got = static_cast<std::uint64_t>(in_.gcount());
        offset_ += got;
        if (in_.bad()) fail_reading();
        if (got < size) {
            data_error(file_, "is truncated: it ends after " + counted(offset_, "byte") + ", in " +
                                  parameter_at(got) + "; its parameters take " +
                                  counted(size, "byte") + " after the " + std::to_string(start) +
                                  " of the architecture record");
        }
        return parameters;
    }

    /// `layer 1's W`: the parameter the byte at `offset` from the parameters' start belongs to.
    std::string parameter_at(std::uint64_t offset) const {
        for (std::size_t k = 0; k < record_.layers.size(); ++k) {
            for (const auto& p : record_.layers[k].parameters) {
                const std::uint64_t size = element_count(p.shape) * record_.scalar_size;
                if (offset < size) return "layer " + std::to_string(k) + "'s " + p.name;
                offset -= size;
            }
        }
        return "the parameters";
    }

    std::istream& in_;
    std::filesystem::path file_;
    std::uint64_t offset_ = 0;
    ArchitectureRecord record_;
};

/// The file opened for reading, or a DataError saying why it cannot be.
inline std::ifstream open_weights(const std::filesystem::path& file) {
    std::error_code ignored;
    if (std::filesystem::is_directory(file, ignored)) {
        data_error(file, "is a directory, not a weights file");
    }
    errno = 0;
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        data_error(file, std::string("cannot be opened: ") +
                             (errno != 0 ? std::strerror(errno) : "unknown error"));
    }
    return in;
}

}  // namespace detail

}  // namespace ctnn
