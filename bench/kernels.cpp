// Google Benchmark programs for ctnn's run-time kernels: the three batch products of the
// Fashion-MNIST network's first layer, one register block, the products of other layer shapes
// and of the first layer on one and two threads, a batch of one's step on the first layer with
// and without the next forward pass in the same sweep, the network's batch forward and backward
// passes and update, and one training step of the notebook's 2-2-1 network against the same
// step written by hand.
//
//   cmake --build build/gcc --target ctnn_bench_kernels && build/gcc/bench/ctnn_bench_kernels
#include <ctnn/ctnn.hpp>
#include <ctnn/training/threads.hpp>

#include <benchmark/benchmark.h>
#include <cstddef>
#include <memory>

namespace {

using namespace ctnn;

constexpr std::size_t B = 64, In = 784, Hidden = 128, Classes = 10;
using Classifier = Network<Dense<In, Hidden, float>, ReLU, Dense<Hidden, Classes, float>>;

template <class Tensor>
void fill(Tensor& tensor, std::uint64_t seed) {
    Pcg32 rng(seed);
    for (auto& element : tensor.elements) element = uniform<float>(rng, -1.0f, 1.0f);
}

/// Floating-point operations per second, counting a multiply and an add as two.
void count_flops(benchmark::State& state, double flops_per_iteration) {
    state.counters["FLOP/s"] = benchmark::Counter(flops_per_iteration * double(state.iterations()),
                                                  benchmark::Counter::kIsRate);
}

void product_XW(benchmark::State& state) {
    auto X = std::make_unique<Matrix<B, In, float>>();
    auto W = std::make_unique<Matrix<In, Hidden, float>>();
    auto Z = std::make_unique<Matrix<B, Hidden, float>>();
    fill(*X, 1);
    fill(*W, 2);
    for (auto _ : state) {
        product(*X, *W, *Z);
        benchmark::DoNotOptimize(Z->elements);
        benchmark::ClobberMemory();
    }
    count_flops(state, 2.0 * B * In * Hidden);
}
BENCHMARK(product_XW);

void transpose_product_XtdZ(benchmark::State& state) {
    auto X = std::make_unique<Matrix<B, In, float>>();
    auto dZ = std::make_unique<Matrix<B, Hidden, float>>();
    auto dW = std::make_unique<Matrix<In, Hidden, float>>();
    fill(*X, 1);
    fill(*dZ, 3);
    for (auto _ : state) {
        transpose_product(*X, *dZ, *dW);
        benchmark::DoNotOptimize(dW->elements);
        benchmark::ClobberMemory();
    }
    count_flops(state, 2.0 * B * In * Hidden);
}
BENCHMARK(transpose_product_XtdZ);

void product_transpose_dZWt(benchmark::State& state) {
    auto dZ = std::make_unique<Matrix<B, Classes, float>>();
    auto W = std::make_unique<Matrix<Hidden, Classes, float>>();
    auto dX = std::make_unique<Matrix<B, Hidden, float>>();
    fill(*dZ, 4);
    fill(*W, 5);
    for (auto _ : state) {
        product_transpose(*dZ, *W, *dX);
        benchmark::DoNotOptimize(dX->elements);
        benchmark::ClobberMemory();
    }
    count_flops(state, 2.0 * B * Hidden * Classes);
}
BENCHMARK(product_transpose_dZWt);

/// One register block of the products alone, 6 rows by 16 floats of C over 128 products each,
/// with everything it reads in the L1 cache: the ceiling of the kernels above (with AVX this
/// is the block they use, computed in vector registers).
void register_block_in_l1(benchmark::State& state) {
    constexpr std::size_t rows = 6, width = 16, depth = 128;
    using Layout = detail::ProductLayout<rows, width, depth, 1, width, 1>;
    Matrix<rows, depth, float> A;
    Matrix<depth, width, float> panel;
    Matrix<rows, width, float> C;
    fill(A, 6);
    fill(panel, 7);
    for (auto _ : state) {
        detail::product_block<Layout, rows, width>(A.elements, panel.elements, C.elements, depth,
                                                   false);
        benchmark::DoNotOptimize(C.elements);
        benchmark::ClobberMemory();
    }
    count_flops(state, 2.0 * rows * width * depth);
}
BENCHMARK(register_block_in_l1);

/// A dense layer's two large products, `XW` and `X^T dZ`, for other shapes than the
/// Fashion-MNIST network's: Batch examples of In inputs, Out neurons.
template <std::size_t Batch, std::size_t In, std::size_t Out>
void layer_products(benchmark::State& state) {
    auto X = std::make_unique<Matrix<Batch, In, float>>();
    auto W = std::make_unique<Matrix<In, Out, float>>();
    auto Z = std::make_unique<Matrix<Batch, Out, float>>();
    auto dZ = std::make_unique<Matrix<Batch, Out, float>>();
    auto dW = std::make_unique<Matrix<In, Out, float>>();
    fill(*X, 1);
    fill(*W, 2);
    fill(*dZ, 3);
    for (auto _ : state) {
        product(*X, *W, *Z);
        transpose_product(*X, *dZ, *dW);
        benchmark::DoNotOptimize(Z->elements);
        benchmark::DoNotOptimize(dW->elements);
        benchmark::ClobberMemory();
    }
    count_flops(state, 4.0 * Batch * In * Out);
}
BENCHMARK(layer_products<64, 784, 256>);

/// The first layer's `XW` and `X^T dZ`, shared among `threads` threads (`ctnn::Threads`).
void first_layer_products(benchmark::State& state) {
    const Threads threads(static_cast<std::size_t>(state.range(0)));
    layer_products<B, In, Hidden>(state);
}
BENCHMARK(first_layer_products)->ArgName("threads")->Arg(1)->Arg(2)->UseRealTime();
BENCHMARK(layer_products<32, 512, 96>);
BENCHMARK(layer_products<128, 300, 100>);
BENCHMARK(layer_products<64, 256, 64>);
BENCHMARK(layer_products<64, 128, 10>);  // the Fashion-MNIST network's output layer
BENCHMARK(layer_products<100, 400, 200>);

/// A batch of one's SGD step on the first layer, then the next example's z: `descend` then
/// `forward` (fused:0), or `descend_then_forward`, which shares one pass over W (fused:1).
void first_layer_step_of_one(benchmark::State& state) {
    auto layer = std::make_unique<Dense<In, Hidden, float>>();
    Matrix<1, In, float> x, next_x;
    Matrix<1, Hidden, float> dL_dz, next_z;
    fill(layer->W, 1);
    fill(x, 2);
    fill(next_x, 3);
    fill(dL_dz, 4);
    SGD sgd{.learning_rate = 1e-6};
    benchmark::DoNotOptimize(sgd);  // a run-time value, as in training
    const bool fused = state.range(0) == 1;
    for (auto _ : state) {
        if (fused) {
            layer->descend_then_forward(x, dL_dz, sgd, next_x, next_z);
        } else {
            layer->descend(x, dL_dz, sgd);
            layer->forward(next_x, next_z);
        }
        benchmark::DoNotOptimize(next_z.elements);
        benchmark::ClobberMemory();
    }
    count_flops(state, 5.0 * In * Hidden);
}
BENCHMARK(first_layer_step_of_one)->ArgName("fused")->Arg(0)->Arg(1);

struct ClassifierBatch {
    Classifier network;
    Classifier::batch_trace_type<B> trace;
    Classifier::batch_gradients_type<B> gradients;
    Matrix<B, Classes, float> targets;

