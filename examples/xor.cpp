// XOR learned by the compiler: a 2-4-1 network, initialised from a seed, trained for 200 epochs
// inside a constexpr function. The program prints what the compiler computed, shows that
// training at run time gives the same weights to the last bit, and writes the run's loss per
// epoch to xor_loss.csv (docs/loss-curves.md turns it into a plot).
#include "xor.hpp"

#include <ctnn/io/print.hpp>
#include <ctnn/testing/bits.hpp>

#include <fstream>
#include <iostream>

using namespace xor_example;

constexpr std::uint64_t seed = 2;
constexpr std::size_t epochs = 200;

constexpr auto trained = train(seed, epochs);  // the whole training run, at compile time

static_assert(classifies_xor(trained, 0.4), "every XOR input is classified, each within 0.1");

int main() {
    std::cout << "XOR, trained by the compiler (" << epochs << " epochs, seed " << seed << "):\n";
    for (std::size_t i = 0; i < 4; ++i) {
        std::cout << inputs[i] << " -> ";
        print_number(std::cout, trained.predict(inputs[i])[0]) << '\n';
    }

    // The same training at run time, from a seed the optimiser cannot see in advance.
    const volatile std::uint64_t run_time_seed = seed;
    const auto run = train_with_history(run_time_seed, epochs);
    const auto& at_run_time = run.network;
    const bool same = testing::same_bits(at_run_time.layer<0>().W, trained.layer<0>().W) &&
                      testing::same_bits(at_run_time.layer<0>().b, trained.layer<0>().b) &&
                      testing::same_bits(at_run_time.layer<1>().W, trained.layer<1>().W) &&
                      testing::same_bits(at_run_time.layer<1>().b, trained.layer<1>().b);
    std::cout << "training at run time gives " << (same ? "the same" : "DIFFERENT")
              << " weights, bit for bit\n";

    std::ofstream csv("xor_loss.csv");
    csv << "epoch,loss\n";
    for (std::size_t epoch = 0; epoch < run.loss_per_epoch.size(); ++epoch) {
        print_number(csv << epoch + 1 << ',', run.loss_per_epoch[epoch]) << '\n';
    }
    if (!csv) {
        std::cerr << "xor: cannot write xor_loss.csv\n";
        return 1;
    }
    std::cout << "loss per epoch written to xor_loss.csv\n";
    return same ? 0 : 1;
}
