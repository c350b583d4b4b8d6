#include <ctnn/activation/relu.hpp>
#include <ctnn/activation/softmax.hpp>
#include <ctnn/activation/tanh.hpp>
#include <ctnn/layer/dense.hpp>
#include <ctnn/math/is_close.hpp>
#include <ctnn/math/sqrt.hpp>
#include <ctnn/network/network.hpp>
#include <ctnn/testing/bits.hpp>
#include <ctnn/training/initialise.hpp>
#include <ctnn/training/random.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>

using namespace ctnn;

namespace {

using Net = Network<Dense<4, 8>, ReLU, Dense<8, 3>>;

constexpr double sqrt_half = 0x1.6a09e667f3bcdp-1;  // sqrt(1/2) correctly rounded

template <class X>
constexpr bool all_within(const X& x, double bound) {
    for (const auto& e : x.elements) {
        if (!(-bound <= e && e <= bound)) return false;
    }
    return true;
}

template <class X>
constexpr bool all_nonzero(const X& x) {
    for (const auto& e : x.elements) {
        if (e == 0) return false;
    }
    return true;
}

template <class X>
constexpr bool all_zero(const X& x) {
    for (const auto& e : x.elements) {
        if (!(e == 0)) return false;
    }
    return true;
}

// A network whose biases are all one, so that zeroing them shows.
template <class Network>
constexpr Network with_unit_biases() {
    Network net;
    auto set_bias = [](auto& layer) {
        if constexpr (requires { layer.b; }) {
            for (auto& e : layer.b.elements) e = 1.0;
        }
    };
    net.for_each_layer(set_bias);
    return net;
}

template <class Initialiser>
constexpr Net initialised(const Initialiser& initialiser, std::uint64_t seed) {
    Net net = with_unit_biases<Net>();
    initialise(net, initialiser, seed);
    return net;
}

struct Moments {
    double mean, variance, fourth, largest_magnitude;
};

// Mean, variance and E z^4 of W / sigma, and max |W| / sigma.
template <class X>
Moments standardised_moments(const X& W, double sigma) {
    double sum = 0, sum_squares = 0, sum_fourth = 0, largest = 0;
    for (const double w : W.elements) {
        const double z = w / sigma;
        sum += z;
        sum_squares += z * z;
        sum_fourth += z * z * z * z;
        largest = z > largest ? z : (-z > largest ? -z : largest);
    }
    const double n = X::size;
    const double mean = sum / n;
    return {mean, (sum_squares - n * mean * mean) / (n - 1), sum_fourth / n, largest};
}

}  // namespace

TEST_CASE("GlorotUniform: limit and standard deviations follow the papers' formulas",
          "[training][initialise]") {
    // Hand values: 6 / (4 + 8) = 1/2, 2 / (2 + 2) = 1/2, 6 / 6 = 1, 2 / 8 = 1/4.
    STATIC_REQUIRE(GlorotUniform::limit(4, 8) == sqrt_half);
    STATIC_REQUIRE(GlorotNormal::stddev(2, 2) == sqrt_half);
    STATIC_REQUIRE(HeUniform::limit(6) == 1.0);
    STATIC_REQUIRE(HeNormal::stddev(8) == 0.5);
    STATIC_REQUIRE(HeUniform::limit(12) == sqrt_half);
    STATIC_REQUIRE(GlorotUniform::limit(1, 5) == 1.0);
}

