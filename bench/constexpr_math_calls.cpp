// CALLS calls of ctnn::FUNCTION in one constant evaluation, on arguments spread over
// [START, START + 6) as a training run's are (each a step of 0.0372917 past the last, wrapping
// around): measured by constexpr_cost.sh, divided by CALLS for the cost of one call.
//   bench/constexpr_cost.sh bench/constexpr_math_calls.cpp -DFUNCTION=tanh -DSTART=-3
#include <ctnn/math/exp.hpp>
#include <ctnn/math/expm1.hpp>
#include <ctnn/math/log.hpp>
#include <ctnn/math/log1p.hpp>
#include <ctnn/math/sqrt.hpp>
#include <ctnn/math/tanh.hpp>

#ifndef CALLS
#define CALLS 200
#endif

constexpr double sum_of_calls() {
    double sum = 0.0;
    double x = START;
    for (int i = 0; i < CALLS; ++i) {
        sum = sum + ctnn::FUNCTION(x);
        x = x + 0.0372917;
        if (x >= START + 6.0) x = x - 6.0;
    }
    return sum;
}

constexpr double sum = sum_of_calls();

int main() { return sum > 0.0 ? 0 : 1; }
