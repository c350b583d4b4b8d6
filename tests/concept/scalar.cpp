// Scalar: the number type of every tensor, layer and loss.
#include <ctnn/concept/scalar.hpp>

#include <catch2/catch.hpp>

using ctnn::Scalar;

namespace {

enum class Without { nothing, equality, division, ordering, sqrt };

/// A user-defined number (think of a dual number) with everything Scalar asks for, except the
/// operation named by `missing`. Its math functions are found by argument-dependent lookup.
template <Without missing>
struct Number {
    double v = 0.0;

    constexpr Number() = default;
    constexpr explicit Number(double x) : v(x) {}

    friend constexpr bool operator==(Number a, Number b) requires(missing != Without::equality) {
        return a.v == b.v;
    }
    friend constexpr Number operator+(Number a, Number b) { return Number(a.v + b.v); }
    friend constexpr Number operator-(Number a, Number b) { return Number(a.v - b.v); }
    friend constexpr Number operator*(Number a, Number b) { return Number(a.v * b.v); }
    friend constexpr Number operator/(Number a, Number b) requires(missing != Without::division) {
        return Number(a.v / b.v);
    }
    friend constexpr Number operator-(Number a) { return Number(-a.v); }
    friend constexpr bool operator<(Number a, Number b) requires(missing != Without::ordering) {
        return a.v < b.v;
    }
    friend constexpr Number exp(Number a) { return Number(ctnn::exp(a.v)); }
    friend constexpr Number expm1(Number a) { return Number(ctnn::expm1(a.v)); }
    friend constexpr Number log(Number a) { return Number(ctnn::log(a.v)); }
    friend constexpr Number log1p(Number a) { return Number(ctnn::log1p(a.v)); }
    friend constexpr Number tanh(Number a) { return Number(ctnn::tanh(a.v)); }
    friend constexpr Number sqrt(Number a) requires(missing != Without::sqrt) {
        return Number(ctnn::sqrt(a.v));
    }
};

}  // namespace

TEST_CASE("Scalar: is modelled by float and double", "[concept][scalar]") {
    STATIC_REQUIRE(Scalar<double>);
    STATIC_REQUIRE(Scalar<float>);
}

TEST_CASE("Scalar: is modelled by a user-defined number with the arithmetic and the math",
          "[concept][scalar]") {
    STATIC_REQUIRE(Scalar<Number<Without::nothing>>);
}

TEST_CASE("Scalar: is not modelled by a type missing one requirement", "[concept][scalar]") {
    STATIC_REQUIRE_FALSE(Scalar<Number<Without::equality>>);
    STATIC_REQUIRE_FALSE(Scalar<Number<Without::division>>);
    STATIC_REQUIRE_FALSE(Scalar<Number<Without::ordering>>);
    STATIC_REQUIRE_FALSE(Scalar<Number<Without::sqrt>>);
}

TEST_CASE("Scalar: is not modelled by integers or pointers", "[concept][scalar]") {
    STATIC_REQUIRE_FALSE(Scalar<int>);  // no exp(int), log(int), ... in ctnn
    STATIC_REQUIRE_FALSE(Scalar<double*>);
}
