// Hand-written Eigen reference for bench/fashion_epoch.sh: the wall time of one training epoch
// of a 784-128-10 MLP (ReLU hidden, linear output, softmax cross-entropy averaged over the
// batch, plain SGD), forward and backward written out with Eigen 3 matrices, on the 60,000
// Fashion-MNIST training images in shuffled order, float32 throughout, then the accuracy on the
// 10,000 test images. The same steps as bench/epoch_numpy.py, with Eigen's own matrix products
// (built with -O3 -march=native, so they use AVX2 and fused multiply-adds), or, built with
// EIGEN_USE_BLAS as fashion_epoch_eigen_blas, with the large products handed to OpenBLAS.
//
// Weights are He-normal, N(0, 2 / fan_in), in both layers; biases are zero. Only the epoch is
// timed: the shuffle, gathering each batch, forward, backward and the SGD step. Loading the
// data (with ctnn's loader) and the test evaluation are not. The loss value itself is never
// computed: training needs only its gradient.
//
//   fashion_epoch_eigen [--batch 64] [--learning-rate 0.1] [--seed 42] [--data DIR]
#include <ctnn/io/fashion_mnist.hpp>

#include <Eigen/Dense>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <numeric>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#ifdef EIGEN_USE_BLAS
extern "C" char* openblas_get_corename(void);  // OpenBLAS's kernel for this CPU (cblas.h)
#endif

namespace {

using Matrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using RowVector = Eigen::RowVectorXf;

struct Options {
    Eigen::Index batch = 64;
    float learning_rate = 0.1f;
    unsigned seed = 42;
    std::filesystem::path data = ctnn::fashion_mnist_directory;
};

Options parse(int argc, char** argv) {
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string_view flag = argv[i];
        if (i + 1 == argc) throw std::invalid_argument(std::string(flag) + " needs a value");
        const std::string value = argv[++i];
        if (flag == "--batch") {
            options.batch = std::stol(value);
            if (options.batch < 1) throw std::invalid_argument("--batch takes a number >= 1");
        } else if (flag == "--learning-rate") {
            options.learning_rate = std::stof(value);
        } else if (flag == "--seed") {
            options.seed = static_cast<unsigned>(std::stoul(value));
        } else if (flag == "--data") {
            options.data = value;
        } else {
            throw std::invalid_argument("unknown option " + std::string(flag));
        }
    }
    return options;
}

/// A data set as one image per row, and each image's class.
struct Examples {
    Matrix images;
    std::vector<Eigen::Index> labels;
};

template <class Images, class Labels>
Examples examples(const Images& images, const Labels& one_hot) {
    Examples set{Matrix(static_cast<Eigen::Index>(images.size()), 784), {}};
    for (std::size_t i = 0; i < images.size(); ++i) {
        for (Eigen::Index j = 0; j < 784; ++j) set.images(Eigen::Index(i), j) = images[i][j];
        const auto& y = one_hot[i].elements;
        set.labels.push_back(std::max_element(std::begin(y), std::end(y)) - std::begin(y));
    }
    return set;
}

struct Parameters {
    Matrix W1, W2;
    RowVector b1 = RowVector::Zero(128), b2 = RowVector::Zero(10);
};

Matrix he_normal(std::mt19937& rng, Eigen::Index fan_in, Eigen::Index fan_out) {
    std::normal_distribution<float> normal(0.0f, std::sqrt(2.0f / float(fan_in)));
    Matrix W(fan_in, fan_out);
    for (Eigen::Index i = 0; i < W.size(); ++i) W.data()[i] = normal(rng);
    return W;
}

/// The buffers of one batch, allocated once.
struct Workspace {
    Matrix X, Z1, A1, Z2, dZ2, dZ1, dW1, dW2;
};

