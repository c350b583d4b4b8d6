/// \file
/// The weights file format of `save_weights` and `load_weights` (run time only): the record of
/// a network's architecture, and its parameters as bytes.
///
/// Every integer is an unsigned 64-bit little-endian number, every string its length in bytes
/// (such an integer) followed by its UTF-8 bytes:
///
///     signature        8 bytes 89 63 74 6E 6E 77 0D 0A ("\x89ctnnw\r\n")
///     version          2 (version 1 is the same without the checksum; readers read both)
///     scalar           string "float" or "double", then its size in bytes (4 or 8)
///     network          string, the architecture in words, read for messages only:
///                      "Network<Dense<784, 128, float>, ReLU, Dense<128, 10, float>>"
///     layer count      then for each layer:
///       kind           string "Dense", "Pass" ("?" for a layer with no `TypeSpelling`)
///       input width, output width
///       activation     string "ReLU"; "Identity" for a linear layer
///       setting count  then for each setting of the activation (`LeakyReLU`'s "slope"): its
///                      name (string) and its value, a little-endian IEEE-754 binary64
///       parameter count then for each parameter: its name (string, "W"), its rank (1 for a
///                      `Vector`, 2 for a `Matrix`) and its sizes (784, 128)
///     parameters       every parameter of every layer, in layer order and in the order of the
///                      layer's `parameters`, element by element (a matrix row after row), each
///                      a little-endian IEEE-754 scalar of the recorded size
///     checksum         the CRC-32 of every byte before it, from the signature to the last
///                      parameter (zlib's, PNG's and Ethernet's CRC), as such an integer
///     end of file
#pragma once

#include <ctnn/io/spelling.hpp>
#include <ctnn/math/float_bits.hpp>
#include <ctnn/network/network.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

namespace ctnn::detail {

/// The version of the format this header writes.
inline constexpr std::uint64_t weights_version = 2;
/// The oldest version a reader still reads: version 1 files have no checksum.
inline constexpr std::uint64_t oldest_weights_version = 1;
/// The first version whose files end with a checksum.
inline constexpr std::uint64_t checksummed_weights_version = 2;
inline constexpr char weights_signature[8] = {'\x89', 'c', 't', 'n', 'n', 'w', '\r', '\n'};

/// The remainders of the bytes 0 to 255 divided by the CRC-32 polynomial (reflected: bit 0 is
/// the highest power), one table lookup per byte instead of eight shifts.
inline constexpr std::array<std::uint32_t, 256> crc32_table = [] {
    std::array<std::uint32_t, 256> table{};
    for (std::uint32_t byte = 0; byte < 256; ++byte) {
        std::uint32_t remainder = byte;
        for (int bit = 0; bit < 8; ++bit) {
            remainder = (remainder & 1u) != 0 ? 0xEDB88320u ^ (remainder >> 1) : remainder >> 1;
        }
        table[byte] = remainder;
    }
    return table;
}();

/// The CRC-32 of zlib, PNG and Ethernet (polynomial 0x04C11DB7, reflected, initial value and
/// final complement all ones) of `size` bytes, continuing from `crc`, the CRC of the bytes
/// before them (0 for none): crc32(crc32(0, a), b) is the CRC of a followed by b.
constexpr std::uint32_t crc32(std::uint32_t crc, const char* bytes, std::size_t size) {
    crc = ~crc;
    for (std::size_t i = 0; i < size; ++i) {
        crc = crc32_table[(crc ^ static_cast<unsigned char>(bytes[i])) & 0xffu] ^ (crc >> 8);
    }
    return ~crc;
}

/// One parameter tensor of a layer: its name and sizes (`W`, {784, 128}).
struct ParameterRecord {
    std::string name;
    std::vector<std::uint64_t> shape;

