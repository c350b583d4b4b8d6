// Activation: an element-wise or vector non-linearity; activate and activation_backward.
#include <ctnn/concept/activation.hpp>
#include <ctnn/testing/archetypes.hpp>

#include <catch2/catch.hpp>

using ctnn::Activation;
using ctnn::ElementwiseActivation;
using ctnn::Vector;
using ctnn::VectorActivation;
using ctnn::testing::ActivationArchetype;

namespace {

/// A vector activation: a = z reversed, so dL/dz = dL/da reversed.
struct Reverse {
    template <std::size_t N, class T>
    constexpr Vector<N, T> forward(const Vector<N, T>& z) const {
        Vector<N, T> a;
        for (std::size_t i = 0; i < N; ++i) a[i] = z[N - 1 - i];
        return a;
    }
    template <std::size_t N, class T>
    constexpr Vector<N, T> backward(const Vector<N, T>&, const Vector<N, T>&,
                                    const Vector<N, T>& dL_da) const {
        return forward(dL_da);
    }
};

/// Has f(z) but not f'(z).
struct NoDerivative {
    template <class T>
    constexpr T value(T z) const {
        return z;
    }
};

/// Computes in float whatever the scalar type it is given.
struct FloatOnly {
    constexpr float value(float z) const { return z; }
    constexpr float derivative(float, float) const { return 1.0f; }
};

/// Needs an argument to be constructed, so the network cannot default-construct it.
struct NoDefault {
    explicit NoDefault(double s) : scale(s) {}
    double scale;
    template <class T>
    constexpr T value(T z) const {
        return T(scale) * z;
    }
    template <class T>
    constexpr T derivative(T, T) const {
        return T(scale);
    }
};

/// A vector activation without its vector-Jacobian product.
struct ForwardOnly {
    template <std::size_t N, class T>
    constexpr Vector<N, T> forward(const Vector<N, T>& z) const {
        return z;
    }
};

}  // namespace

TEST_CASE("Activation: is modelled by the archetype and by a vector activation",
          "[concept][activation]") {
    STATIC_REQUIRE(Activation<ActivationArchetype>);
    STATIC_REQUIRE(ElementwiseActivation<ActivationArchetype>);
    STATIC_REQUIRE(Activation<Reverse>);
    STATIC_REQUIRE(VectorActivation<Reverse>);
    STATIC_REQUIRE_FALSE(ElementwiseActivation<Reverse>);
}

TEST_CASE("Activation: is not modelled by a type missing one requirement",
          "[concept][activation]") {
    STATIC_REQUIRE_FALSE(Activation<int>);
    STATIC_REQUIRE_FALSE(Activation<NoDerivative>);
    STATIC_REQUIRE_FALSE(Activation<FloatOnly>);  // value(double) must return double
    STATIC_REQUIRE_FALSE(Activation<NoDefault>);  // not semiregular
    STATIC_REQUIRE_FALSE(Activation<ForwardOnly>);
}

TEST_CASE("activate: applies an element-wise activation to each element", "[concept][activation]") {
    // The archetype is f(z) = z^2 / 2: [1/2, 4/2, 9/2].
    constexpr Vector<3> z{1.0, 2.0, -3.0};
    STATIC_REQUIRE(activate(ActivationArchetype{}, z) == Vector<3>{0.5, 2.0, 4.5});
}

TEST_CASE("activate: calls a vector activation's forward", "[concept][activation]") {
    STATIC_REQUIRE(activate(Reverse{}, Vector<3>{1.0, 2.0, 3.0}) == Vector<3>{3.0, 2.0, 1.0});
}

TEST_CASE("activation_backward: multiplies dL/da by f'(z) element by element",
          "[concept][activation]") {
    // The archetype's f'(z) = z: dL/dz = [1 * 1, 1 * 2, 2 * (-3)].
    constexpr Vector<3> z{1.0, 2.0, -3.0};
    constexpr Vector<3> a{0.5, 2.0, 4.5};
    constexpr Vector<3> dL_da{1.0, 1.0, 2.0};
    STATIC_REQUIRE(activation_backward(ActivationArchetype{}, z, a, dL_da) ==
                   Vector<3>{1.0, 2.0, -6.0});
}

TEST_CASE("activation_backward: calls a vector activation's backward", "[concept][activation]") {
    constexpr Vector<3> z{1.0, 2.0, 3.0};
    constexpr Vector<3> dL_da{4.0, 5.0, 6.0};
    STATIC_REQUIRE(activation_backward(Reverse{}, z, Vector<3>{3.0, 2.0, 1.0}, dL_da) ==
                   Vector<3>{6.0, 5.0, 4.0});
}
