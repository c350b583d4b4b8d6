#include <ctnn/layer/dense.hpp>
#include <ctnn/loss/squared_error.hpp>
#include <ctnn/training/evaluate.hpp>

#include <catch2/catch.hpp>

#include <limits>
#include <stdexcept>

using namespace ctnn;

TEST_CASE("argmax: is the index of the largest element, the first on ties",
          "[training][evaluate]") {
    STATIC_REQUIRE(argmax(Vector<3>{0.1, 0.7, 0.2}) == 1);
    STATIC_REQUIRE(argmax(Vector<3>{-1.0, -3.0, -2.0}) == 0);
    STATIC_REQUIRE(argmax(Vector<3>{0.5, 0.2, 0.5}) == 0);
}

TEST_CASE("same_class: compares argmax for several outputs and the side of 1/2 for one",
          "[training][evaluate]") {
    STATIC_REQUIRE(same_class(Vector<3>{2.0, 9.0, 1.0}, Vector<3>{0.0, 1.0, 0.0}));
    STATIC_REQUIRE_FALSE(same_class(Vector<3>{2.0, 9.0, 1.0}, Vector<3>{1.0, 0.0, 0.0}));
    STATIC_REQUIRE(same_class(Vector<1>{0.8}, Vector<1>{1.0}));
    STATIC_REQUIRE(same_class(Vector<1>{0.3}, Vector<1>{0.0}));
    STATIC_REQUIRE_FALSE(same_class(Vector<1>{0.3}, Vector<1>{1.0}));
}

namespace {

// z = 2 x - 1: predictions -1, 1, 3 for x = 0, 1, 2.
constexpr Network<Dense<1, 1>> line{Dense<1, 1>{.W = {2.0}, .b = {-1.0}}};
constexpr Vector<1> xs[] = {{0.0}, {1.0}, {2.0}};
constexpr Vector<1> ys[] = {{0.0}, {1.0}, {1.0}};

}  // namespace

TEST_CASE("mean_loss: averages the loss over the examples", "[training][evaluate]") {
    // (-1 - 0)^2 = 1, (1 - 1)^2 = 0, (3 - 1)^2 = 4: mean 5 / 3.
    STATIC_REQUIRE(mean_loss(line, xs, ys, SquaredError{}) == 5.0 / 3.0);
}

TEST_CASE("accuracy: is the fraction of examples in the target's class", "[training][evaluate]") {
    // -1 < 1/2 with target 0: right; 1 >= 1/2 with 1: right; 3 >= 1/2 with 1: right.
    STATIC_REQUIRE(accuracy(line, xs, ys) == 1.0);
    constexpr Vector<1> wrong[] = {{1.0}, {1.0}, {0.0}};  // only the middle one is right
    STATIC_REQUIRE(accuracy(line, xs, wrong) == 1.0 / 3.0);
}

TEST_CASE("accuracy: rejects inputs and targets that do not pair up", "[training][evaluate]") {
    CHECK_THROWS_AS(accuracy(line, std::span(xs, 3), std::span(ys, 1)), std::invalid_argument);
}

TEST_CASE("mean_loss and accuracy: a NaN in the data is an error, not a number",
          "[training][evaluate]") {
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    const Vector<1> nan_input[] = {{0.0}, {nan}, {2.0}};
    const Vector<1> nan_target[] = {{0.0}, {1.0}, {nan}};
    using Catch::Matchers::Contains;
    CHECK_THROWS_WITH(
        mean_loss(line, nan_input, ys, SquaredError{}),
        Contains("ctnn::mean_loss: example 1 (counted from 0) has a prediction of nan"));
    CHECK_THROWS_WITH(
        accuracy(line, nan_input, ys),
        Contains("ctnn::accuracy: example 1 (counted from 0) has a prediction of nan"));
    CHECK_THROWS_WITH(mean_loss(line, xs, nan_target, SquaredError{}),
                      Contains("ctnn::mean_loss: example 2 (counted from 0) has a target of nan"));
    CHECK_THROWS_WITH(accuracy(line, xs, nan_target),
                      Contains("ctnn::accuracy: example 2 (counted from 0) has a target of nan"));
}
