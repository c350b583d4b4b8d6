// The Iris flowers classified by a network the compiler trains: 4 measurements -> 8 ReLU ->
// 3 species, softmax cross-entropy, 120 flowers to learn from and 30 held out to test on.
// Everything below `constexpr` is computed while this file compiles; the static_assert fails
// the build if the held-out accuracy is below 93%.
#include "data/iris.hpp"

#include <ctnn/ctnn.hpp>
#include <ctnn/io/print.hpp>

#include <iostream>

using namespace ctnn;

using Classifier = Network<Dense<4, 8>, ReLU, Dense<8, 3>>;  // outputs are logits

/// The data set, split (every fifth flower held out: 10 of each species) and standardised
/// (each measurement shifted and scaled to mean 0 and variance 1 over the training flowers).
struct IrisSplit {
    Vector<4> train_x[120];
    Vector<3> train_y[120];  // one-hot species
    Vector<4> test_x[30];
    Vector<3> test_y[30];
};

constexpr IrisSplit split_and_standardise() {
    IrisSplit data{};
    int train = 0, test = 0;
    for (int i = 0; i < iris::sample_count; ++i) {
        Vector<4> x;
        for (int f = 0; f < 4; ++f) x[f] = iris::samples[i].features[f];
        Vector<3> y;
        y[iris::samples[i].species] = 1.0;
        if (i % 5 == 4) {
            data.test_x[test] = x;
            data.test_y[test++] = y;
        } else {
            data.train_x[train] = x;
            data.train_y[train++] = y;
        }
    }
    for (int f = 0; f < 4; ++f) {
        double mean = 0.0, variance = 0.0;
        for (const auto& x : data.train_x) mean += x[f] / 120.0;
        for (const auto& x : data.train_x) variance += (x[f] - mean) * (x[f] - mean) / 120.0;
        const double deviation = ctnn::sqrt(variance);
        for (auto& x : data.train_x) x[f] = (x[f] - mean) / deviation;
        for (auto& x : data.test_x) x[f] = (x[f] - mean) / deviation;
    }
    return data;
}

constexpr IrisSplit data = split_and_standardise();
constexpr std::uint64_t seed = 0;
constexpr std::size_t epochs = 20;

constexpr Classifier train() {
    Classifier network;
    initialise(network, GlorotUniform{}, seed);
    fit(network, data.train_x, data.train_y, SoftmaxCrossEntropy{}, SGD{.learning_rate = 0.1},
        {.epochs = epochs, .seed = seed});
    return network;
}

constexpr Classifier trained = train();
constexpr double test_accuracy = accuracy(trained, data.test_x, data.test_y);
constexpr double train_accuracy = accuracy(trained, data.train_x, data.train_y);

static_assert(test_accuracy >= 0.93,
              "the compiler-trained network classifies >= 93% of the "
              "held-out flowers");

int main() {
    std::cout << "Iris, trained by the compiler (" << epochs << " epochs, seed " << seed << "):\n";
    print_number(std::cout << "accuracy on the 120 training flowers: ", train_accuracy) << '\n';
    print_number(std::cout << "accuracy on the 30 held-out flowers:  ", test_accuracy) << '\n';
    // Using the trained network costs nothing at run time but the prediction itself.
    const Vector<3> logits = trained.predict(data.test_x[0]);
    std::cout << "first held-out flower (" << iris::species_names[argmax(data.test_y[0])]
              << "): predicted " << iris::species_names[argmax(logits)] << '\n';
}
