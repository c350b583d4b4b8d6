// The math alone of STEPS sample-steps of compile_time_xor.cpp's 2-4-1 network, evaluated by the
// compiler: per step 4 tanh (the hidden layer), 1 exp (the sigmoid output), log and log1p (binary
// cross-entropy), on arguments that change from step to step. compile_time_training.sh compiles
// it to show how much of compile-time training is the math's: a floor no restructuring of the
// training loop can go below.
#include <ctnn/math/exp.hpp>
#include <ctnn/math/log.hpp>
#include <ctnn/math/log1p.hpp>
#include <ctnn/math/tanh.hpp>

#ifndef STEPS
#define STEPS 8000
#endif

constexpr double math_of_training() {
    double sum = 0.0;
    double x = 0.1;
    for (int step = 0; step < STEPS; ++step) {
        x = x + 1e-4;
        for (int hidden = 0; hidden < 4; ++hidden) sum = sum + ctnn::tanh(x + hidden * 0.25);
        const double e = ctnn::exp(-x);
        sum = sum + ctnn::log(e) + ctnn::log1p(-0.5 * e);
    }
    return sum;
}

constexpr double sum = math_of_training();

int main() { return sum > 0.0 ? 0 : 1; }
