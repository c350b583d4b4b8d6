#include <ctnn/testing/bits.hpp>

#include <catch2/catch.hpp>

using namespace ctnn;
using testing::same_bits;

TEST_CASE("same_bits: tells apart what == cannot", "[testing][bits]") {
    STATIC_REQUIRE(same_bits(0.1, 0.1));
    STATIC_REQUIRE_FALSE(same_bits(0.0, -0.0));         // equal under ==, different bits
    STATIC_REQUIRE_FALSE(same_bits(1.0f, 1.0000001f));  // neighbours, one ulp apart
    STATIC_REQUIRE(same_bits(Vector<2>{1.0, -0.0}, Vector<2>{1.0, -0.0}));
    STATIC_REQUIRE_FALSE(same_bits(Vector<2>{1.0, -0.0}, Vector<2>{1.0, 0.0}));
}
