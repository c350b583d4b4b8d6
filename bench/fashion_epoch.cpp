// ctnn's side of bench/fashion_epoch.sh: the wall time of training epochs of a 784-128-10
// network (ReLU, softmax cross-entropy, SGD, float32, He-normal weights, zero biases) on the
// 60,000 Fashion-MNIST training images, on one thread unless --threads says more (ctnn::Threads:
// the same results), then the accuracy on the 10,000 test images.
// Only the training is timed (`fit`: shuffling, batching, forward, backward, update, and the
// loss of every example, which `fit` records), not loading the data or the evaluation.
//
//   fashion_epoch [--batch 64] [--epochs 1] [--learning-rate 0.1] [--seed 42] [--threads 1]
//                 [--data DIR]
//
// The batch size is a compile-time constant in ctnn; this program is built for the sizes below.
#include <ctnn/ctnn.hpp>
#include <ctnn/io/fashion_mnist.hpp>
#include <ctnn/training/threads.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

namespace {

using Classifier =
    ctnn::Network<ctnn::Dense<784, 128, float>, ctnn::ReLU, ctnn::Dense<128, 10, float>>;

struct Options {
    std::size_t batch = 64;
    std::size_t epochs = 1;
    double learning_rate = 0.1;
    std::uint64_t seed = 42;
    std::size_t threads = 1;
    std::filesystem::path data = ctnn::fashion_mnist_directory;
};

Options parse(int argc, char** argv) {
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string_view flag = argv[i];
        if (i + 1 == argc) throw std::invalid_argument(std::string(flag) + " needs a value");
        const std::string value = argv[++i];
        if (flag == "--batch") {
            options.batch = std::stoul(value);
        } else if (flag == "--epochs") {
            options.epochs = std::stoul(value);
        } else if (flag == "--learning-rate") {
            options.learning_rate = std::stod(value);
        } else if (flag == "--seed") {
            options.seed = std::stoull(value);
        } else if (flag == "--threads") {
            options.threads = std::stoul(value);
        } else if (flag == "--data") {
            options.data = value;
        } else {
            throw std::invalid_argument("unknown option " + std::string(flag));
        }
    }
    return options;
}

/// Trains with batches of BatchSize; returns the seconds spent in `fit`.
template <std::size_t BatchSize>
double train(Classifier& network, const ctnn::FashionMnist<float>& data, const Options& options) {
    const auto start = std::chrono::steady_clock::now();
    ctnn::fit<BatchSize>(network, data.train_images, data.train_labels, ctnn::SoftmaxCrossEntropy{},
                         ctnn::SGD{.learning_rate = options.learning_rate},
                         {.epochs = options.epochs, .seed = options.seed});
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

template <std::size_t... BatchSizes>
double train_with_batch(std::size_t batch, Classifier& network,
                        const ctnn::FashionMnist<float>& data, const Options& options) {
    double seconds = -1.0;
    ((batch == BatchSizes ? (seconds = train<BatchSizes>(network, data, options), 0) : 0), ...);
    if (seconds < 0.0) {
        throw std::invalid_argument("--batch " + std::to_string(batch) +
                                    ": this program is built for batches of 1, 16, 32, 64, "
                                    "128 and 256");
    }
    return seconds;
}

/// The widest vector instructions this program was compiled for.
constexpr const char* vector_instructions() {
#if defined(__AVX512F__)
    return "avx512";
#elif defined(__AVX2__) && defined(__FMA__)
    return "avx2+fma";
#elif defined(__AVX2__)
    return "avx2";
#elif defined(__AVX__)
    return "avx";
#else
    return "sse2";
#endif
}

}  // namespace

int main(int argc, char** argv) try {
    const Options options = parse(argc, argv);
    const auto data = ctnn::load_fashion_mnist<float>(options.data);
    auto network = std::make_unique<Classifier>();
    ctnn::initialise(*network, ctnn::HeNormal{}, options.seed);
    const ctnn::Threads threads(options.threads);
    const double seconds =
        train_with_batch<1, 16, 32, 64, 128, 256>(options.batch, *network, data, options);
    const double test_accuracy = ctnn::accuracy(*network, data.test_images, data.test_labels);
    std::printf("build compiler=%s vector=%s\n",
#ifdef __clang__
                "clang++-" __clang_version__,
#else
                "g++-" __VERSION__,
#endif
                vector_instructions());
    std::printf("result framework=ctnn seconds=%.4f test_accuracy=%.4f\n",
                seconds / double(options.epochs), test_accuracy);
    return EXIT_SUCCESS;
} catch (const std::exception& error) {
    std::fprintf(stderr, "fashion_epoch: %s\n", error.what());
    return EXIT_FAILURE;
}
