#include <ctnn/io/export.hpp>
#include <ctnn/training/random.hpp>

#include <catch2/catch.hpp>

#include <array>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

#include "support.hpp"

using namespace ctnn;
using Catch::Matchers::Message;
using namespace ctnn_io_test;

namespace {

using TwoLayer = Network<Dense<2, 2, float>, ReLU, Dense<2, 1, float>>;

const TwoLayer two_layer{Dense<2, 2, float>{.W = {1.0f, -0.5f,  //
                                                  0.25f, -0.0f},
                                            .b = {0.1f, 0.0f}},
                         ReLU{}, Dense<2, 1, float>{.W = {2.0f, -3.0f}, .b = {0.75f}}};

template <class Net>
std::string exported(const Net& network, std::string_view name = "net",
                     std::string_view namespace_name = {}) {
    std::ostringstream out;
    export_header(out, network, name, namespace_name);
    return out.str();
}

/// The hexadecimal literals in `text`, in order, read back with the standard library's parser
/// as T: `-0x1.8p+1f` is -3.
template <class T>
std::vector<T> literals_in(const std::string& text) {
    std::vector<T> values;
    for (std::size_t at = text.find("0x"); at != std::string::npos; at = text.find("0x", at)) {
        const bool negative = at > 0 && text[at - 1] == '-';
        const char* first = text.data() + at + 2;
        T value{};
        const auto [end, error] =
            std::from_chars(first, text.data() + text.size(), value, std::chars_format::hex);
        REQUIRE(error == std::errc{});
        values.push_back(negative ? -value : value);
        at = static_cast<std::size_t>(end - text.data());
    }
    return values;
}

}  // namespace

TEST_CASE("export_header: writes the network as a commented constexpr definition", "[io][export]") {
    CHECK(exported(two_layer, "two_layer", "models") ==
          "// two_layer: a trained ctnn network, written by ctnn::export_header.\n"
          "// Architecture: Network<Dense<2, 2, float>, ReLU, Dense<2, 1, float>>\n"
          "// Every number is a hexadecimal floating literal: the exported value, bit for bit.\n"
          "// Use it as `two_layer.predict(x)`, at run time or in a static_assert.\n"
          "#pragma once\n"
          "\n"
          "#include <ctnn/activation/relu.hpp>\n"
          "#include <ctnn/layer/dense.hpp>\n"
          "#include <ctnn/network/network.hpp>\n"
          "\n"
          "namespace models {\n"
          "\n"
          "inline constexpr ctnn::Network<ctnn::Dense<2, 2, float>, ctnn::ReLU, "
          "ctnn::Dense<2, 1, float>> two_layer{\n"
          "    ctnn::Dense<2, 2, float>{\n"
          "        // W: 2 x 2, one row a line\n"
          "        .W = {{\n"
          "            0x1p+0f, -0x1p-1f,\n"
          "            0x1p-2f, -0x0p+0f,\n"
          "        }},\n"
          "        // b: 2 elements\n"
          "        .b = {{0x1.99999ap-4f, 0x0p+0f}},\n"
          "    },\n"
          "    ctnn::ReLU{},\n"
          "    ctnn::Dense<2, 1, float>{\n"
          "        // W: 2 x 1, one row a line\n"
          "        .W = {{\n"
          "            0x1p+1f,\n"
          "            -0x1.8p+1f,\n"
          "        }},\n"
          "        // b: 1 element\n"
          "        .b = {{0x1.8p-1f}},\n"
          "    },\n"
          "};\n"
          "\n"
          "}  // namespace models\n");
}

TEST_CASE("export_header: writes a LeakyReLU's slope and an activation standing alone",
          "[io][export]") {
    const Network<Dense<1, 1>, LeakyReLU, Softmax> network{Dense<1, 1>{.W = {0.5}, .b = {-1.0}},
                                                           LeakyReLU{0.1}, Softmax{}};
    const std::string text = exported(network);
    CHECK_THAT(text, Catch::Contains("#include <ctnn/activation/leaky_relu.hpp>\n"
                                     "#include <ctnn/activation/softmax.hpp>\n"));
    CHECK_THAT(text, Catch::Contains("    ctnn::LeakyReLU{.slope = 0x1.999999999999ap-4},\n"
                                     "    ctnn::Softmax{},\n"
                                     "};\n"));
}

TEST_CASE("export_header: writes literals that read back to the very same bits", "[io][export]") {
    SECTION("float") {
        auto network = std::make_unique<Network<Dense<6, 5, float>, Tanh, Dense<5, 4, float>>>();
        randomise(*network, 11, Patterns::finite);
        std::vector<std::uint64_t> read;
        for (const float x : literals_in<float>(exported(*network))) {
            read.push_back(detail::to_bits(x));
        }
        CHECK(read == parameter_bits(*network));
    }
    SECTION("double") {
        auto network = std::make_unique<Network<Dense<6, 5>, Sigmoid, Dense<5, 4>>>();
        randomise(*network, 12, Patterns::finite);
        std::vector<std::uint64_t> read;
        for (const double x : literals_in<double>(exported(*network))) {
            read.push_back(detail::to_bits(x));
        }
        CHECK(read == parameter_bits(*network));
    }
    CHECK(detail::hex_literal(-0.0f) == "-0x0p+0f");
    CHECK(detail::hex_literal(-0.0) == "-0x0p+0");
    CHECK(detail::hex_literal(0.1) == "0x1.999999999999ap-4");
}

