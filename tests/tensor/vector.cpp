// Vector<N, T>: a fixed-size list of scalars, written and indexed as printed.
#include <ctnn/tensor/vector.hpp>

#include <catch2/catch.hpp>

#include <type_traits>

using ctnn::Vector;

TEST_CASE("Vector: holds its elements in the order they are written", "[tensor][vector]") {
    constexpr Vector<3> v{1.0, -2.0, 0.5};
    STATIC_REQUIRE(v.size == 3);
    STATIC_REQUIRE(v[0] == 1.0);
    STATIC_REQUIRE(v[1] == -2.0);
    STATIC_REQUIRE(v[2] == 0.5);
    STATIC_REQUIRE(v.elements[1] == -2.0);  // operator[] reads the flat storage
}

TEST_CASE("Vector: is zero when value-initialised or where no value is given", "[tensor][vector]") {
    constexpr Vector<3> zero{};
    STATIC_REQUIRE(zero[0] == 0.0);
    STATIC_REQUIRE(zero[1] == 0.0);
    STATIC_REQUIRE(zero[2] == 0.0);

    constexpr Vector<3> partial{7.0};  // the elements not written are zero, as in an array
    STATIC_REQUIRE(partial == Vector<3>{7.0, 0.0, 0.0});
}

TEST_CASE("Vector: compares equal element by element", "[tensor][vector]") {
    constexpr Vector<2> v{1.0, 2.0};
    STATIC_REQUIRE(v == Vector<2>{1.0, 2.0});
    STATIC_REQUIRE(v != Vector<2>{2.0, 1.0});  // same elements, other order
    STATIC_REQUIRE(v != Vector<2>{1.0, 2.5});  // only the last element differs
}

TEST_CASE("Vector: writes through operator[] to the element it names", "[tensor][vector]") {
    constexpr auto second_set_to_9 = [] {
        Vector<3> v{};
        v[1] = 9.0;
        return v;
    };
    STATIC_REQUIRE(second_set_to_9() == Vector<3>{0.0, 9.0, 0.0});
}

TEST_CASE("Vector: takes its scalar type from the last parameter, double by default",
          "[tensor][vector]") {
    STATIC_REQUIRE(std::is_same_v<Vector<2>::scalar_type, double>);
    STATIC_REQUIRE(std::is_same_v<Vector<2, float>::scalar_type, float>);
    constexpr Vector<2, float> v{0.25f, 4.0f};
    STATIC_REQUIRE(v[0] == 0.25f);
}
