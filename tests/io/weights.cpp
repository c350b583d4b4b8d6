#include <ctnn/io/weights.hpp>
#include <ctnn/training/random.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <memory>
#include <sstream>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

#include "support.hpp"

using namespace ctnn;
using Catch::Matchers::Message;
using namespace ctnn_io_test;

namespace {

std::string read_bytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_bytes(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream out(file, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    REQUIRE(out.good());
}

/// `"<file>"` as the messages quote it.
std::string quoted(const std::filesystem::path& file) { return '"' + file.string() + '"'; }

using SmallFloat = Network<Dense<5, 7, float>, Tanh, Dense<7, 3, float>, Softmax>;
using SmallDouble = Network<Dense<4, 6>, LeakyReLU, Dense<6, 6>, Sigmoid, Softmax, Dense<6, 2>>;

/// The little-endian bytes of an unsigned 64-bit number.
std::string u64(std::uint64_t value) {
    std::string bytes;
    for (int i = 0; i < 8; ++i) bytes += static_cast<char>((value >> (8 * i)) & 0xff);
    return bytes;
}

/// A string as the format writes it: its length, then its bytes.
std::string text(const std::string& value) { return u64(value.size()) + value; }

}  // namespace

TEST_CASE("save_weights: writes the documented format, byte for byte", "[io][weights]") {
    using Net = Network<Dense<1, 2>, LeakyReLU>;
    Net net{Dense<1, 2>{.W = {0.5, -2.0}, .b = {-0.0, 1.0}}, LeakyReLU{0.25}};
    std::ostringstream out;
    save_weights(out, net);
    const std::string record =
        std::string(
            "\x89"
            "ctnnw\r\n",
            8) +
        u64(2) + text("double") + u64(8) + text("Network<Dense<1, 2, double>, LeakyReLU>") +
        u64(1) +                                                                       // 1 layer
        text("Dense") + u64(1) + u64(2) + text("LeakyReLU") +                          // layer 0
        u64(1) + text("slope") + u64(0x3FD0000000000000) +                             // 0.25
        u64(2) + text("W") + u64(2) + u64(1) + u64(2) + text("b") + u64(1) + u64(2) +  // shapes
        u64(0x3FE0000000000000) + u64(0xC000000000000000) +                            // W
        u64(0x8000000000000000) + u64(0x3FF0000000000000);                             // b
    CHECK(out.str() == record + u64(detail::crc32(0, record.data(), record.size())));
}

TEST_CASE("load_weights: gives back every parameter bit for bit", "[io][weights]") {
    TemporaryDirectory directory("weights");
    SECTION("float") {
        auto saved = std::make_unique<SmallFloat>();
        randomise(*saved, 1, Patterns::any);
        save_weights(directory / "float.weights", *saved);
        auto loaded = std::make_unique<SmallFloat>();
        load_weights(directory / "float.weights", *loaded);
        CHECK(parameter_bits(*loaded) == parameter_bits(*saved));
    }
    SECTION("double, with a LeakyReLU whose slope is restored") {
        auto saved = std::make_unique<SmallDouble>();
        randomise(*saved, 2, Patterns::any);
        saved->layer<0>().activation.slope = 0.125;
        save_weights(directory / "double.weights", *saved);
        auto loaded = std::make_unique<SmallDouble>();
        load_weights(directory / "double.weights", *loaded);
        CHECK(parameter_bits(*loaded) == parameter_bits(*saved));
        CHECK(loaded->layer<0>().activation.slope == 0.125);
    }
}

TEST_CASE("load_weights: reads one record from a stream and leaves it after the record",
          "[io][weights]") {
    auto first = std::make_unique<SmallFloat>();
    auto second = std::make_unique<SmallFloat>();
    randomise(*first, 3, Patterns::any);
    randomise(*second, 4, Patterns::any);
    std::stringstream stream;
    save_weights(stream, *first);
    save_weights(stream, *second);
    auto loaded = std::make_unique<SmallFloat>();
    load_weights(stream, *loaded);
    CHECK(parameter_bits(*loaded) == parameter_bits(*first));
    load_weights(stream, *loaded);
    CHECK(parameter_bits(*loaded) == parameter_bits(*second));
}

TEST_CASE("load_weights: accepts a file for the same layers, however the list spelled them",
          "[io][weights]") {
    Network<Dense<2, 2>, Identity, Dense<2, 1>> saved{Dense<2, 2>{.W = {1.0, 2.0, 3.0, 4.0}},
                                                      Identity{}, Dense<2, 1>{.b = {-0.0}}};
    std::stringstream stream;
    save_weights(stream, saved);
    Network<Dense<2, 2>, Dense<2, 1>> loaded;
    load_weights(stream, loaded);
    CHECK(parameter_bits(loaded) == parameter_bits(saved));
}

TEST_CASE("load_weights: refuses a file saved from another architecture, saying what differs",
          "[io][weights]") {
    TemporaryDirectory directory("weights");
    const auto file = directory / "net.weights";
    save_weights(file, Network<Dense<6, 4, float>, ReLU, Dense<4, 3, float>>{});

    auto network = std::make_unique<Network<Dense<6, 5, float>, ReLU, Dense<5, 3, float>>>();
    randomise(*network, 5, Patterns::any);
    const auto before = parameter_bits(*network);
    CHECK_THROWS_MATCHES(
        load_weights(file, *network), ArchitectureMismatch,
        Message("ctnn: " + quoted(file) +
                " was saved from Network<Dense<6, 4, float>, ReLU, Dense<4, 3, float>> but is "
                "loaded into Network<Dense<6, 5, float>, ReLU, Dense<5, 3, float>>: layer 0 has 4 "
                "outputs in the file, 5 in the network; layer 1 has 4 inputs in the file, 5 in "
                "the network"));
    CHECK(parameter_bits(*network) == before);

    Network<Dense<6, 4>, ReLU, Dense<4, 3>> doubles;
    CHECK_THROWS_WITH(load_weights(file, doubles),
                      Catch::EndsWith(": the parameters are float (4 bytes each) in the file, "
                                      "double (8 bytes each) in the network"));
    Network<Dense<6, 4, float>, Tanh, Dense<4, 3, float>> tanh;
    CHECK_THROWS_WITH(load_weights(file, tanh),
                      Catch::EndsWith(": layer 0's activation is ReLU in the file, Tanh in the "
                                      "network"));
    Network<Dense<6, 4, float>, ReLU, Dense<4, 3, float>, Tanh, Softmax> longer;
    CHECK_THROWS_WITH(load_weights(file, longer),
                      Catch::EndsWith(": the file has 2 layers, the network 3; layer 1's "
                                      "activation is Identity in the file, Tanh in the network"));
    Network<Dense<6, 4, float>, ReLU, Dense<4, 4, float>, ReLU, Dense<4, 3, float>> deeper;
    CHECK_THROWS_WITH(load_weights(file, deeper),
                      Catch::EndsWith(": the file has 2 layers, the network 3; layer 1 has 3 "
                                      "outputs in the file, 4 in the network; layer 1's "
                                      "activation is Identity in the file, ReLU in the network"));
    Network<Dense<6, 4, float>, ReLU, Softmax> pass;
    CHECK_THROWS_WITH(load_weights(file, pass),
                      Catch::EndsWith(": layer 1 is a Dense layer in the file, a Pass layer in "
                                      "the network; layer 1 has 3 outputs in the file, 4 in the "
                                      "network; layer 1's activation is Identity in the file, "
                                      "Softmax in the network"));
}

TEST_CASE("load_weights: reports a file that is missing or is not a weights file",
          "[io][weights]") {
    TemporaryDirectory directory("weights");
    auto network = std::make_unique<SmallFloat>();
    randomise(*network, 6, Patterns::any);
    const auto before = parameter_bits(*network);

    const auto missing = directory / "missing.weights";
    CHECK_THROWS_MATCHES(
        load_weights(missing, *network), DataError,
        Message("ctnn: " + quoted(missing) + " cannot be opened: No such file or directory"));
    CHECK_THROWS_MATCHES(
        load_weights(directory.path, *network), DataError,
        Message("ctnn: " + quoted(directory.path) + " is a directory, not a weights file"));

    const auto text_file = directory / "notes.txt";
    write_bytes(text_file, "hello, world\n");
    CHECK_THROWS_MATCHES(load_weights(text_file, *network), DataError,
                         Message("ctnn: " + quoted(text_file) +
                                 " is not a ctnn weights file: it starts with 68 65 6c 6c 6f 2c "
                                 "20 77, a weights file with 89 63 74 6e 6e 77 0d 0a "
                                 "(\"\\x89ctnnw\\r\\n\")"));

    const auto empty = directory / "empty.weights";
    write_bytes(empty, "");
    CHECK_THROWS_MATCHES(load_weights(empty, *network), DataError,
                         Message("ctnn: " + quoted(empty) +
                                 " is truncated: it holds 0 bytes, fewer than the 8 of the weights "
                                 "file signature 89 63 74 6e 6e 77 0d 0a (\"\\x89ctnnw\\r\\n\")"));
    CHECK(parameter_bits(*network) == before);
}

TEST_CASE("load_weights: reports another format version, a truncated file and trailing bytes",
          "[io][weights]") {
    TemporaryDirectory directory("weights");
    const auto good = directory / "good.weights";
    save_weights(good, SmallFloat{});
    const std::string bytes = read_bytes(good);
    const std::size_t parameter_bytes = (5 * 7 + 7 + 7 * 3 + 3) * sizeof(float);
    const std::size_t checksum_bytes = 8;
    const std::size_t architecture_bytes = bytes.size() - parameter_bytes - checksum_bytes;
    const auto file = directory / "bad.weights";

    auto network = std::make_unique<SmallFloat>();
    randomise(*network, 7, Patterns::any);
    const auto before = parameter_bits(*network);

    SECTION("another version") {
        std::string newer = bytes;
        newer[8] = 3;
        write_bytes(file, newer);
        CHECK_THROWS_MATCHES(load_weights(file, *network), DataError,
                             Message("ctnn: " + quoted(file) +
                                     " has weights format version 3, which this ctnn does not "
                                     "read (it reads versions 1 to 2)"));
    }
    SECTION("truncated in the architecture record") {
        write_bytes(file, bytes.substr(0, 20));
        CHECK_THROWS_MATCHES(load_weights(file, *network), DataError,
                             Message("ctnn: " + quoted(file) +
                                     " is truncated: it ends after 20 bytes, in the length of the "
                                     "scalar type"));
    }
    SECTION("truncated in the parameters") {
        const std::size_t kept = bytes.size() - checksum_bytes - 5;
        write_bytes(file, bytes.substr(0, kept));
        CHECK_THROWS_MATCHES(
            load_weights(file, *network), DataError,
            Message("ctnn: " + quoted(file) + " is truncated: it ends after " +
                    std::to_string(kept) + " bytes, in layer 1's b; its parameters take " +
                    std::to_string(parameter_bytes) + " bytes after the " +
                    std::to_string(architecture_bytes) + " of the architecture record"));
    }
    SECTION("longer than its architecture says") {
        write_bytes(file, bytes + "xy");
        CHECK_THROWS_MATCHES(load_weights(file, *network), DataError,
                             Message("ctnn: " + quoted(file) +
                                     " is longer than its architecture says: its record ends "
                                     "after " +
                                     std::to_string(bytes.size()) + " bytes, 2 more bytes follow"));
    }
    SECTION("truncated in the checksum") {
        write_bytes(file, bytes.substr(0, bytes.size() - 3));
        CHECK_THROWS_MATCHES(load_weights(file, *network), DataError,
                             Message("ctnn: " + quoted(file) + " is truncated: it ends after " +
                                     std::to_string(bytes.size() - 3) + " bytes, in the checksum"));
    }
    SECTION("a corrupt length") {
        std::string corrupt = bytes;
        corrupt[16 + 3] = 1;  // the length of "float" becomes 2^24 + 5
        write_bytes(file, corrupt);
        CHECK_THROWS_MATCHES(load_weights(file, *network), DataError,
                             Message("ctnn: " + quoted(file) +
                                     " is corrupt: the length of the scalar type is 16777221, "
                                     "more than the 4096 a reader accepts"));
    }
    CHECK(parameter_bits(*network) == before);
}

TEST_CASE("save_weights: reports a file that cannot be created", "[io][weights]") {
    TemporaryDirectory directory("weights");
    const auto file = directory / "no" / "such" / "directory.weights";
    CHECK_THROWS_MATCHES(save_weights(file, SmallFloat{}), DataError,
                         Message("ctnn: " + quoted(file) +
                                 " cannot be opened for writing: No such file or directory"));
}

TEST_CASE("save_weights: replaces a file whole, leaving no partial file behind", "[io][weights]") {
    TemporaryDirectory directory("weights");
    const auto file = directory / "net.weights";
    SmallFloat first{};
    save_weights(file, first);
    const std::string first_bytes = read_bytes(file);
    SmallFloat second{};
    randomise(second, 3, Patterns::any);
    save_weights(file, second);
    CHECK(read_bytes(file) != first_bytes);
    CHECK_FALSE(std::filesystem::exists(directory / "net.weights.partial"));

    // A save that cannot write keeps the previous file: here the partial file's name is taken
    // by a directory.
    std::filesystem::create_directory(directory / "net.weights.partial");
    CHECK_THROWS_AS(save_weights(file, first), DataError);
    SmallFloat loaded{};
    load_weights(file, loaded);
    CHECK(parameter_bits(loaded) == parameter_bits(second));
}

TEST_CASE("load_weights: refuses a file whose bytes changed after it was saved", "[io][weights]") {
    TemporaryDirectory directory("weights");
    const auto good = directory / "good.weights";
    SmallFloat saved{};
    randomise(saved, 5, Patterns::any);
    save_weights(good, saved);
    const std::string bytes = read_bytes(good);
    const std::size_t contents = bytes.size() - 8;  // all but the checksum
    const auto file = directory / "bad.weights";

    auto network = std::make_unique<SmallFloat>();
    randomise(*network, 7, Patterns::any);
    const auto before = parameter_bits(*network);

    // One bit of one parameter flipped, one byte of the checksum changed: each is corruption
    // that no other check sees.
    for (const std::size_t changed : {contents - 20, bytes.size() - 1}) {
        std::string corrupt = bytes;
        corrupt[changed] = static_cast<char>(corrupt[changed] ^ 0x04);
        write_bytes(file, corrupt);
        const auto stored = detail::from_little_endian<std::uint64_t>(&corrupt[contents]);
        const std::uint32_t computed = detail::crc32(0, corrupt.data(), contents);
        REQUIRE(stored != computed);
        CHECK_THROWS_MATCHES(
            load_weights(file, *network), DataError,
            Message("ctnn: " + quoted(file) + " is corrupt: its checksum is " +
                    detail::hex(stored) + ", but the CRC-32 of its contents is " +
                    detail::hex(computed) + ": it was changed after it was saved"));
        CHECK(parameter_bits(*network) == before);
    }
}

TEST_CASE("load_weights: reads version 1 files, which have no checksum", "[io][weights]") {
    TemporaryDirectory directory("weights");
    SmallFloat saved{};
    randomise(saved, 6, Patterns::any);
    std::ostringstream out;
    save_weights(out, saved);
    std::string version_1 = out.str();
    version_1[8] = 1;
    version_1.resize(version_1.size() - 8);
    const auto file = directory / "old.weights";
    write_bytes(file, version_1);
    SmallFloat loaded{};
    load_weights(file, loaded);
    CHECK(parameter_bits(loaded) == parameter_bits(saved));
}