TEST_CASE("export_header: refuses NaN and infinity, before writing anything", "[io][export]") {
    std::ostringstream out;
    TwoLayer with_nan = two_layer;
    with_nan.layer<1>().W(1, 0) = std::numeric_limits<float>::quiet_NaN();
    CHECK_THROWS_MATCHES(export_header(out, with_nan, "net"), std::invalid_argument,
                         Message("ctnn::export_header: layer 1's W(1, 0) is NaN; only finite "
                                 "numbers can be written as C++ literals"));
    TwoLayer with_infinity = two_layer;
    with_infinity.layer<0>().b[1] = -std::numeric_limits<float>::infinity();
    CHECK_THROWS_MATCHES(export_header(out, with_infinity, "net"), std::invalid_argument,
                         Message("ctnn::export_header: layer 0's b[1] is -infinity; only finite "
                                 "numbers can be written as C++ literals"));
    Network<Dense<1, 1>, LeakyReLU> steep{Dense<1, 1>{},
                                          LeakyReLU{std::numeric_limits<double>::infinity()}};
    CHECK_THROWS_MATCHES(export_header(out, steep, "net"), std::invalid_argument,
                         Message("ctnn::export_header: layer 0's LeakyReLU's slope is infinity; "
                                 "only finite numbers can be written as C++ literals"));
    CHECK(out.str().empty());
}

TEST_CASE("export_header: refuses names that are not C++ identifiers", "[io][export]") {
    std::ostringstream out;
    for (const std::string_view name : {"", "1st", "my-net", "a::b", "net work"}) {
        INFO("variable name \"" << name << '"');
        CHECK_THROWS_MATCHES(
            export_header(out, two_layer, name), std::invalid_argument,
            Message("ctnn::export_header: \"" + std::string(name) + "\" is not a C++ identifier"));
    }
    for (const std::string_view name : {"::a", "a::", "a:::b", "a::1"}) {
        INFO("namespace name \"" << name << '"');
        CHECK_THROWS_MATCHES(
            export_header(out, two_layer, "net", name), std::invalid_argument,
            Message("ctnn::export_header: \"" + std::string(name) + "\" is not a namespace name"));
    }
    CHECK(out.str().empty());
    CHECK_NOTHROW(export_header(out, two_layer, "_net2", "models::v1"));
}

TEST_CASE("export_vectors: writes an array of vectors, one a line, with the include it needs",
          "[io][export]") {
    const std::vector<Vector<2, float>> images{{0.5f, -0.0f}, {3.0f, 1e-45f}};
    std::ostringstream out;
    export_vectors(out, "images", images, "data");
    CHECK(out.str() ==
          "\n"
          "// images: 2 Vector<2, float>, written by ctnn::export_vectors.\n"
          "#include <ctnn/tensor/vector.hpp>\n"
          "\n"
          "namespace data {\n"
          "\n"
          "inline constexpr ctnn::Vector<2, float> images[2] = {\n"
          "    {{0x1p-1f, -0x0p+0f}},\n"
          "    {{0x1.8p+1f, " +
              detail::hex_literal(1e-45f) +
              "}},\n"
              "};\n"
              "\n"
              "}  // namespace data\n");
    CHECK(literals_in<float>(out.str()).back() == 1e-45f);

    const std::array<Vector<1>, 1> one{Vector<1>{-2.0}};
    std::ostringstream plain;
    export_vectors(plain, "x", one);
    CHECK_THAT(plain.str(), Catch::EndsWith("inline constexpr ctnn::Vector<1, double> x[1] = {\n"
                                            "    {{-0x1p+1}},\n"
                                            "};\n"));
}

TEST_CASE("export_vectors: refuses no vectors, NaN and infinity", "[io][export]") {
    std::ostringstream out;
    CHECK_THROWS_MATCHES(export_vectors(out, "none", std::vector<Vector<3>>{}),
                         std::invalid_argument,
                         Message("ctnn::export_vectors: \"none\" has no vectors; a C++ array "
                                 "holds at least one"));
    const std::vector<Vector<2>> xs{{1.0, 2.0}, {3.0, std::numeric_limits<double>::quiet_NaN()}};
    CHECK_THROWS_MATCHES(export_vectors(out, "xs", xs), std::invalid_argument,
                         Message("ctnn::export_vectors: xs[1][1] is NaN; only finite numbers can "
                                 "be written as C++ literals"));
    CHECK(out.str().empty());
}