/// One SGD step on the batch in `w.X` with classes `labels`, in place.
void train_step(Parameters& p, Workspace& w, const Eigen::Index* labels, float learning_rate) {
    const Eigen::Index rows = w.X.rows();
    w.Z1.noalias() = w.X * p.W1;
    w.Z1.rowwise() += p.b1;
    w.A1 = w.Z1.cwiseMax(0.0f);
    w.Z2.noalias() = w.A1 * p.W2;
    w.Z2.rowwise() += p.b2;
    // dL/dz2 = (softmax(z2) - onehot(y)) / rows, softmax shifted by the row maximum.
    w.dZ2 = (w.Z2.colwise() - w.Z2.rowwise().maxCoeff()).array().exp().matrix();
    w.dZ2.array().colwise() /= w.dZ2.rowwise().sum().array();
    for (Eigen::Index m = 0; m < rows; ++m) w.dZ2(m, labels[m]) -= 1.0f;
    w.dZ2 /= float(rows);
    w.dW2.noalias() = w.A1.transpose() * w.dZ2;
    const RowVector db2 = w.dZ2.colwise().sum();
    w.dZ1.noalias() = w.dZ2 * p.W2.transpose();
    w.dZ1.array() *= (w.Z1.array() > 0.0f).cast<float>();
    w.dW1.noalias() = w.X.transpose() * w.dZ1;
    const RowVector db1 = w.dZ1.colwise().sum();
    p.W1 -= learning_rate * w.dW1;
    p.b1 -= learning_rate * db1;
    p.W2 -= learning_rate * w.dW2;
    p.b2 -= learning_rate * db2;
}

double accuracy(const Parameters& p, const Examples& test) {
    const Matrix A1 = ((test.images * p.W1).rowwise() + p.b1).cwiseMax(0.0f);
    const Matrix Z2 = (A1 * p.W2).rowwise() + p.b2;
    std::size_t right = 0;
    for (Eigen::Index m = 0; m < Z2.rows(); ++m) {
        Eigen::Index predicted = 0;
        Z2.row(m).maxCoeff(&predicted);
        right += predicted == test.labels[std::size_t(m)] ? 1 : 0;
    }
    return double(right) / double(Z2.rows());
}

}  // namespace

int main(int argc, char** argv) try {
    const Options options = parse(argc, argv);
    const auto data = ctnn::load_fashion_mnist<float>(options.data);
    const Examples train = examples(data.train_images, data.train_labels);
    const Examples test = examples(data.test_images, data.test_labels);
    std::mt19937 rng(options.seed);
    Parameters p{he_normal(rng, 784, 128), he_normal(rng, 128, 10)};

    const auto start = std::chrono::steady_clock::now();
    std::vector<Eigen::Index> order(train.labels.size());
    std::iota(order.begin(), order.end(), Eigen::Index{0});
    std::shuffle(order.begin(), order.end(), rng);
    Workspace w;
    std::vector<Eigen::Index> labels;
    for (std::size_t first = 0; first < order.size(); first += std::size_t(options.batch)) {
        const std::size_t rows = std::min(order.size() - first, std::size_t(options.batch));
        w.X.resize(Eigen::Index(rows), 784);
        labels.clear();
        for (std::size_t m = 0; m < rows; ++m) {
            w.X.row(Eigen::Index(m)) = train.images.row(order[first + m]);
            labels.push_back(train.labels[std::size_t(order[first + m])]);
        }
        train_step(p, w, labels.data(), options.learning_rate);
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

#ifdef EIGEN_USE_BLAS
    std::printf("build openblas_core=%s\n", openblas_get_corename());
    const char* framework = "eigen+openblas";
#else
    const char* framework = "eigen";
#endif
    std::printf("result framework=%s seconds=%.4f test_accuracy=%.4f\n", framework, seconds,
                accuracy(p, test));
    return EXIT_SUCCESS;
} catch (const std::exception& error) {
    std::fprintf(stderr, "fashion_epoch_eigen: %s\n", error.what());
    return EXIT_FAILURE;
}
