// Pass<N>: the parameter-free identity layer, z = x and dL/dx = dL/dz.
#include <ctnn/layer/pass.hpp>

#include <catch2/catch.hpp>

#include <tuple>

using ctnn::Pass;
using ctnn::Vector;

TEST_CASE("Pass: has width N and no parameters", "[layer][pass]") {
    STATIC_REQUIRE(Pass<3>::input_size == 3);
    STATIC_REQUIRE(Pass<3>::output_size == 3);
    STATIC_REQUIRE(std::tuple_size_v<decltype(Pass<3>::parameters)> == 0);
}

TEST_CASE("Pass: forward returns its input", "[layer][pass]") {
    constexpr Vector<3> x{1.0, -2.0, 0.5};
    STATIC_REQUIRE(Pass<3>{}.forward(x) == Vector<3>{1.0, -2.0, 0.5});
}

TEST_CASE("Pass: backward returns dL/dz as dL/dx", "[layer][pass]") {
    constexpr auto dL_dx = [](const Vector<3>& x, const Vector<3>& dL_dz) {
        Pass<3> gradient{};
        return Pass<3>{}.backward(x, dL_dz, gradient);
    };
    // x differs from dL/dz, so returning x by mistake would fail.
    STATIC_REQUIRE(dL_dx(Vector<3>{1.0, -2.0, 0.5}, Vector<3>{4.0, 0.0, -3.0}) ==
                   Vector<3>{4.0, 0.0, -3.0});
}
