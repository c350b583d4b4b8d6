// Layer: a map x -> z with trainable parameters, forward and backward.
#include <ctnn/concept/layer.hpp>
#include <ctnn/layer/dense.hpp>
#include <ctnn/layer/pass.hpp>
#include <ctnn/testing/archetypes.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <tuple>

using ctnn::Dense;
using ctnn::InPlaceLayer;
using ctnn::Layer;
using ctnn::Pass;
using ctnn::Vector;
using ctnn::testing::LayerArchetype;

namespace {

/// Forward only: nothing to train it with.
struct NoBackward {
    static constexpr std::size_t input_size = 2;
    static constexpr std::size_t output_size = 2;
    using scalar_type = double;
    Vector<2> w{};
    static constexpr auto parameters = std::tuple{&NoBackward::w};
    constexpr Vector<2> forward(const Vector<2>& x) const { return x; }
};

/// Lists a parameter that is a bare double, which an optimizer cannot update as a tensor.
struct ScalarParameter {
    static constexpr std::size_t input_size = 2;
    static constexpr std::size_t output_size = 2;
    using scalar_type = double;
    double scale = 1.0;
    static constexpr auto parameters = std::tuple{&ScalarParameter::scale};
    constexpr Vector<2> forward(const Vector<2>& x) const { return x; }
    constexpr Vector<2> backward(const Vector<2>&, const Vector<2>& dL_dz, ScalarParameter&) const {
        return dL_dz;
    }
};

/// Declares 3 outputs but computes 2.
struct WrongWidth {
    static constexpr std::size_t input_size = 2;
    static constexpr std::size_t output_size = 3;
    using scalar_type = double;
    static constexpr auto parameters = std::tuple{};
    constexpr Vector<2> forward(const Vector<2>& x) const { return x; }
    constexpr Vector<2> backward(const Vector<2>&, const Vector<3>&, WrongWidth&) const {
        return {};
    }
};

/// Its forward is not const, so a network held as const could not run it.
struct MutatingForward {
    static constexpr std::size_t input_size = 2;
    static constexpr std::size_t output_size = 2;
    using scalar_type = double;
    static constexpr auto parameters = std::tuple{};
    constexpr Vector<2> forward(const Vector<2>& x) { return x; }
    constexpr Vector<2> backward(const Vector<2>&, const Vector<2>& dL_dz, MutatingForward&) const {
        return dL_dz;
    }
};

/// A user's layer that reuses Dense by deriving from it: its parameters are Dense's members.
struct NamedDense : Dense<2, 3> {};

}  // namespace

TEST_CASE("Layer: is modelled by the archetype, Dense and Pass", "[concept][layer]") {
    STATIC_REQUIRE(Layer<LayerArchetype<3>>);
    STATIC_REQUIRE(Layer<Dense<2, 3>>);
    STATIC_REQUIRE(Layer<Dense<2, 3, float>>);
    STATIC_REQUIRE(Layer<Pass<4>>);
}

TEST_CASE("Layer: is modelled by a type whose parameters belong to its base", "[concept][layer]") {
    STATIC_REQUIRE(Layer<NamedDense>);
}

TEST_CASE("InPlaceLayer: is modelled by Dense, not by layers with only the required passes",
          "[concept][layer]") {
    STATIC_REQUIRE(InPlaceLayer<Dense<2, 3>>);
    STATIC_REQUIRE(InPlaceLayer<NamedDense>);
    STATIC_REQUIRE_FALSE(InPlaceLayer<LayerArchetype<3>>);
    STATIC_REQUIRE_FALSE(InPlaceLayer<Pass<4>>);
}

TEST_CASE("Layer: is not modelled by a type missing one requirement", "[concept][layer]") {
    STATIC_REQUIRE_FALSE(Layer<int>);
    STATIC_REQUIRE_FALSE(Layer<NoBackward>);
    STATIC_REQUIRE_FALSE(Layer<ScalarParameter>);
    STATIC_REQUIRE_FALSE(Layer<WrongWidth>);
    STATIC_REQUIRE_FALSE(Layer<MutatingForward>);
}
