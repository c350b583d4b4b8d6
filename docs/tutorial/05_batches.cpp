/// \file
/// Tutorial, part 5: a mini-batch is a matrix. The notebook's two-layer network on two examples
/// at once: each row is the example's own forward pass, and the gradient is the mean of the
/// examples' gradients.
#include <ctnn/ctnn.hpp>
#include <ctnn/io/print.hpp>

#include <iostream>

using namespace ctnn;

using TwoLayer = Network<Dense<2, 2>, ReLU, Dense<2, 1>>;

constexpr TwoLayer network{Dense<2, 2>{.W = {0.5, -0.4, 0.3, 0.1}}, ReLU{},
                           Dense<2, 1>{.W = {0.6, -0.2}, .b = {0.1}}};

// [batch]
constexpr Matrix<2, 2> X{1.0, 2.0,   // the notebook's x
                         2.0, 0.0};  // a second example
constexpr Matrix<2, 1> Y{3.0,        // the notebook's y
                         1.0};

struct BatchStep {
    TwoLayer::batch_trace_type<2> trace{};
    TwoLayer::batch_gradients_type<2> gradients{};
};

constexpr BatchStep through_the_batch() {
    BatchStep step;
    step.trace.x = X;
    network.forward(step.trace);  // Z1 = X W1 + b1, A1 = ReLU(Z1), y_hat = A1 W2 + b2
    network.backward(step.trace, Y, SquaredError{}, step.gradients);
    return step;
}
constexpr BatchStep step = through_the_batch();
// [batch]

// [rows]
// Row 0 is the notebook's example, with the notebook's numbers to the last bit.
static_assert(step.trace.output()(0, 0) == 0.76);
static_assert(step.gradients.layer<1>().dL_dz(0, 0) == -4.48);
// Row 1, by hand: Z1 = [2 * 0.5, 2 * -0.4] = [1, -0.8], A1 = [1, 0], y_hat = 0.6 + 0.1 = 0.7.
static_assert(step.trace.output()(1, 0) == 0.7);
// [rows]

// [mean]
constexpr auto gradients_of = [](std::size_t m) {
    const Vector<2> x{X(m, 0), X(m, 1)};
    const Vector<1> y{Y(m, 0)};
    return network.backward(network.forward(x), y, SquaredError{});
};
// dL/db2 of each example: 2 (0.76 - 3) = -4.48 and 2 (0.7 - 1) = -0.6; the batch's is the mean.
static_assert(step.gradients.layer<1>().b[0] ==
              (gradients_of(0).layer<1>().b[0] + gradients_of(1).layer<1>().b[0]) / 2);
static_assert(is_close(step.gradients.layer<1>().b[0], (-4.48 - 0.6) / 2, 1e-15));
// [mean]

int main() {
    const BatchStep at_run_time = through_the_batch();
    std::cout << "y_hat for the batch:\n" << at_run_time.trace.output() << '\n';
    print_number(std::cout << "dL/db2, mean of the batch: ", at_run_time.gradients.layer<1>().b[0])
        << '\n';
}
