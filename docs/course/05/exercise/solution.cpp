/// Lesson 5, exercise, a solution: `Pool<In, Size>` takes only a Size that divides In (and is
/// not 0); any other is one compile error that names both numbers and says how to fix it.
#include <ctnn/ctnn.hpp>
#include <ctnn/testing/gradient_check.hpp>

#include <cstddef>
#include <iostream>

// [check]
template <std::size_t Size, std::size_t Inputs>
constexpr bool pool_size_divides_inputs() {
    static_assert(Size != 0 && Inputs % Size == 0,
                  "Pool: groups of Size inputs do not divide the layer's Inputs inputs; the last "
                  "inputs would be dropped. Give Pool a Size that divides Inputs, e.g. "
                  "Pool<6, 2> or Pool<6, 3>.");
    return Size != 0 && Inputs % Size == 0;
}
// [check]

// [pool]
template <std::size_t In, std::size_t Size>
struct Pool {
    static constexpr bool well_formed = pool_size_divides_inputs<Size, In>();
    static_assert(well_formed || true);  // checked as soon as the type is formed

    static constexpr std::size_t input_size = In;
    static constexpr std::size_t output_size = well_formed ? In / Size : 1;
    using scalar_type = double;
    static constexpr auto parameters = std::tuple{};

    constexpr ctnn::Vector<output_size> forward(const ctnn::Vector<In>& x) const {
        ctnn::Vector<output_size> z{};
        if constexpr (well_formed) {
            for (std::size_t j = 0; j < output_size; ++j) {
                for (std::size_t i = 0; i < Size; ++i) z[j] += x[j * Size + i];
                z[j] /= double(Size);
            }
        }
        return z;
    }
    constexpr ctnn::Vector<In> backward(const ctnn::Vector<In>&,
                                        const ctnn::Vector<output_size>& dL_dz, Pool&) const {
        ctnn::Vector<In> dL_dx{};
        if constexpr (well_formed) {
            for (std::size_t i = 0; i < In; ++i) dL_dx[i] = dL_dz[i / Size] / double(Size);
        }
        return dL_dx;
    }
};
// [pool]

#ifdef POOL_KO
constexpr Pool<5, 2> drops_the_fifth_input;
// error: Pool: groups of Size inputs do not divide the layer's Inputs inputs
// error: (Size = 2|5UL % 2UL == 0)
// error: (Inputs = 5|5UL % 2UL == 0)
#endif

// A network with the pool inside, its backward pass checked against finite differences.
using Net = ctnn::Network<ctnn::Dense<2, 6>, ctnn::Tanh, Pool<6, 3>, ctnn::Dense<2, 1>>;
constexpr Net network = [] {
    Net n;
    ctnn::initialise(n, ctnn::GlorotUniform{}, /*seed=*/3);
    return n;
}();
static_assert(ctnn::testing::gradient_check(network, ctnn::Vector<2>{0.5, -1.0},
                                            ctnn::Vector<1>{0.25}, ctnn::SquaredError{}));

int main() { std::cout << ctnn::describe<Net>() << '\n'; }
