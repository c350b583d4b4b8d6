// The README's first example: the Day 10 notebook's two-layer network, trained one step by the
// compiler, then by the same code at run time.
#include <ctnn/ctnn.hpp>
#include <ctnn/io/print.hpp>

#include <iostream>

using namespace ctnn;

using Net = Network<Dense<2, 2>, ReLU, Dense<2, 1>>;  // 2 inputs -> 2 ReLU -> 1 linear output

constexpr Net net{Dense<2, 2>{.W = {0.5, -0.4,  //
                                    0.3, 0.1}},
                  ReLU{}, Dense<2, 1>{.W = {0.6, -0.2}, .b = {0.1}}};
constexpr Vector<2> x{1.0, 2.0};
constexpr Vector<1> y{3.0};

constexpr Net one_step(Net n) {
    train_step(n, x, y, SquaredError{}, SGD{.learning_rate = 0.1});  // forward, backward, update
    return n;
}

constexpr Net trained = one_step(net);            // computed by the compiler
static_assert(trained.layer<1>().b[0] == 0.548);  // the notebook's b2_new, to the last bit
static_assert(is_close(trained.layer<0>().W(0, 0), 0.7688, 1e-12));

int main() {
    const Net at_run_time = one_step(net);  // the same code, run by the program
    std::cout << "W1_new:\n" << at_run_time.layer<0>().W << '\n';
    print_number(std::cout << "b2_new: ", at_run_time.layer<1>().b[0]) << '\n';
}
