// XOR learned by the compiler: a 2-4-1 network, initialised from a seed, trained for 200 epochs
// inside a constexpr function. The program only prints what the compiler computed, then shows
// that training at run time gives the same weights to the last bit.
#include "xor.hpp"

#include <ctnn/io/print.hpp>
#include <ctnn/testing/bits.hpp>

#include <iostream>

using namespace xor_example;

constexpr std::uint64_t seed = 2;
constexpr std::size_t epochs = 200;

constexpr auto trained = train(seed, epochs);  // the whole training run, at compile time

static_assert(classifies_xor(trained, 0.4), "every XOR input is classified, each within 0.1");

int main(int argc, char**) {
    std::cout << "XOR, trained by the compiler (" << epochs << " epochs, seed " << seed << "):\n";
    for (std::size_t i = 0; i < 4; ++i) {
        std::cout << inputs[i] << " -> ";
        print_number(std::cout, trained.predict(inputs[i])[0]) << '\n';
    }

    // The same training at run time; argc keeps the optimiser from computing it in advance.
    const auto at_run_time = train(seed + static_cast<std::uint64_t>(argc - 1), epochs);
    const bool same = testing::same_bits(at_run_time.layer<0>().W, trained.layer<0>().W) &&
                      testing::same_bits(at_run_time.layer<0>().b, trained.layer<0>().b) &&
                      testing::same_bits(at_run_time.layer<1>().W, trained.layer<1>().W) &&
                      testing::same_bits(at_run_time.layer<1>().b, trained.layer<1>().b);
    std::cout << "training at run time gives " << (same ? "the same" : "DIFFERENT")
              << " weights, bit for bit\n";
    return same ? 0 : 1;
}
