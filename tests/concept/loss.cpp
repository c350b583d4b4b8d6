// Loss: a scalar L(a, y) and its gradient dL/da.
#include <ctnn/concept/loss.hpp>
#include <ctnn/testing/archetypes.hpp>

#include <catch2/catch.hpp>

#include <cstddef>

using ctnn::Loss;
using ctnn::Vector;
using ctnn::testing::LossArchetype;

namespace {

/// A value with no gradient: nothing to backpropagate.
struct NoGradient {
    template <std::size_t N, class T>
    constexpr T value(const Vector<N, T>&, const Vector<N, T>&) const {
        return T(0.0);
    }
};

/// Returns the loss of each output instead of their sum.
struct VectorValue {
    template <std::size_t N, class T>
    constexpr Vector<N, T> value(const Vector<N, T>& a, const Vector<N, T>&) const {
        return a;
    }
    template <std::size_t N, class T>
    constexpr Vector<N, T> gradient(const Vector<N, T>& a, const Vector<N, T>&) const {
        return a;
    }
};

/// Returns one number as the gradient instead of a vector of dL/da_i.
struct ScalarGradient {
    template <std::size_t N, class T>
    constexpr T value(const Vector<N, T>&, const Vector<N, T>&) const {
        return T(0.0);
    }
    template <std::size_t N, class T>
    constexpr T gradient(const Vector<N, T>&, const Vector<N, T>&) const {
        return T(0.0);
    }
};

}  // namespace

TEST_CASE("Loss: is modelled by the archetype", "[concept][loss]") {
    STATIC_REQUIRE(Loss<LossArchetype>);
}

TEST_CASE("Loss: is not modelled by a type missing one requirement", "[concept][loss]") {
    STATIC_REQUIRE_FALSE(Loss<int>);
    STATIC_REQUIRE_FALSE(Loss<NoGradient>);
    STATIC_REQUIRE_FALSE(Loss<VectorValue>);
    STATIC_REQUIRE_FALSE(Loss<ScalarGradient>);
}
