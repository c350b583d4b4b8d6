// Fashion-MNIST: a 784-128-10 classifier of clothes, trained at run time in mini-batches of 64
// (momentum, cosine learning-rate decay) by the same constexpr code that trains networks inside
// the compiler. Ten epochs reach about 88.5% test accuracy.
//
//   fashion_mnist [--epochs N] [--limit N] [--data DIR] [--weights FILE] [--seed S]
//                 [--threads N] [--require-accuracy A]
//
// Reads the data set from Debian's dataset-fashion-mnist package (or --data DIR), prints a
// progress bar while an epoch runs (on a terminal) and one line per epoch, then saves the
// trained weights (--weights, default fashion_mnist.weights). --limit trains on the first N
// training images only; --threads shares the batch products among N threads, with the same
// results; --require-accuracy makes the program fail below that test accuracy.
#include <ctnn/ctnn.hpp>
#include <ctnn/io/fashion_mnist.hpp>
#include <ctnn/io/weights.hpp>
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
#include <unistd.h>

namespace {

using Classifier =
    ctnn::Network<ctnn::Dense<784, 128, float>, ctnn::ReLU, ctnn::Dense<128, 10, float>>;
constexpr std::size_t batch_size = 64;

struct Options {
    std::size_t epochs = 10;
    std::size_t limit = 0;  // 0: every training image
    std::filesystem::path data = ctnn::fashion_mnist_directory;
    std::filesystem::path weights = "fashion_mnist.weights";
    std::uint64_t seed = 1;
    std::size_t threads = 1;
    double required_accuracy = 0.0;
};

constexpr const char* usage =
    "usage: fashion_mnist [--epochs N] [--limit N] [--data DIR] [--weights FILE] [--seed S]\n"
    "                     [--threads N] [--require-accuracy A]\n";

/// The whole number after `flag`, or an error that names the flag.
std::uint64_t whole_number(std::string_view flag, const std::string& value) {
    std::size_t used = 0;
    try {
        const std::uint64_t number = std::stoull(value, &used);
        if (used == value.size() && value.front() != '-') return number;
    } catch (const std::logic_error&) {
    }
    throw std::invalid_argument(std::string(flag) + " takes a whole number, not \"" + value + '"');
}

/// The number after `flag`, or an error that names the flag.
double decimal_number(std::string_view flag, const std::string& value) {
    std::size_t used = 0;
    try {
        const double number = std::stod(value, &used);
        if (used == value.size()) return number;
    } catch (const std::logic_error&) {
    }
    throw std::invalid_argument(std::string(flag) + " takes a number, not \"" + value + '"');
}

Options parse(int argc, char** argv) {
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string_view flag = argv[i];
        if (flag == "--help") {
            std::fputs(usage, stdout);
            std::exit(EXIT_SUCCESS);
        }
        if (i + 1 == argc) throw std::invalid_argument(std::string(flag) + " needs a value");
        const std::string value = argv[++i];
        if (flag == "--epochs") {
            options.epochs = whole_number(flag, value);
        } else if (flag == "--limit") {
            options.limit = whole_number(flag, value);
        } else if (flag == "--data") {
            options.data = value;
        } else if (flag == "--weights") {
            options.weights = value;
        } else if (flag == "--seed") {
            options.seed = whole_number(flag, value);
        } else if (flag == "--threads") {
            options.threads = whole_number(flag, value);
        } else if (flag == "--require-accuracy") {
            options.required_accuracy = decimal_number(flag, value);
        } else {
            throw std::invalid_argument("unknown option " + std::string(flag) + "\n" + usage);
        }
    }
    return options;
}

/// `[#########...........]  45%  loss 0.4321`, redrawn in place.
void draw_progress(const ctnn::FitProgress<float>& progress) {
    constexpr std::size_t width = 30;
    const std::size_t filled = width * progress.examples_done / progress.example_count;
    std::printf("\r  [%s%s] %3zu%%  loss %.4f", std::string(filled, '#').c_str(),
                std::string(width - filled, '.').c_str(),
                100 * progress.examples_done / progress.example_count, double(progress.loss));
    std::fflush(stdout);
}

int run(const Options& options) {
    std::printf("Reading Fashion-MNIST from %s\n", options.data.c_str());
    auto data = ctnn::load_fashion_mnist<float>(options.data);
    if (options.limit != 0 && options.limit < data.train_images.size()) {
        data.train_images.resize(options.limit);
        data.train_labels.resize(options.limit);
    }
    std::printf("%zu training and %zu test images; network 784-128-10, batches of %zu\n",
                data.train_images.size(), data.test_images.size(), batch_size);

    // 100,000 weights: on the heap, not on the stack.
    auto network = std::make_unique<Classifier>();
    ctnn::initialise(*network, ctnn::HeNormal{}, options.seed);

    const bool on_terminal = isatty(STDOUT_FILENO) != 0;
    double test_accuracy = 0.0;
    using Clock = std::chrono::steady_clock;
    auto epoch_start = Clock::now();
    auto report = [&](const ctnn::FitProgress<float>& progress) {
        if (on_terminal) draw_progress(progress);
        if (progress.examples_done < progress.example_count) return;
        const double seconds = std::chrono::duration<double>(Clock::now() - epoch_start).count();
        const double train_accuracy =
            ctnn::accuracy(*network, data.train_images, data.train_labels);
        test_accuracy = ctnn::accuracy(*network, data.test_images, data.test_labels);
        std::printf("%sepoch %2zu  loss %.4f  train %.2f%%  test %.2f%%  %.2f s  %.0f samples/s\n",
                    on_terminal ? "\r\033[K" : "", progress.epoch + 1, double(progress.loss),
                    100 * train_accuracy, 100 * test_accuracy, seconds,
                    double(progress.example_count) / seconds);
        std::fflush(stdout);
        epoch_start = Clock::now();
    };
    const ctnn::Threads threads(options.threads);
    // Momentum, its learning rate falling from 0.05 towards 0 along a half cosine over the run.
    ctnn::fit<batch_size>(*network, data.train_images, data.train_labels,
                          ctnn::SoftmaxCrossEntropy{},
                          ctnn::Momentum{.learning_rate = 0.05, .momentum = 0.9},
                          {.epochs = options.epochs, .seed = options.seed},
                          ctnn::CosineDecay{.period = options.epochs}, report);

    ctnn::save_weights(options.weights, *network);
    std::printf("Saved the weights to %s\n", options.weights.c_str());
    if (test_accuracy < options.required_accuracy) {
        std::fprintf(stderr, "Test accuracy %.2f%% is below the required %.2f%%\n",
                     100 * test_accuracy, 100 * options.required_accuracy);
        return EXIT_FAILURE;
    }
    return EXIT_SUCCESS;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(parse(argc, argv));
    } catch (const std::exception& error) {
        std::fprintf(stderr, "fashion_mnist: %s\n", error.what());
        return EXIT_FAILURE;
    }
}
