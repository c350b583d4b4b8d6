// Activated<L, F>: a layer and its activation, z = L(x), a = F(z), with the records of both
// passes. The worked example, by hand: Dense<2, 3> with W = [[1, 2, 3], [4, 5, 6]],
// b = [0.5, -13, 2], then ReLU; x = [1, 2], dL/da = [2, 5, -1].
#include <ctnn/activation/relu.hpp>
#include <ctnn/layer/activated.hpp>
#include <ctnn/layer/dense.hpp>

#include <catch2/catch.hpp>

#include <type_traits>

using ctnn::Activated;
using ctnn::Dense;
using ctnn::Matrix;
using ctnn::ReLU;
using ctnn::Vector;

namespace {

using Hidden = Activated<Dense<2, 3>, ReLU>;

constexpr Hidden hidden{Dense<2, 3>{.W = {1.0, 2.0, 3.0,  //
                                          4.0, 5.0, 6.0},
                                    .b = {0.5, -13.0, 2.0}}};
constexpr Vector<2> x{1.0, 2.0};
constexpr Vector<3> dL_da{2.0, 5.0, -1.0};

/// The gradient that backward fills, as a value.
constexpr Hidden::gradient_type gradient_of(const Hidden& layer) {
    Hidden::gradient_type gradient{};
    gradient.dL_da = dL_da;  // set by the layer after, or by the loss
    layer.backward(x, layer.forward(x), gradient);
    return gradient;
}

}  // namespace

TEST_CASE("Activated: reads the layer's parameters as its own", "[layer][activated]") {
    STATIC_REQUIRE(std::is_base_of_v<Dense<2, 3>, Hidden>);
    STATIC_REQUIRE(hidden.W(1, 0) == 4.0);
    STATIC_REQUIRE(hidden.b[1] == -13.0);
}

TEST_CASE("Activated: forward records z = xW + b and a = ReLU(z)", "[layer][activated]") {
    // xW = [1 + 8, 2 + 10, 3 + 12] = [9, 12, 15]; z = xW + b = [9.5, -1, 17]; a = [9.5, 0, 17].
    STATIC_REQUIRE(hidden.forward(x).z == Vector<3>{9.5, -1.0, 17.0});
    STATIC_REQUIRE(hidden.forward(x).a == Vector<3>{9.5, 0.0, 17.0});
}

TEST_CASE("Activated: backward keeps dL/da and records dL/dz = dL/da masked by ReLU'(z)",
          "[layer][activated]") {
    STATIC_REQUIRE(gradient_of(hidden).dL_da == Vector<3>{2.0, 5.0, -1.0});
    // ReLU'(z) = [1, 0, 1] for z = [9.5, -1, 17].
    STATIC_REQUIRE(gradient_of(hidden).dL_dz == Vector<3>{2.0, 0.0, -1.0});
}

TEST_CASE("Activated: backward fills the layer's parameter gradients from dL/dz",
          "[layer][activated]") {
    // dL/dW = x outer dL/dz = [1 * [2, 0, -1], 2 * [2, 0, -1]]; dL/db = dL/dz.
    STATIC_REQUIRE(gradient_of(hidden).W == Matrix<2, 3>{2.0, 0.0, -1.0,  //
                                                         4.0, 0.0, -2.0});
    STATIC_REQUIRE(gradient_of(hidden).b == Vector<3>{2.0, 0.0, -1.0});
}

TEST_CASE("Activated: backward returns dL/dx = W dL/dz", "[layer][activated]") {
    constexpr auto dL_dx = [] {
        Hidden::gradient_type gradient{};
        gradient.dL_da = dL_da;
        return hidden.backward(x, hidden.forward(x), gradient);
    };
    // [2 + 0 - 3, 8 + 0 - 6]; using dL/da instead of dL/dz would give [2 + 10 - 3, 8 + 25 - 6].
    STATIC_REQUIRE(dL_dx() == Vector<2>{-1.0, 2.0});
}
