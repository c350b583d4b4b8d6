/// Lesson 5's program: a layer of our own, `Crop<In, Kept>` (z = the first Kept of the In
/// inputs), guarded by a check in ctnn's style, in a network with ctnn's own layers.
#include <ctnn/ctnn.hpp>
#include <ctnn/testing/gradient_check.hpp>

#include <cstddef>
#include <iostream>

// [check]
/// One mistake, one message: the template parameters are named after the words of the message,
/// because the compiler prints them, with their values, right above it.
template <std::size_t Kept, std::size_t Inputs>
constexpr bool crop_keeps_at_most_its_inputs() {
    static_assert(Kept <= Inputs,
                  "Crop: the layer keeps Kept inputs but has only Inputs. Keep at most Inputs, "
                  "e.g. Crop<Inputs, Inputs>.");
    return Kept <= Inputs;
}
// [check]

// [layer]
template <std::size_t In, std::size_t Kept>
struct Crop {
    // The check's result switches the passes off, so that a mistake gives its own message and
    // no second error from code that reads past the input. A static member is computed only
    // once something reads it; the static_assert reads it as soon as the type is formed, and
    // adds no message of its own (the check has said what is wrong).
    static constexpr bool well_formed = crop_keeps_at_most_its_inputs<Kept, In>();
    static_assert(well_formed || true);

    static constexpr std::size_t input_size = In;
    static constexpr std::size_t output_size = Kept;
    using scalar_type = double;
    static constexpr auto parameters = std::tuple{};

    constexpr ctnn::Vector<Kept> forward(const ctnn::Vector<In>& x) const {
        ctnn::Vector<Kept> z{};
        if constexpr (well_formed) {
            for (std::size_t i = 0; i < Kept; ++i) z[i] = x[i];
        }
        return z;
    }
    constexpr ctnn::Vector<In> backward(const ctnn::Vector<In>&, const ctnn::Vector<Kept>& dL_dz,
                                        Crop&) const {
        ctnn::Vector<In> dL_dx{};  // the inputs it drops do not change the loss
        if constexpr (well_formed) {
            for (std::size_t i = 0; i < Kept; ++i) dL_dx[i] = dL_dz[i];
        }
        return dL_dx;
    }
};
static_assert(ctnn::Layer<Crop<4, 2>>);
// [layer]

// [use]
using Net = ctnn::Network<ctnn::Dense<2, 4>, ctnn::ReLU, Crop<4, 2>, ctnn::Dense<2, 1>>;
static_assert(ctnn::describe<Net>() ==
              "Dense<2, 4> + ReLU: 2 -> 4, 12 parameters; Crop<4, 2>: 4 -> 2, 0 parameters; "
              "Dense<2, 1>: 2 -> 1, 3 parameters; 15 parameters");
// The compiler checks Crop's backward pass against finite differences of the loss.
constexpr Net network = [] {
    Net n;
    ctnn::initialise(n, ctnn::HeUniform{}, /*seed=*/5);
    return n;
}();
static_assert(ctnn::testing::gradient_check(network, ctnn::Vector<2>{0.3, -0.7},
                                            ctnn::Vector<1>{1.0}, ctnn::SquaredError{}));
// [use]

int main() { std::cout << ctnn::describe<Net>() << '\n'; }
