/// Trains the Fashion-MNIST classifier of examples/fashion_mnist.cpp briefly (one epoch on the
/// first 10,000 training images) and exports it as the C++ header `fashion.hpp`, in the
/// directory given as the argument, with the first test images, their labels, and the
/// predictions computed for them at run time; `check.cpp` includes it.
#include <ctnn/ctnn.hpp>
#include <ctnn/io/export.hpp>
#include <ctnn/io/fashion_mnist.hpp>

#include <cstddef>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <vector>

using Classifier =
    ctnn::Network<ctnn::Dense<784, 128, float>, ctnn::ReLU, ctnn::Dense<128, 10, float>>;

int main(int argc, char** argv) try {
    if (argc != 2) {
        std::cerr << "usage: " << argv[0] << " <output directory>\n";
        return EXIT_FAILURE;
    }
    auto data = ctnn::load_fashion_mnist<float>();
    data.train_images.resize(10000);
    data.train_labels.resize(10000);
    auto network = std::make_unique<Classifier>();
    ctnn::initialise(*network, ctnn::HeNormal{}, 1);
    ctnn::fit<64>(*network, data.train_images, data.train_labels, ctnn::SoftmaxCrossEntropy{},
                  ctnn::SGD{.learning_rate = 0.1}, {.epochs = 1, .seed = 1});

    constexpr std::size_t count = 8;
    const std::vector images(data.test_images.begin(), data.test_images.begin() + count);
    const std::vector labels(data.test_labels.begin(), data.test_labels.begin() + count);
    std::vector<Classifier::output_type> predictions;
    for (const auto& x : images) predictions.push_back(network->predict(x));

    std::ofstream out(std::filesystem::path(argv[1]) / "fashion.hpp");
    ctnn::export_header(out, *network, "network", "fashion");
    ctnn::export_vectors(out, "images", images, "fashion");
    ctnn::export_vectors(out, "labels", labels, "fashion");
    ctnn::export_vectors(out, "predictions", predictions, "fashion");
    if (!out) throw std::runtime_error("cannot write fashion.hpp");
    return EXIT_SUCCESS;
} catch (const std::exception& error) {
    std::cerr << "generate: " << error.what() << '\n';
    return EXIT_FAILURE;
}
