// Softmax: a_i = e^(z_i) / sum_j e^(z_j), and its vector-Jacobian product.
#include <ctnn/activation/softmax.hpp>
#include <ctnn/tensor/tensor.hpp>

#include <catch2/catch.hpp>

using ctnn::is_close;
using ctnn::Softmax;
using ctnn::Vector;

// softmax([1, 2, 3]) = [e, e^2, e^3] / (e + e^2 + e^3), in 40-digit arithmetic:
// [0.0900305731703804580, 0.244728471054797652, 0.665240955774821890]. Each computed share has
// a few roundings from exp and one division: 1e-15 is several ulp of these values.
constexpr Vector<3> softmax_of_1_2_3{0.09003057317038046, 0.24472847105479764, 0.6652409557748219};

TEST_CASE("Softmax: gives equal scores equal shares", "[activation][softmax]") {
    constexpr Softmax f{};
    STATIC_REQUIRE(f.forward(Vector<2>{0.0, 0.0}) == Vector<2>{0.5, 0.5});
    STATIC_REQUIRE(f.forward(Vector<4>{3.0, 3.0, 3.0, 3.0}) == Vector<4>{0.25, 0.25, 0.25, 0.25});
}

TEST_CASE("Softmax: matches e^z_i / (e + e^2 + e^3) for z = [1, 2, 3]", "[activation][softmax]") {
    constexpr Softmax f{};
    STATIC_REQUIRE(is_close(f.forward(Vector<3>{1.0, 2.0, 3.0}), softmax_of_1_2_3, 1e-15));
}

TEST_CASE("Softmax: sums to 1", "[activation][softmax]") {
    constexpr Softmax f{};
    constexpr Vector<3> a = f.forward(Vector<3>{-1.5, 0.25, 4.0});
    STATIC_REQUIRE(is_close(a[0] + a[1] + a[2], 1.0, 1e-15));  // three roundings of ~1
}

TEST_CASE("Softmax: does not change when a constant is added to every score",
          "[activation][softmax]") {
    constexpr Softmax f{};
    // e^(z_i + c) / sum_j e^(z_j + c) = e^(z_i) / sum_j e^(z_j), here with c = 100 and -50.
    STATIC_REQUIRE(is_close(f.forward(Vector<3>{101.0, 102.0, 103.0}), softmax_of_1_2_3, 1e-15));
    STATIC_REQUIRE(is_close(f.forward(Vector<3>{-49.0, -48.0, -47.0}), softmax_of_1_2_3, 1e-15));
}

TEST_CASE("Softmax: does not overflow for large scores", "[activation][softmax]") {
    constexpr Softmax f{};
    // e^1000 is inf in double; the shares are still 1/2 each.
    STATIC_REQUIRE(f.forward(Vector<2>{1000.0, 1000.0}) == Vector<2>{0.5, 0.5});
    // e^-1000 / (1 + e^-1000) underflows to 0, and the other share is 1.
    STATIC_REQUIRE(f.forward(Vector<2>{1000.0, 0.0}) == Vector<2>{1.0, 0.0});
}

TEST_CASE("Softmax: backward is the Jacobian-transpose product worked by hand",
          "[activation][softmax]") {
    constexpr Softmax f{};
    // For 2 outputs, J = da/dz = [[a0 (1 - a0), -a0 a1], [-a1 a0, a1 (1 - a1)]] (symmetric).
    // z = [0, ln 3] gives a = [1/4, 3/4] and J = [[3/16, -3/16], [-3/16, 3/16]].
    // With dL/da = [1, 2]: dL/dz = J^T dL/da = [3/16 - 6/16, -3/16 + 6/16] = [-3/16, 3/16].
    constexpr Vector<2> z{0.0, 1.0986122886681098};
    constexpr Vector<2> a{0.25, 0.75};
    constexpr Vector<2> dL_da{1.0, 2.0};
    STATIC_REQUIRE(f.backward(z, a, dL_da) == Vector<2>{-0.1875, 0.1875});
    // Treating softmax as element-wise (dL/da ⊙ a (1 - a)) would give [3/16, 6/16].
    STATIC_REQUIRE(f.backward(z, a, dL_da) != Vector<2>{0.1875, 0.375});

    // z = [0, 0]: a = [1/2, 1/2], J = [[1/4, -1/4], [-1/4, 1/4]]; dL/da = [1, 0] -> [1/4, -1/4].
    constexpr Vector<2> zero{0.0, 0.0};
    STATIC_REQUIRE(f.backward(zero, f.forward(zero), Vector<2>{1.0, 0.0}) ==
                   Vector<2>{0.25, -0.25});
}
