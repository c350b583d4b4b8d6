/// \file
/// `save_weights` and `load_weights`: a network's parameters in a small binary file that also
/// records the architecture they belong to (run time only; needs no zlib). The format is
/// described in `io/weights_format.hpp`.
///
/// A file loads into a network whose layers have the same kinds, widths, activations and
/// parameter shapes, and the same scalar type; the activations' settings (the slope of a
/// `LeakyReLU`) are restored from it. Every other file is refused with a message that names it
/// and says what is wrong, and the network is left as it was.
#pragma once

#include <ctnn/io/data_error.hpp>
#include <ctnn/io/weights_format.hpp>
#include <ctnn/io/weights_reader.hpp>
#include <ctnn/math/float_bits.hpp>
#include <ctnn/network/network.hpp>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <istream>
#include <ostream>
#include <string>

namespace ctnn {

/// Writes the network's architecture and parameters to `out`, in the weights format.
///
/// Requires: the scalar type is `float` or `double`.
/// Throws:   `DataError` when the stream cannot be written; `name` names it in the message.
template <class... Entries>
void save_weights(std::ostream& out, const Network<Entries...>& network,
                  const std::filesystem::path& name = "<stream>") {
    static_assert(IeeeFloat<typename Network<Entries...>::scalar_type>,
                  "ctnn::save_weights: weights files hold float or double parameters. Save a "
                  "network whose scalar type is float or double.");
    std::string bytes = detail::architecture_bytes(detail::architecture_record(network));
    detail::append_parameter_bytes(bytes, network);
    detail::append_checksum(bytes);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    if (!out) detail::data_error(name, "cannot be written");
}

/// Writes the network's architecture and parameters to `file`, replacing what it held.
///
/// The bytes go to `<file>.partial` first, which then takes the file's name in one step: a
/// failed or interrupted save leaves the previous file as it was, never a file cut short.
///
/// Throws: `DataError` when the file cannot be created or written.
template <class... Entries>
void save_weights(const std::filesystem::path& file, const Network<Entries...>& network) {
    std::filesystem::path partial = file;
    partial += ".partial";
    errno = 0;
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    if (!out) {
        detail::data_error(file, std::string("cannot be opened for writing: ") +
                                     (errno != 0 ? std::strerror(errno) : "unknown error"));
    }
    try {
        save_weights(out, network, file);
        out.close();
        if (!out) detail::data_error(file, "cannot be written");
        std::filesystem::rename(partial, file);
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove(partial, ignored);
        throw;
    }
}

/// Reads a network's parameters from `in`, which holds one weights record and is left just
/// after it; `name` names the stream in messages.
///
/// Requires: the scalar type is `float` or `double`.
/// Ensures:  the network changes only once the whole record has been read and found to match
///           it; its parameters are then the record's, bit for bit, and its activations'
///           settings the recorded ones.
/// Throws:   `ArchitectureMismatch` when the record is for another architecture; `DataError`
///           when the stream holds no weights record, one of another version, or one cut
///           short.
template <class... Entries>
void load_weights(std::istream& in, Network<Entries...>& network,
                  const std::filesystem::path& name = "<stream>") {
    static_assert(IeeeFloat<typename Network<Entries...>::scalar_type>,
                  "ctnn::load_weights: weights files hold float or double parameters. Load into "
                  "a network whose scalar type is float or double.");
    detail::WeightsReader reader(in, name);
    const std::string parameters = reader.read_matching(network);
    detail::assign_weights(reader.record(), parameters, network);
}

/// Reads a network's parameters from `file`, written by `save_weights` for the same
/// architecture.
///
/// Ensures: as the stream overload, and the file ends right after the parameters.
/// Throws:  as the stream overload, and `DataError` when the file cannot be opened or holds
///          more bytes than its architecture says.
template <class... Entries>
void load_weights(const std::filesystem::path& file, Network<Entries...>& network) {
    static_assert(IeeeFloat<typename Network<Entries...>::scalar_type>,
                  "ctnn::load_weights: weights files hold float or double parameters. Load into "
                  "a network whose scalar type is float or double.");
    std::ifstream in = detail::open_weights(file);
    detail::WeightsReader reader(in, file);
    const std::string parameters = reader.read_matching(network);
    reader.expect_end();
    detail::assign_weights(reader.record(), parameters, network);
}

}  // namespace ctnn
