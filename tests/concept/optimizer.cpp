// Optimizer: the rule that updates a Vector or Matrix parameter from its gradient.
#include <ctnn/concept/optimizer.hpp>
#include <ctnn/tensor/tensor.hpp>
#include <ctnn/testing/archetypes.hpp>

#include <catch2/catch.hpp>

#include <cstddef>

using ctnn::Optimizer;
using ctnn::Vector;
using ctnn::testing::OptimizerArchetype;

namespace {

/// Updates vectors (a bias) but not matrices (a weight matrix).
struct VectorsOnly {
    double learning_rate = 0.1;
    template <class P>
    struct state {};
    template <std::size_t N>
    constexpr void update(Vector<N>& p, const Vector<N>& g, state<Vector<N>>&) const {
        p = p - g;
    }
};

/// Returns the new value instead of replacing the parameter.
struct ReturnsNewValue {
    double learning_rate = 0.1;
    template <class P>
    struct state {};
    template <ctnn::Tensor P>
    constexpr P update(const P& p, const P& g, state<P>&) const {
        return p - g;
    }
};

/// Its update is not const, so it cannot be used through a const optimizer.
struct MutatingUpdate {
    double learning_rate = 0.1;
    int steps = 0;
    template <class P>
    struct state {};
    template <ctnn::Tensor P>
    constexpr void update(P& p, const P& g, state<P>&) {
        ++steps;
        p = p - g;
    }
};

/// No learning rate, so no schedule can change it.
struct NoLearningRate {
    template <class P>
    struct state {};
    template <ctnn::Tensor P>
    constexpr void update(P& p, const P& g, state<P>&) const {
        p = p - g;
    }
};

/// No state type, so the network cannot keep its state.
struct NoState {
    double learning_rate = 0.1;
    template <ctnn::Tensor P>
    constexpr void update(P& p, const P& g) const {
        p = p - g;
    }
};

}  // namespace

TEST_CASE("Optimizer: is modelled by the archetype, which keeps a state", "[concept][optimizer]") {
    STATIC_REQUIRE(Optimizer<OptimizerArchetype>);
    STATIC_REQUIRE_FALSE(ctnn::StatelessOptimizer<OptimizerArchetype>);
}

TEST_CASE("Optimizer: is not modelled by a type missing one requirement", "[concept][optimizer]") {
    STATIC_REQUIRE_FALSE(Optimizer<int>);
    STATIC_REQUIRE_FALSE(Optimizer<VectorsOnly>);
    STATIC_REQUIRE_FALSE(Optimizer<ReturnsNewValue>);
    STATIC_REQUIRE_FALSE(Optimizer<MutatingUpdate>);
    STATIC_REQUIRE_FALSE(Optimizer<NoLearningRate>);
    STATIC_REQUIRE_FALSE(Optimizer<NoState>);
}

namespace {

/// Stateless, but updates whole tensors only: no `updated` for one element.
struct WholeTensorsOnly {
    double learning_rate = 0.1;
    template <class P>
    struct state {};
    template <ctnn::Tensor P>
    constexpr void update(P& p, const P& g, state<P>&) const {
        p = p - g;
    }
};

}  // namespace

TEST_CASE("ElementwiseOptimizer: a stateless optimizer that updates one element at a time",
          "[concept][optimizer]") {
    using ctnn::ElementwiseOptimizer;
    STATIC_REQUIRE(ElementwiseOptimizer<ctnn::testing::ElementwiseOptimizerArchetype>);
    STATIC_REQUIRE(ctnn::StatelessOptimizer<WholeTensorsOnly>);
    STATIC_REQUIRE_FALSE(ElementwiseOptimizer<WholeTensorsOnly>);
    STATIC_REQUIRE_FALSE(ElementwiseOptimizer<OptimizerArchetype>);  // keeps a state
}
