/// Lesson 2, exercise, a solution: `Shift<N>`, z_i = x_i + c_i, models `ctnn::Layer`: it names
/// its scalar type and its trained parameters, and has the backward pass, which the compiler
/// checks against finite differences in a network.
#include <ctnn/ctnn.hpp>
#include <ctnn/testing/gradient_check.hpp>

#include <cstddef>
#include <iostream>
#include <tuple>

// [solution]
template <std::size_t N>
struct Shift {
    static constexpr std::size_t input_size = N;
    static constexpr std::size_t output_size = N;
    using scalar_type = double;

    ctnn::Vector<N> c{};

    static constexpr auto parameters = std::tuple{&Shift::c};

    constexpr ctnn::Vector<N> forward(const ctnn::Vector<N>& x) const {
        ctnn::Vector<N> z{};
        for (std::size_t i = 0; i < N; ++i) z[i] = x[i] + c[i];
        return z;
    }
    /// dz_i/dc_i = 1 and dz_i/dx_i = 1: both gradients are dL/dz.
    constexpr ctnn::Vector<N> backward(const ctnn::Vector<N>&, const ctnn::Vector<N>& dL_dz,
                                       Shift& gradient) const {
        gradient.c = dL_dz;
        return dL_dz;
    }
};
static_assert(ctnn::Layer<Shift<3>>);
// [solution]

using Net = ctnn::Network<ctnn::Dense<2, 3>, ctnn::Tanh, Shift<3>, ctnn::ReLU, ctnn::Dense<3, 1>>;
constexpr Net network = [] {
    Net n;
    ctnn::initialise(n, ctnn::GlorotUniform{}, /*seed=*/7);
    n.layer<1>().c = ctnn::Vector<3>{0.5, -0.25, 0.125};
    return n;
}();
static_assert(ctnn::testing::gradient_check(network, ctnn::Vector<2>{0.75, -0.5},
                                            ctnn::Vector<1>{1.0}, ctnn::SquaredError{}));

int main() { std::cout << "Layer<Shift<3>>: " << (ctnn::Layer<Shift<3>> ? "yes" : "no") << '\n'; }