    ClassifierBatch() {
        initialise(network, HeNormal{}, 1);
        fill(trace.x, 2);
        for (std::size_t m = 0; m < B; ++m) targets(m, m % Classes) = 1.0f;
    }
};

void classifier_forward(benchmark::State& state) {
    auto batch = std::make_unique<ClassifierBatch>();
    for (auto _ : state) {
        batch->network.forward(batch->trace);
        benchmark::DoNotOptimize(batch->trace.output().elements);
    }
    state.SetItemsProcessed(std::int64_t(state.iterations()) * B);
}
BENCHMARK(classifier_forward);

void classifier_backward(benchmark::State& state) {
    auto batch = std::make_unique<ClassifierBatch>();
    batch->network.forward(batch->trace);
    for (auto _ : state) {
        batch->network.backward(batch->trace, batch->targets, SoftmaxCrossEntropy{},
                                batch->gradients);
        benchmark::DoNotOptimize(batch->gradients.layer<0>().W.elements);
    }
    state.SetItemsProcessed(std::int64_t(state.iterations()) * B);
}
BENCHMARK(classifier_backward);

void classifier_update(benchmark::State& state) {
    auto batch = std::make_unique<ClassifierBatch>();
    for (auto _ : state) {
        batch->network.update(batch->gradients, SGD{.learning_rate = 0.1});
        benchmark::DoNotOptimize(batch->network.layer<0>().W.elements);
    }
}
BENCHMARK(classifier_update);

// The notebook's two-layer network: one training step on one example, in double.
using Notebook = Network<Dense<2, 2>, ReLU, Dense<2, 1>>;
const Notebook notebook{Dense<2, 2>{.W = {0.5, -0.4, 0.3, 0.1}, .b = {0.1, -0.1}}, ReLU{},
                        Dense<2, 1>{.W = {0.6, -0.2}, .b = {0.1}}};

void notebook_step_ctnn(benchmark::State& state) {
    Notebook network = notebook;
    Vector<2> x{1.0, 2.0};
    Vector<1> y{3.0};
    for (auto _ : state) {
        benchmark::DoNotOptimize(x);
        benchmark::DoNotOptimize(
            train_step(network, x, y, SquaredError{}, SGD{.learning_rate = 1e-9}));
    }
}
BENCHMARK(notebook_step_ctnn);

/// The same step as scalar C++, every derivative written out.
void notebook_step_by_hand(benchmark::State& state) {
    double W1[2][2] = {{0.5, -0.4}, {0.3, 0.1}}, b1[2] = {0.1, -0.1};
    double W2[2] = {0.6, -0.2}, b2 = 0.1;
    double x[2] = {1.0, 2.0}, y = 3.0;
    const double eta = 1e-9;
    for (auto _ : state) {
        benchmark::DoNotOptimize(x);
        double a1[2], dz1[2];
        for (int j = 0; j < 2; ++j) {
            const double z = x[0] * W1[0][j] + x[1] * W1[1][j] + b1[j];
            a1[j] = z > 0.0 ? z : 0.0;
        }
        const double y_hat = a1[0] * W2[0] + a1[1] * W2[1] + b2;
        const double loss = (y_hat - y) * (y_hat - y);
        const double dz2 = 2.0 * (y_hat - y);
        for (int j = 0; j < 2; ++j) dz1[j] = a1[j] > 0.0 ? W2[j] * dz2 : 0.0;
        for (int j = 0; j < 2; ++j) W2[j] -= eta * a1[j] * dz2;
        b2 -= eta * dz2;
        for (int i = 0; i < 2; ++i)
            for (int j = 0; j < 2; ++j) W1[i][j] -= eta * x[i] * dz1[j];
        for (int j = 0; j < 2; ++j) b1[j] -= eta * dz1[j];
        benchmark::DoNotOptimize(loss);
    }
    benchmark::DoNotOptimize(W1);
    benchmark::DoNotOptimize(b2);
}
BENCHMARK(notebook_step_by_hand);

}  // namespace

BENCHMARK_MAIN();
