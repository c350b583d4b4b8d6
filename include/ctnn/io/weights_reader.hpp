/// \file
/// Reading a weights file (run time only): each part checked as it comes, the architecture
/// compared with the network's, every problem a `DataError` that names the file and says in
/// words what is wrong. The format is in `io/weights_format.hpp`.
#pragma once

#include <ctnn/io/data_error.hpp>
#include <ctnn/io/weights_difference.hpp>
#include <ctnn/io/weights_format.hpp>

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

inline constexpr char hex_digits[] = "0123456789abcdef";

/// `89 63 74 6e`
inline std::string bytes_text(const char* bytes, std::size_t size) {
    std::string text;
    for (std::size_t i = 0; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        if (i != 0) text += ' ';
        text += hex_digits[byte >> 4];
        text += hex_digits[byte & 0xf];
    }
    return text;
}

/// `0x3fb6a2c1`
inline std::string hex(std::uint64_t value) {
    std::string text;
    do {
        text.insert(text.begin(), hex_digits[value & 0xf]);
        value >>= 4;
    } while (value != 0);
    return "0x" + text;
}

/// Reads the parts of one weights record from a stream, in order, checking each.
class WeightsReader {
public:
    WeightsReader(std::istream& in, std::filesystem::path file) : in_(in), file_(std::move(file)) {}

    /// Reads the signature, version and architecture, checks that the architecture is the
    /// network's, then reads the parameters and checks the checksum: returns the parameters'
    /// bytes, for `assign_weights`.
    template <class Net>
    std::string read_matching(const Net& network) {
        read_architecture();
        check_architecture(architecture_record(network));
        std::string parameters = read_parameters();
        if (version_ >= checksummed_weights_version) read_checksum();
        return parameters;
    }

    /// The architecture read from the file.
    const ArchitectureRecord& record() const { return record_; }

    /// Throws unless the stream ends here.
    void expect_end() {
        in_.ignore(std::numeric_limits<std::streamsize>::max());
        if (in_.bad()) fail_reading();
        if (const auto extra = in_.gcount(); extra > 0) {
            data_error(file_, "is longer than its architecture says: its record ends after " +
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

    /// Reads up to `size` bytes, adding them to the checksum; returns how many there were.
    std::size_t read_some(char* out, std::size_t size) {
        in_.read(out, static_cast<std::streamsize>(size));
        if (in_.bad()) fail_reading();
        const auto got = static_cast<std::size_t>(in_.gcount());
        offset_ += got;
        crc_ = crc32(crc_, out, got);
        return got;
    }

    /// Reads `size` bytes; `what` says what they are, should the file end first.
    void bytes(char* out, std::size_t size, const std::string& what) {
        if (read_some(out, size) < size) {
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
        const std::size_t got = read_some(signature, sizeof signature);
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
        version_ = integer("the format version");
        if (version_ < oldest_weights_version || version_ > weights_version) {
            data_error(file_, "has weights format version " + std::to_string(version_) +
                                  ", which this ctnn does not read (it reads versions " +
                                  std::to_string(oldest_weights_version) + " to " +
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
        const std::uint64_t got = read_some(parameters.data(), size);
        if (got < size) {
            data_error(file_, "is truncated: it ends after " + counted(offset_, "byte") + ", in " +
                                  parameter_at(got) + "; its parameters take " +
                                  counted(size, "byte") + " after the " + std::to_string(start) +
                                  " of the architecture record");
        }
        return parameters;
    }

    /// The checksum, compared with the CRC-32 of every byte read before it.
    void read_checksum() {
        const std::uint32_t computed = crc_;
        const std::uint64_t stored = integer("the checksum");
        if (stored != computed) {
            data_error(file_, "is corrupt: its checksum is " + hex(stored) +
                                  ", but the CRC-32 of its contents is " + hex(computed) +
                                  ": it was changed after it was saved");
        }
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
    std::uint32_t crc_ = 0;  // of the bytes read so far
    std::uint64_t version_ = 0;
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
