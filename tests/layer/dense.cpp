// Dense<In, Out>: z = xW + b with W stored In x Out; backward gives dL/dW, dL/db, dL/dx.
// The worked example, by hand: x = [1, 2], W = [[1, 2, 3], [4, 5, 6]] (row i = input i),
// b = [0.5, -1, 2], dL/dz = [1, 2, -1].
#include <ctnn/layer/dense.hpp>
#include <ctnn/optimizer/sgd.hpp>

#include <catch2/catch.hpp>

#include <tuple>
#include <type_traits>

using ctnn::Dense;
using ctnn::Matrix;
using ctnn::Vector;

namespace {

constexpr Dense<2, 3> layer{.W = {1.0, 2.0, 3.0,  //
                                  4.0, 5.0, 6.0},
                            .b = {0.5, -1.0, 2.0}};
constexpr Vector<2> x{1.0, 2.0};
constexpr Vector<3> dL_dz{1.0, 2.0, -1.0};

/// The gradient that backward writes, as a value.
constexpr Dense<2, 3> gradient_of(const Dense<2, 3>& d) {
    Dense<2, 3> gradient{};
    d.backward(x, dL_dz, gradient);
    return gradient;
}

}  // namespace

TEST_CASE("Dense: has the shape of its template arguments", "[layer][dense]") {
    STATIC_REQUIRE(Dense<2, 3>::input_size == 2);
    STATIC_REQUIRE(Dense<2, 3>::output_size == 3);
    STATIC_REQUIRE(std::is_same_v<decltype(Dense<2, 3>::W), Matrix<2, 3>>);  // In x Out
    STATIC_REQUIRE(std::is_same_v<decltype(Dense<2, 3>::b), Vector<3>>);
    STATIC_REQUIRE(std::get<0>(Dense<2, 3>::parameters) == &Dense<2, 3>::W);
    STATIC_REQUIRE(std::get<1>(Dense<2, 3>::parameters) == &Dense<2, 3>::b);
}

TEST_CASE("Dense: forward is xW + b", "[layer][dense]") {
    // xW = [1 + 8, 2 + 10, 3 + 12] = [9, 12, 15]; plus b: [9.5, 11, 17].
    STATIC_REQUIRE(layer.forward(x) == Vector<3>{9.5, 11.0, 17.0});
    // W's storage read column-major would give xW = [1 + 4, 3 + 8, 5 + 12], z = [5.5, 10, 19].
    STATIC_REQUIRE(Dense<2, 3>{}.forward(x) == Vector<3>{});  // zero-initialised: z = 0
}

TEST_CASE("Dense: backward gives dL/dW = x outer dL/dz", "[layer][dense]") {
    // Row i is x_i dL/dz: [1 * [1, 2, -1], 2 * [1, 2, -1]].
    STATIC_REQUIRE(gradient_of(layer).W == Matrix<2, 3>{1.0, 2.0, -1.0,  //
                                                        2.0, 4.0, -2.0});
}

TEST_CASE("Dense: backward gives dL/db = dL/dz", "[layer][dense]") {
    STATIC_REQUIRE(gradient_of(layer).b == Vector<3>{1.0, 2.0, -1.0});
}

TEST_CASE("Dense: backward returns dL/dx = W dL/dz", "[layer][dense]") {
    constexpr auto dL_dx = [] {
        Dense<2, 3> gradient{};
        return layer.backward(x, dL_dz, gradient);
    };
    // [1 + 4 - 3, 4 + 10 - 6]; W read column-major would give [1 + 6 - 5, 2 + 8 - 6] = [2, 4].
    STATIC_REQUIRE(dL_dx() == Vector<2>{2.0, 8.0});
}