    friend bool operator==(const ParameterRecord&, const ParameterRecord&) = default;
};

/// One setting of an activation: its name and value (`slope`, 0.01).
struct SettingRecord {
    std::string name;
    double value = 0.0;
};

/// One layer as a weights file records it.
struct LayerRecord {
    std::string kind;
    std::uint64_t input_size = 0;
    std::uint64_t output_size = 0;
    std::string activation;
    std::vector<SettingRecord> settings;
    std::vector<ParameterRecord> parameters;
};

/// The architecture part of a weights file.
struct ArchitectureRecord {
    std::string scalar;
    std::uint64_t scalar_size = 0;
    std::string network;
    std::vector<LayerRecord> layers;
};

/// `Dense` for `Dense<784, 128, float>`.
inline std::string kind_of(const std::string& name) { return name.substr(0, name.find('<')); }

/// The sizes of a parameter tensor: {N} for a `Vector`, {Rows, Cols} for a `Matrix`.
template <class P>
std::vector<std::uint64_t> shape_of() {
    if constexpr (requires { P::rows + P::cols; }) {
        return {P::rows, P::cols};
    } else {
        return {P::size};
    }
}

/// The parameters of a layer of a network (an `Activated<L, F>`): `L::parameters`.
template <class Layer>
constexpr auto parameters_of() {
    return std::remove_cvref_t<Layer>::layer_type::parameters;
}

/// The architecture record of a network, with the settings of its activations.
template <class... Entries>
ArchitectureRecord architecture_record(const Network<Entries...>& network) {
    using Net = Network<Entries...>;
    using T = typename Net::scalar_type;
    ArchitectureRecord record{type_name<T>(), sizeof(T), architecture_text<Net>(), {}};
    auto record_layer = [&](const auto& layer) {
        using Layer = std::remove_cvref_t<decltype(layer)>;
        using L = typename Layer::layer_type;
        using F = typename Layer::activation_type;
        LayerRecord& entry = record.layers.emplace_back();
        entry.kind = kind_of(type_name<L>());
        entry.input_size = L::input_size;
        entry.output_size = L::output_size;
        entry.activation = type_name<F>();
        auto record_setting = [&](auto member, std::size_t i) {
            const double value = layer.activation.*member;
            entry.settings.push_back({member_name<F>(i), value});
        };
        for_each_member(setting_members<F>(), record_setting);
        auto record_parameter = [&](auto member, std::size_t i) {
            using P = std::remove_cvref_t<decltype(layer.*member)>;
            entry.parameters.push_back({member_name<L>(i), shape_of<P>()});
        };
        for_each_member(parameters_of<Layer>(), record_parameter);
    };
    network.for_each_layer(record_layer);
    return record;
}

/// The number of elements of a parameter of this shape.
inline std::uint64_t element_count(const std::vector<std::uint64_t>& shape) {
    std::uint64_t count = 1;
    for (const std::uint64_t d : shape) count *= d;
    return count;
}

/// Appends `value` as `Size` little-endian bytes.
template <std::size_t Size, class U>
void append_little_endian(std::string& bytes, U value) {
    for (std::size_t i = 0; i < Size; ++i) {
        bytes += static_cast<char>(static_cast<unsigned char>(value >> (8 * i)));
    }
}

/// The unsigned integer U made of `sizeof(U)` little-endian bytes.
template <class U>
U from_little_endian(const char* bytes) {
    U value = 0;
    for (std::size_t i = 0; i < sizeof(U); ++i) {
        value |= static_cast<U>(static_cast<unsigned char>(bytes[i])) << (8 * i);
    }
    return value;
}

/// The signature, version and architecture record: the start of a weights file.
inline std::string architecture_bytes(const ArchitectureRecord& record) {
    std::string bytes(weights_signature, sizeof weights_signature);
    auto integer = [&](std::uint64_t value) { append_little_endian<8>(bytes, value); };
    auto text = [&](const std::string& value) {
        integer(value.size());
        bytes += value;
    };
    integer(weights_version);
    text(record.scalar);
    integer(record.scalar_size);
    text(record.network);
    integer(record.layers.size());
    for (const auto& layer : record.layers) {
        text(layer.kind);
        integer(layer.input_size);
        integer(layer.output_size);
        text(layer.activation);
        integer(layer.settings.size());
        for (const auto& setting : layer.settings) {
            text(setting.name);
            integer(to_bits(setting.value));
        }
        integer(layer.parameters.size());
        for (const auto& p : layer.parameters) {
            text(p.name);
            integer(p.shape.size());
            for (const std::uint64_t d : p.shape) integer(d);
        }
    }
    return bytes;
}

/// Appends every parameter of the network, as the file holds them.
template <class... Entries>
void append_parameter_bytes(std::string& bytes, const Network<Entries...>& network) {
    using T = typename Network<Entries...>::scalar_type;
    auto append_layer = [&](const auto& layer) {
        auto append_parameter = [&](auto member, std::size_t) {
            for (const T x : (layer.*member).elements) {
                append_little_endian<sizeof(T)>(bytes, to_bits(x));
            }
        };
        for_each_member(parameters_of<decltype(layer)>(), append_parameter);
    };
    network.for_each_layer(append_layer);
}

/// Appends the checksum of everything `bytes` holds: the last field of a weights file.
inline void append_checksum(std::string& bytes) {
    append_little_endian<8>(bytes, std::uint64_t{crc32(0, bytes.data(), bytes.size())});
}

/// Sets every parameter of the network from `bytes` and its activations' settings from
/// `record`, both read from a file for this very architecture.
template <class... Entries>
void assign_weights(const ArchitectureRecord& record, const std::string& bytes,
                    Network<Entries...>& network) {
    using T = typename Network<Entries...>::scalar_type;
    using Bits = typename float_layout<T>::bits;
    const char* next = bytes.data();
    std::size_t k = 0;
    auto assign_layer = [&](auto& layer) {
        using F = typename std::remove_cvref_t<decltype(layer)>::activation_type;
        auto assign_parameter = [&](auto member, std::size_t) {
            for (T& x : (layer.*member).elements) {
                x = from_bits<T>(from_little_endian<Bits>(next));
                next += sizeof(T);
            }
        };
        for_each_member(parameters_of<decltype(layer)>(), assign_parameter);
        auto assign_setting = [&](auto member, std::size_t i) {
            using S = std::remove_cvref_t<decltype(layer.activation.*member)>;
            layer.activation.*member = static_cast<S>(record.layers[k].settings[i].value);
        };
        for_each_member(setting_members<F>(), assign_setting);
        ++k;
    };
    network.for_each_layer(assign_layer);
}

}  // namespace ctnn::detail
