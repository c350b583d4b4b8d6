/// Lesson 2, exercise, starting point: `Shift<N>` adds a trained offset to each input,
/// z_i = x_i + c_i, but does not model `ctnn::Layer` yet, so no network takes it. The program
/// says whether it does; built with -DSHOW_WHY, the compiler says why not.
#include <ctnn/ctnn.hpp>

#include <cstddef>
#include <iostream>

// [start]
template <std::size_t N>
struct Shift {
    static constexpr std::size_t input_size = N;
    static constexpr std::size_t output_size = N;

    ctnn::Vector<N> c{};

    constexpr ctnn::Vector<N> forward(const ctnn::Vector<N>& x) const {
        ctnn::Vector<N> z{};
        for (std::size_t i = 0; i < N; ++i) z[i] = x[i] + c[i];
        return z;
    }
};
// [start]

#ifdef SHOW_WHY
static_assert(ctnn::Layer<Shift<3>>);
// error: (static assertion failed|static_assert failed)
// error: (with L = Shift<3>|'Shift<3>' does not satisfy 'Layer')
// error: Scalar<typename L::scalar_type>
#endif

int main() { std::cout << "Layer<Shift<3>>: " << (ctnn::Layer<Shift<3>> ? "yes" : "no") << '\n'; }
