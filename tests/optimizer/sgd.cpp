// SGD: p <- p - eta * dL/dp, element by element, with eta = 0.01 unless given.
#include <ctnn/math/is_close.hpp>
#include <ctnn/optimizer/sgd.hpp>

#include <catch2/catch.hpp>

using ctnn::is_close;
using ctnn::Matrix;
using ctnn::SGD;
using ctnn::Vector;

namespace {

/// The parameter after one update, as a value.
template <class P>
constexpr P updated(const SGD& sgd, P p, const P& dL_dp) {
    SGD::state<P> no_state;
    sgd.update(p, dL_dp, no_state);
    return p;
}

}  // namespace

TEST_CASE("SGD: has a default learning rate of 0.01", "[optimizer][sgd]") {
    constexpr SGD sgd{};
    STATIC_REQUIRE(sgd.learning_rate == 0.01);
    // 1 - 0.01 * 1 = 0.99: two roundings of numbers below 1, so within 2^-53 each.
    STATIC_REQUIRE(is_close(updated(sgd, Vector<1>{1.0}, Vector<1>{1.0})[0], 0.99, 2.3e-16));
}

TEST_CASE("SGD: moves each element of a Vector against its gradient", "[optimizer][sgd]") {
    constexpr SGD sgd{.learning_rate = 0.5};
    constexpr Vector<3> p{1.0, 2.0, 3.0};
    constexpr Vector<3> dL_dp{2.0, -1.0, 0.0};
    // [1 - 0.5 * 2, 2 + 0.5 * 1, 3 - 0]; adding eta * g instead would give [2, 1.5, 3].
    STATIC_REQUIRE(updated(sgd, p, dL_dp) == Vector<3>{0.0, 2.5, 3.0});
}

TEST_CASE("SGD: moves each element of a Matrix against its gradient", "[optimizer][sgd]") {
    constexpr SGD sgd{.learning_rate = 0.25};
    constexpr Matrix<2, 3> W{1.0, 2.0, 3.0,  //
                             4.0, 5.0, 6.0};
    constexpr Matrix<2, 3> dL_dW{4.0, 0.0, -4.0,  //
                                 8.0, 2.0, 0.0};
    // W - [[1, 0, -1], [2, 0.5, 0]].
    STATIC_REQUIRE(updated(sgd, W, dL_dW) == Matrix<2, 3>{0.0, 2.0, 4.0,  //
                                                          2.0, 4.5, 6.0});
}

TEST_CASE("SGD: adds weight decay times the parameter to the gradient", "[optimizer][sgd]") {
    constexpr SGD sgd{.learning_rate = 0.25, .weight_decay = 0.5};
    // g + λp = 2 + 0.5 * 1 = 2.5, then 1 - 0.25 * 2.5 = 0.375 (all exact in binary);
    // without the decay it would be 1 - 0.25 * 2 = 0.5.
    STATIC_REQUIRE(updated(sgd, Vector<1>{1.0}, Vector<1>{2.0}) == Vector<1>{0.375});
}

TEST_CASE("SGD: keeps no state between steps", "[optimizer][sgd]") {
    STATIC_REQUIRE(ctnn::StatelessOptimizer<SGD>);
}
