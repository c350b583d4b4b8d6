// Training XOR with a wrong derivative: the static_assert on the trained network fires, so a
// broken backward pass cannot pass the build unnoticed.
#include "xor.hpp"

using namespace xor_example;

/// tanh with the sign of its derivative flipped: -(1 - a^2) instead of 1 - a^2.
struct TanhWithFlippedDerivative {
    template <class T>
    constexpr T value(T z) const {
        return Tanh{}.value(z);
    }
    template <class T>
    constexpr T derivative(T z, T a) const {
        return -Tanh{}.derivative(z, a);
    }
};

#ifdef CTNN_KO
using Hidden = TanhWithFlippedDerivative;
// error: the trained network classifies every XOR input within 0\.1
#else
using Hidden = Tanh;
#endif

constexpr auto trained = train<Hidden>(2, 200);
static_assert(classifies_xor(trained, 0.4),
              "the trained network classifies every XOR input within 0.1");