TEST_CASE("Dense: its in-place passes write the same values over what their tensors held",
          "[layer][dense]") {
    STATIC_REQUIRE(ctnn::InPlaceLayer<Dense<2, 3>>);
    constexpr auto z = [] {
        Vector<3> z{7.0, 7.0, 7.0};
        layer.forward(x, z);
        return z;
    };
    STATIC_REQUIRE(z() == Vector<3>{9.5, 11.0, 17.0});  // by hand, above
    constexpr auto backward_in_place = [] {
        Dense<2, 3> gradient{.W = {9.0, 9.0, 9.0, 9.0, 9.0, 9.0}, .b = {9.0, 9.0, 9.0}};
        Vector<2> dL_dx{7.0, 7.0};
        layer.backward(x, dL_dz, gradient, dL_dx);
        return std::tuple{gradient.W, gradient.b, dL_dx};
    };
    STATIC_REQUIRE(std::get<0>(backward_in_place()) == Matrix<2, 3>{1.0, 2.0, -1.0,  //
                                                                    2.0, 4.0, -2.0});
    STATIC_REQUIRE(std::get<1>(backward_in_place()) == Vector<3>{1.0, 2.0, -1.0});
    STATIC_REQUIRE(std::get<2>(backward_in_place()) == Vector<2>{2.0, 8.0});
}

TEST_CASE("Dense: backward does not depend on the gradient's previous contents", "[layer][dense]") {
    constexpr auto gradient_over_stale = [] {
        Dense<2, 3> gradient{.W = {9.0, 9.0, 9.0, 9.0, 9.0, 9.0}, .b = {9.0, 9.0, 9.0}};
        layer.backward(x, dL_dz, gradient);
        return gradient;
    };
    STATIC_REQUIRE(gradient_over_stale().W == gradient_of(layer).W);  // overwritten, not added
    STATIC_REQUIRE(gradient_over_stale().b == Vector<3>{1.0, 2.0, -1.0});
}

TEST_CASE("Dense: descend takes one SGD step with each gradient as it is computed",
          "[layer][dense]") {
    // η = 0.5: W_ij - 0.5 x_i dL/dz_j, b_j - 0.5 dL/dz_j (x = [1, 2], dL/dz = [1, 2, -1]).
    constexpr auto stepped = [] {
        Dense<2, 3> d = layer;
        d.descend(Matrix<1, 2>{1.0, 2.0}, Matrix<1, 3>{1.0, 2.0, -1.0},
                  ctnn::SGD{.learning_rate = 0.5});
        return d;
    }();
    STATIC_REQUIRE(stepped.W == Matrix<2, 3>{0.5, 1.0, 3.5,  //
                                             3.0, 3.0, 7.0});
    STATIC_REQUIRE(stepped.b == Vector<3>{0.0, -2.0, 2.5});
    // With weight decay λ = 0.5 the step is η (g + λ p): W_00 = 1 - 0.5 (1 + 0.5 * 1) = 0.25,
    // b_2 = 2 - 0.5 (-1 + 0.5 * 2) = 2.
    constexpr auto decayed = [] {
        Dense<2, 3> d = layer;
        d.descend(Matrix<1, 2>{1.0, 2.0}, Matrix<1, 3>{1.0, 2.0, -1.0},
                  ctnn::SGD{.learning_rate = 0.5, .weight_decay = 0.5});
        return d;
    }();
    STATIC_REQUIRE(decayed.W.elements[0] == 0.25);
    STATIC_REQUIRE(decayed.b.elements[2] == 2.0);
}

TEST_CASE("Dense: descend_then_forward takes descend's step, then gives the next example's z",
          "[layer][dense]") {
    // The step above (η = 0.5) gives W = [[0.5, 1, 3.5], [3, 3, 7]], b = [0, -2, 2.5]; with them
    // the next example x = [2, -1] has z = [1 - 3 + 0, 2 - 3 - 2, 7 - 7 + 2.5] = [-2, -3, 2.5].
    struct Result {
        Dense<2, 3> layer;
        Matrix<1, 3> next_z;
    };
    constexpr Result result = [] {
        Result r{layer, {}};
        r.layer.descend_then_forward(Matrix<1, 2>{1.0, 2.0}, Matrix<1, 3>{1.0, 2.0, -1.0},
                                     ctnn::SGD{.learning_rate = 0.5}, Matrix<1, 2>{2.0, -1.0},
                                     r.next_z);
        return r;
    }();
    STATIC_REQUIRE(result.layer.W == Matrix<2, 3>{0.5, 1.0, 3.5,  //
                                                  3.0, 3.0, 7.0});
    STATIC_REQUIRE(result.layer.b == Vector<3>{0.0, -2.0, 2.5});
    STATIC_REQUIRE(result.next_z == Matrix<1, 3>{-2.0, -3.0, 2.5});
}
