/// Lesson 5, exercise, starting point: `Pool<In, Size>` averages groups of Size neighbouring
/// inputs. It compiles for any In and Size, and when Size does not divide In it silently drops
/// the inputs that do not fill a group. Make that a compile error that names both numbers.
#include <ctnn/ctnn.hpp>

#include <cstddef>
#include <iostream>

// [pool]
template <std::size_t In, std::size_t Size>
struct Pool {
    static constexpr std::size_t input_size = In;
    static constexpr std::size_t output_size = In / Size;
    using scalar_type = double;
    static constexpr auto parameters = std::tuple{};

    constexpr ctnn::Vector<output_size> forward(const ctnn::Vector<In>& x) const {
        ctnn::Vector<output_size> z{};
        for (std::size_t j = 0; j < output_size; ++j) {
            for (std::size_t i = 0; i < Size; ++i) z[j] += x[j * Size + i];
            z[j] /= double(Size);
        }
        return z;
    }
    constexpr ctnn::Vector<In> backward(const ctnn::Vector<In>&,
                                        const ctnn::Vector<output_size>& dL_dz, Pool&) const {
        ctnn::Vector<In> dL_dx{};
        for (std::size_t i = 0; i < output_size * Size; ++i)
            dL_dx[i] = dL_dz[i / Size] / double(Size);
        return dL_dx;
    }
};
// [pool]

// [silent]
static_assert(Pool<5, 2>::output_size == 2);  // compiles: the fifth input is never read
// [silent]

int main() {
    constexpr ctnn::Vector<5> x{1.0, 2.0, 3.0, 4.0, 100.0};
    std::cout << "Pool<5, 2> of [1 2 3 4 100]: " << Pool<5, 2>{}.forward(x)[1]
              << " (the 100 is lost)\n";
}
