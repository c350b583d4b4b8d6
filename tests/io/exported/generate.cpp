/// Exports two small networks with seeded weights, a few inputs and the predictions computed
/// for them at run time, as the C++ headers `tiny_float.hpp` and `tiny_double.hpp` in the
/// directory given as the argument; `check.cpp` includes them and compares.
#include <ctnn/io/export.hpp>
#include <ctnn/training/initialise.hpp>
#include <ctnn/training/random.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

/// Writes `network`, `inputs` and the network's predictions for them as `<name>.hpp`.
template <class Net, class Input>
void export_example(const std::filesystem::path& directory, const char* name, const Net& network,
                    const std::vector<Input>& inputs) {
    std::vector<typename Net::output_type> predictions;
    for (const auto& x : inputs) predictions.push_back(network.predict(x));
    std::ofstream out(directory / (std::string(name) + ".hpp"));
    ctnn::export_header(out, network, "network", name);
    ctnn::export_vectors(out, "inputs", inputs, name);
    ctnn::export_vectors(out, "predictions", predictions, name);
    if (!out) throw std::runtime_error(std::string("cannot write ") + name + ".hpp");
}

/// Inputs drawn uniformly from [-2, 2), the first element of the first one -0 and of the second
/// one the smallest subnormal.
template <std::size_t N, class T>
std::vector<ctnn::Vector<N, T>> inputs(std::size_t count, std::uint64_t seed) {
    ctnn::Pcg32 rng{seed};
    std::vector<ctnn::Vector<N, T>> xs(count);
    for (auto& x : xs) {
        for (auto& element : x.elements) element = ctnn::uniform<T>(rng, T(-2), T(2));
    }
    xs[0][0] = T(-0.0);
    xs[1][0] = std::numeric_limits<T>::denorm_min();
    return xs;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: " << argv[0] << " <output directory>\n";
        return EXIT_FAILURE;
    }
    const std::filesystem::path directory = argv[1];

    // W1(0, 1) is -0 and W1(1, 2) the smallest subnormal: check.cpp reads both back.
    ctnn::Network<ctnn::Dense<3, 4, float>, ctnn::Tanh, ctnn::Dense<4, 2, float>, ctnn::Softmax>
        tiny_float;
    ctnn::initialise(tiny_float, ctnn::GlorotUniform{}, 2024);
    tiny_float.layer<0>().W(0, 1) = -0.0f;
    tiny_float.layer<0>().W(1, 2) = std::numeric_limits<float>::denorm_min();
    tiny_float.layer<0>().b = {0.25f, -0.5f, 0.0f, -0.0f};
    export_example(directory, "tiny_float", tiny_float, inputs<3, float>(4, 7));

    // A LeakyReLU slope that no decimal literal of few digits holds exactly, and a Softmax
    // that stands alone (the network gives it a Pass layer).
    ctnn::Network<ctnn::Dense<2, 3>, ctnn::LeakyReLU, ctnn::Dense<3, 3>, ctnn::Sigmoid,
                  ctnn::Softmax>
        tiny_double{ctnn::Dense<2, 3>{}, ctnn::LeakyReLU{0.1}, ctnn::Dense<3, 3>{}, ctnn::Sigmoid{},
                    ctnn::Softmax{}};
    ctnn::initialise(tiny_double, ctnn::HeNormal{}, 2025);
    tiny_double.layer<0>().b = {0.125, -0.0, 1e-310};
    export_example(directory, "tiny_double", tiny_double, inputs<2, double>(3, 8));
    return EXIT_SUCCESS;
}
