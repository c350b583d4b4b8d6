// libFuzzer target: ctnn::load_weights on any bytes, for a small network. With FIX_CHECKSUM the
// last 8 bytes are first replaced by the CRC-32 of the bytes before them, so that a mutated
// file passes the checksum and the parser behind it is exercised.
#include <ctnn/ctnn.hpp>
#include <ctnn/io/weights.hpp>

#include <cstddef>
#include <cstdint>
#include <vector>

#include "fuzz_file.hpp"

namespace {

using Net = ctnn::Network<ctnn::Dense<2, 3>, ctnn::LeakyReLU, ctnn::Dense<3, 1>, ctnn::Sigmoid>;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::vector<std::uint8_t> bytes(data, data + size);
#ifdef FIX_CHECKSUM
    if (bytes.size() < 8) return -1;  // not worth keeping in the corpus
    const std::size_t body = bytes.size() - 8;
    const std::uint64_t crc =
        ctnn::detail::crc32(0, reinterpret_cast<const char*>(bytes.data()), body);
    for (std::size_t i = 0; i < 8; ++i) bytes[body + i] = static_cast<std::uint8_t>(crc >> (8 * i));
#endif
    Net network;  // all zero
    const bool read =
        fuzz::read_bytes("weights", bytes.data(), bytes.size(),
                         [&](const auto& file) { ctnn::load_weights(file, network); });
    // A record that is rejected changes nothing.
    bool untouched = true;
    network.for_each_parameter([&](const auto& p, auto, auto) {
        for (const auto element : p.elements) untouched = untouched && element == 0.0;
    });
    if (!read && !untouched) __builtin_trap();
    return 0;
}