TEST_CASE("initialise: fills every weight within the initialiser's range and zeroes every bias",
          "[training][initialise]") {
    constexpr Net glorot = initialised(GlorotUniform{}, 1);
    // a = sqrt(6 / 12) for Dense<4, 8>; a = sqrt(6 / 11) for Dense<8, 3>.
    STATIC_REQUIRE(all_within(glorot.layer<0>().W, sqrt_half));
    STATIC_REQUIRE(all_within(glorot.layer<1>().W, ctnn::sqrt(6.0 / 11.0)));
    STATIC_REQUIRE(all_nonzero(glorot.layer<0>().W));
    STATIC_REQUIRE(all_nonzero(glorot.layer<1>().W));
    STATIC_REQUIRE(all_zero(glorot.layer<0>().b));
    STATIC_REQUIRE(all_zero(glorot.layer<1>().b));

    constexpr Net he = initialised(HeUniform{}, 1);
    // a = sqrt(6 / 4) for Dense<4, 8>; a = sqrt(6 / 8) for Dense<8, 3>.
    STATIC_REQUIRE(all_within(he.layer<0>().W, ctnn::sqrt(1.5)));
    STATIC_REQUIRE(all_within(he.layer<1>().W, ctnn::sqrt(0.75)));
    STATIC_REQUIRE(all_zero(he.layer<0>().b));
    STATIC_REQUIRE(all_zero(he.layer<1>().b));

    constexpr Net normal = initialised(HeNormal{}, 1);
    STATIC_REQUIRE(all_nonzero(normal.layer<0>().W));
    STATIC_REQUIRE(all_nonzero(normal.layer<1>().W));
    STATIC_REQUIRE(all_zero(normal.layer<0>().b));
    STATIC_REQUIRE(all_zero(normal.layer<1>().b));
}

TEST_CASE("initialise: draws layer after layer from one Pcg32 seeded with the seed",
          "[training][initialise]") {
    constexpr Net net = initialised(GlorotNormal{}, 2024);
    constexpr auto expected = [] {
        Pcg32 rng{2024};
        struct {
            Matrix<4, 8> W0;
            Matrix<8, 3> W1;
        } result{};
        GlorotNormal{}.fill(result.W0, rng);
        GlorotNormal{}.fill(result.W1, rng);
        return result;
    }();
    STATIC_REQUIRE(net.layer<0>().W == expected.W0);
    STATIC_REQUIRE(net.layer<1>().W == expected.W1);
    // Another seed, other weights.
    STATIC_REQUIRE(!(initialised(GlorotNormal{}, 2025).layer<0>().W == expected.W0));
}

TEST_CASE("initialise: leaves layers without weights alone and skips them in the draws",
          "[training][initialise]") {
    // Tanh, ReLU: the ReLU gets a parameter-free Pass layer, which draws nothing.
    using WithPass = Network<Dense<3, 3>, Tanh, ReLU, Dense<3, 2>, Softmax>;
    using WithoutPass = Network<Dense<3, 3>, Tanh, Dense<3, 2>, Softmax>;
    constexpr auto with_pass = [] {
        auto net = with_unit_biases<WithPass>();
        initialise(net, HeUniform{}, 5);
        return net;
    }();
    constexpr auto without_pass = [] {
        WithoutPass net;
        initialise(net, HeUniform{}, 5);
        return net;
    }();
    STATIC_REQUIRE(WithPass::layer_count == 3);
    STATIC_REQUIRE(with_pass.layer<0>().W == without_pass.layer<0>().W);
    STATIC_REQUIRE(with_pass.layer<2>().W == without_pass.layer<1>().W);
    STATIC_REQUIRE(all_zero(with_pass.layer<0>().b));
    STATIC_REQUIRE(all_zero(with_pass.layer<2>().b));
}

TEST_CASE("initialise: works for float networks", "[training][initialise]") {
    using FloatNet = Network<Dense<4, 8, float>, ReLU, Dense<8, 3, float>>;
    constexpr FloatNet net = [] {
        FloatNet n;
        initialise(n, GlorotUniform{}, 3);
        return n;
    }();
    // Rounding to float is monotonic, so |w| <= a survives it.
    STATIC_REQUIRE(all_within(net.layer<0>().W, sqrt_half));
    STATIC_REQUIRE(all_nonzero(net.layer<0>().W));
    STATIC_REQUIRE(all_zero(net.layer<1>().b));
}

