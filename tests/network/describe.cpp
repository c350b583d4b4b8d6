// describe<Net>(): the architecture in words. Expected texts are written by hand from the lists:
// a Dense<In, Out> has In x Out weights and Out biases; an activation has none.
#include <ctnn/activation/leaky_relu.hpp>
#include <ctnn/activation/relu.hpp>
#include <ctnn/activation/sigmoid.hpp>
#include <ctnn/activation/softmax.hpp>
#include <ctnn/activation/tanh.hpp>
#include <ctnn/layer/dense.hpp>
#include <ctnn/math/dual.hpp>
#include <ctnn/network/describe.hpp>
#include <ctnn/testing/archetypes.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <sstream>
#include <string>
#include <string_view>

using ctnn::Dense;
using ctnn::describe;
using ctnn::Network;

// A user's layer, in a namespace whose name ends in "ctnn": its qualification stays.
namespace myctnn {
template <std::size_t N>
struct Scale : ctnn::testing::LayerArchetype<N> {};
}  // namespace myctnn

TEST_CASE("describe: the notebook's two-layer network", "[network][describe]") {
    STATIC_REQUIRE(describe<Network<Dense<2, 2>, ctnn::ReLU, Dense<2, 1>>>() ==
                   "Dense<2, 2> + ReLU: 2 -> 2, 6 parameters; "
                   "Dense<2, 1>: 2 -> 1, 3 parameters; 9 parameters");
}

TEST_CASE("describe: a scalar other than double is written out, and so are its templates",
          "[network][describe]") {
    // 4 x 8 + 8 = 40, 8 x 3 + 3 = 27.
    STATIC_REQUIRE(
        describe<Network<Dense<4, 8, float>, ctnn::Tanh, Dense<8, 3, float>, ctnn::Softmax>>() ==
        "Dense<4, 8, float> + Tanh: 4 -> 8, 40 parameters; "
        "Dense<8, 3, float> + Softmax: 8 -> 3, 27 parameters; 67 parameters");
    STATIC_REQUIRE(describe<Network<Dense<2, 1, ctnn::Dual<double>>>>() ==
                   "Dense<2, 1, Dual<double>>: 2 -> 1, 3 parameters; 3 parameters");
}

TEST_CASE("describe: an activation after an activation is a layer of its own",
          "[network][describe]") {
    // 3 x 2 + 2 = 8, 2 x 1 + 1 = 3.
    STATIC_REQUIRE(
        describe<Network<Dense<3, 2>, ctnn::Tanh, ctnn::LeakyReLU, Dense<2, 1>, ctnn::Sigmoid>>() ==
        "Dense<3, 2> + Tanh: 3 -> 2, 8 parameters; LeakyReLU: 2 -> 2, 0 parameters; "
        "Dense<2, 1> + Sigmoid: 2 -> 1, 3 parameters; 11 parameters");
}

TEST_CASE("describe: a user's layer is named as the compiler spells it", "[network][describe]") {
    // Scale<N> has one weight per input (LayerArchetype's w).
    STATIC_REQUIRE(describe<Network<myctnn::Scale<3>, ctnn::ReLU, Dense<3, 1>>>() ==
                   "myctnn::Scale<3> + ReLU: 3 -> 3, 3 parameters; "
                   "Dense<3, 1>: 3 -> 1, 4 parameters; 7 parameters");
    STATIC_REQUIRE(describe<Network<ctnn::testing::LayerArchetype<1>>>() ==
                   "testing::LayerArchetype<1>: 1 -> 1, 1 parameter; 1 parameter");
}

TEST_CASE("describe: the text converts to std::string_view and prints", "[network][describe]") {
    using Net = Network<Dense<2, 2>, ctnn::ReLU, Dense<2, 1>>;
    constexpr std::string_view expected =
        "Dense<2, 2> + ReLU: 2 -> 2, 6 parameters; Dense<2, 1>: 2 -> 1, 3 parameters; 9 parameters";
    static constexpr auto text = describe<Net>();
    constexpr std::string_view view = text;
    STATIC_REQUIRE(view == expected);
    STATIC_REQUIRE(text.c_str()[expected.size()] == '\0');
    std::ostringstream out;
    out << text;
    REQUIRE(out.str() == std::string(expected));
}
