// Training in the compiler on data with a NaN: a compile error. g++ carries the NaN on until the
// loss, then fit's look at the data names the example and what is wrong (here example 1's input);
// clang++ rejects the first arithmetic that gives a NaN.
#include <ctnn/ctnn.hpp>

#include <limits>

using namespace ctnn;

#ifdef CTNN_KO
constexpr double second = std::numeric_limits<double>::quiet_NaN();
// error: (check_finite|floating point arithmetic produces a NaN)
// error: (an input|produces a NaN)
#else
constexpr double second = 2.0;
#endif

constexpr Vector<1> inputs[] = {{1.0}, {second}, {-1.5}};
constexpr Vector<1> targets[] = {{3.0}, {0.0}, {0.5}};

constexpr Network<Dense<1, 1>> trained() {
    Network<Dense<1, 1>> network{Dense<1, 1>{.W = {1.0}, .b = {0.0}}};
    fit(network, inputs, targets, SquaredError{}, SGD{.learning_rate = 0.1}, {.epochs = 2});
    return network;
}

[[maybe_unused]] constexpr auto network = trained();