TEST_CASE("GlorotUniform, GlorotNormal, HeUniform, HeNormal: have the intended distributions",
          "[training][initialise]") {
    // 100 x 200 = 20000 weights, standardised by the intended sigma: z = w / sigma.
    // All bounds are 4 standard errors for n = 20000 independent draws:
    //  - mean 0, standard error 1 / sqrt(n);
    //  - sample variance 1, standard error sqrt((E z^4 - 1) / n): E z^4 = 9/5 for a uniform
    //    distribution, 3 for a normal one;
    //  - E z^4 itself, standard error sqrt((E z^8 - (E z^4)^2) / n) with E z^8 = 9 (uniform on
    //    [-sqrt3, sqrt3]: 3^4 / 9) or 105 (normal): this tells the two shapes apart;
    //  - uniform: max |z| <= sqrt3 (= a / sigma) always, and > 0.999 sqrt3 except with
    //    probability 0.999^20000 < 10^-8.
    constexpr std::size_t In = 100, Out = 200;
    constexpr double n = In * Out;
    const auto W = std::make_unique<Matrix<In, Out>>();
    const double sqrt3 = ctnn::sqrt(3.0);

    auto check_uniform = [&](double a) {
        const double sigma = a / sqrt3;
        const Moments m = standardised_moments(*W, sigma);
        CHECK(is_close(m.mean, 0.0, 4 * ctnn::sqrt(1.0 / n)));
        CHECK(is_close(m.variance, 1.0, 4 * ctnn::sqrt(0.8 / n)));
        CHECK(is_close(m.fourth, 1.8, 4 * ctnn::sqrt((9.0 - 1.8 * 1.8) / n)));
        CHECK(all_within(*W, a));
        CHECK(m.largest_magnitude > 0.999 * sqrt3);
    };
    auto check_normal = [&](double sigma) {
        const Moments m = standardised_moments(*W, sigma);
        CHECK(is_close(m.mean, 0.0, 4 * ctnn::sqrt(1.0 / n)));
        CHECK(is_close(m.variance, 1.0, 4 * ctnn::sqrt(2.0 / n)));
        CHECK(is_close(m.fourth, 3.0, 4 * ctnn::sqrt((105.0 - 9.0) / n)));
    };

    Pcg32 rng{4242};
    SECTION("GlorotUniform: a = sqrt(6 / 300)") {
        GlorotUniform{}.fill(*W, rng);
        check_uniform(ctnn::sqrt(6.0 / 300.0));
    }
    SECTION("GlorotNormal: sigma = sqrt(2 / 300)") {
        GlorotNormal{}.fill(*W, rng);
        check_normal(ctnn::sqrt(2.0 / 300.0));
    }
    SECTION("HeUniform: a = sqrt(6 / 100)") {
        HeUniform{}.fill(*W, rng);
        check_uniform(ctnn::sqrt(6.0 / 100.0));
    }
    SECTION("HeNormal: sigma = sqrt(2 / 100)") {
        HeNormal{}.fill(*W, rng);
        check_normal(ctnn::sqrt(2.0 / 100.0));
    }
}

TEST_CASE("initialise: gives the same network at compile time and at run time",
          "[training][initialise]") {
    constexpr Net glorot_by_compiler = initialised(GlorotUniform{}, 31415);
    constexpr Net he_by_compiler = initialised(HeNormal{}, 31415);

    volatile std::uint64_t hidden_seed = 31415;
    const Net glorot_by_program = initialised(GlorotUniform{}, hidden_seed);
    const Net he_by_program = initialised(HeNormal{}, hidden_seed);

    using testing::same_bits;
    CHECK(same_bits(glorot_by_program.layer<0>().W, glorot_by_compiler.layer<0>().W));
    CHECK(same_bits(glorot_by_program.layer<0>().b, glorot_by_compiler.layer<0>().b));
    CHECK(same_bits(glorot_by_program.layer<1>().W, glorot_by_compiler.layer<1>().W));
    CHECK(same_bits(glorot_by_program.layer<1>().b, glorot_by_compiler.layer<1>().b));
    CHECK(same_bits(he_by_program.layer<0>().W, he_by_compiler.layer<0>().W));
    CHECK(same_bits(he_by_program.layer<0>().b, he_by_compiler.layer<0>().b));
    CHECK(same_bits(he_by_program.layer<1>().W, he_by_compiler.layer<1>().W));
    CHECK(same_bits(he_by_program.layer<1>().b, he_by_compiler.layer<1>().b));
}
