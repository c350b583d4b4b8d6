// What the layout of a network's values costs the constant evaluator: the sample-step of
// compile_time_parts.cpp (PART 3: forward, loss, backward, momentum update), written two more
// ways, for constexpr_cost.sh:
//   LAYOUT 1: ctnn's own layers, traces, gradients and optimizer states, each a local variable
//             instead of an element of the network's lists (the same kernels, the same values);
//   LAYOUT 2: a hand-written step over plain arrays with ctnn::tanh, the floor any layout
//             of ctnn's math could reach.
//   bench/constexpr_cost.sh bench/compile_time_layouts.cpp -DLAYOUT=1
// GCC re-walks the path from a variable to an element (network, list, list element, layer,
// weights, element) at every access, about one operation per step of the path; Clang does not.
#include <cstddef>

#include "compile_time_same_work.hpp"

#ifndef LAYOUT
#define LAYOUT 1
#endif

using namespace same_work;

#if LAYOUT == 1

template <std::size_t In, std::size_t Out>
using Unit = Activated<Dense<In, Out>, Tanh>;

template <class P>
using Velocity = Momentum::state<P>;

/// Layer L of `network`, as a variable of its own.
template <std::size_t L, class Layer>
constexpr Layer copy_of_layer(const Net& network) {
    Layer layer;
    layer.W = network.layer<L>().W;
    layer.b = network.layer<L>().b;
    return layer;
}

constexpr double train() {
    Net network;
    initialise(network, GlorotUniform{}, 1);
    auto l0 = copy_of_layer<0, Unit<2, 3>>(network);
    auto l1 = copy_of_layer<1, Unit<3, 1>>(network);
    auto l2 = copy_of_layer<2, Unit<1, 1>>(network);
    Unit<2, 3>::trace_type t0{};
    Unit<3, 1>::trace_type t1{};
    Unit<1, 1>::trace_type t2{};
    Unit<2, 3>::gradient_type g0{};
    Unit<3, 1>::gradient_type g1{};
    Unit<1, 1>::gradient_type g2{};
    Velocity<Matrix<2, 3>> v0W{};
    Velocity<Vector<3>> v0b{};
    Velocity<Matrix<3, 1>> v1W{};
    Velocity<Vector<1>> v1b{};
    Velocity<Matrix<1, 1>> v2W{};
    Velocity<Vector<1>> v2b{};
    Vector<2> dL_dx{};
    std::size_t order[4] = {0, 1, 2, 3};
    Pcg32 random(1);
    double loss = 0.0;
    for (int epoch = 0; epoch < 50; ++epoch) {
        shuffle(order, order + 4, random);
        for (std::size_t i : order) {
            l0.forward(inputs[i], t0);
            l1.forward(t0.a, t1);
            l2.forward(t1.a, t2);
            loss = loss + SquaredError{}.value(t2.a, targets[i]);
            g2.dL_da = SquaredError{}.gradient(t2.a, targets[i]);
            l2.backward(t1.a, t2, g2, g1.dL_da);
            l1.backward(t0.a, t1, g1, g0.dL_da);
            l0.backward(inputs[i], t0, g0, dL_dx);
            optimizer.update(l0.W, g0.W, v0W);
            optimizer.update(l0.b, g0.b, v0b);
            optimizer.update(l1.W, g1.W, v1W);
            optimizer.update(l1.b, g1.b, v1b);
            optimizer.update(l2.W, g2.W, v2W);
            optimizer.update(l2.b, g2.b, v2b);
        }
    }
    return loss;
}

#else

template <std::size_t N>
struct Array {
    double e[N];
};

/// b = mu b + g, p = p - eta b, element by element.
template <std::size_t N>
constexpr void momentum_step(Array<N>& p, const Array<N>& g, Array<N>& b) {
    for (std::size_t i = 0; i < N; ++i) {
        b.e[i] = optimizer.momentum * b.e[i] + g.e[i];
        p.e[i] = p.e[i] - optimizer.learning_rate * b.e[i];
    }
}

/// z = xW + b, a = tanh(z).
template <std::size_t In, std::size_t Out>
constexpr void forward(const Array<In>& x, const Array<In * Out>& W, const Array<Out>& b,
                       Array<Out>& z, Array<Out>& a) {
    for (std::size_t j = 0; j < Out; ++j) z.e[j] = x.e[0] * W.e[j];
    for (std::size_t i = 1; i < In; ++i) {
        for (std::size_t j = 0; j < Out; ++j) z.e[j] = z.e[j] + x.e[i] * W.e[i * Out + j];
    }
    for (std::size_t j = 0; j < Out; ++j) {
        z.e[j] = z.e[j] + b.e[j];
        a.e[j] = ctnn::tanh(z.e[j]);
    }
}

/// dL/dz = dL/da (1 - a^2), dL/dW = x ⊗ dL/dz, dL/dx = W dL/dz.
template <std::size_t In, std::size_t Out>
constexpr void backward(const Array<In>& x, const Array<Out>& a, const Array<Out>& dL_da,
                        const Array<In * Out>& W, Array<Out>& dL_dz, Array<In * Out>& dL_dW,
                        Array<In>& dL_dx) {
    for (std::size_t j = 0; j < Out; ++j) dL_dz.e[j] = dL_da.e[j] * (1.0 - a.e[j] * a.e[j]);
    for (std::size_t i = 0; i < In; ++i) {
        for (std::size_t j = 0; j < Out; ++j) dL_dW.e[i * Out + j] = x.e[i] * dL_dz.e[j];
    }
    for (std::size_t i = 0; i < In; ++i) {
        double sum = W.e[i * Out] * dL_dz.e[0];
        for (std::size_t j = 1; j < Out; ++j) sum = sum + W.e[i * Out + j] * dL_dz.e[j];
        dL_dx.e[i] = sum;
    }
}

constexpr double train() {
    Array<6> W0{0.1, -0.4, 0.3, 0.2, -0.1, 0.5};
    Array<3> b0{}, v_b0{}, W1{0.3, -0.2, 0.5}, v_W1{}, dL_dW1{};
    Array<1> b1{}, v_b1{}, W2{0.7}, v_W2{}, dL_dW2{}, b2{}, v_b2{};
    Array<6> v_W0{}, dL_dW0{};
    Array<3> z0, a0, dL_da0, dL_dz0;
    Array<1> z1, a1, dL_da1, dL_dz1, z2, a2, dL_da2, dL_dz2;
    Array<2> dL_dx;
    const Array<2> xs[4] = {{-1.0, -1.0}, {-1.0, 1.0}, {1.0, -1.0}, {1.0, 1.0}};
    const double ys[4] = {-1.0, 1.0, 1.0, -1.0};
    std::size_t order[4] = {0, 1, 2, 3};
    Pcg32 random(1);
    double loss = 0.0;
    for (int epoch = 0; epoch < 50; ++epoch) {
        shuffle(order, order + 4, random);
        for (std::size_t k : order) {
            forward<2, 3>(xs[k], W0, b0, z0, a0);
            forward<3, 1>(a0, W1, b1, z1, a1);
            forward<1, 1>(a1, W2, b2, z2, a2);
            const double error = a2.e[0] - ys[k];
            loss = loss + error * error;
            dL_da2.e[0] = 2.0 * error;
            backward<1, 1>(a1, a2, dL_da2, W2, dL_dz2, dL_dW2, dL_da1);
            backward<3, 1>(a0, a1, dL_da1, W1, dL_dz1, dL_dW1, dL_da0);
            backward<2, 3>(xs[k], a0, dL_da0, W0, dL_dz0, dL_dW0, dL_dx);
            momentum_step(W0, dL_dW0, v_W0);
            momentum_step(b0, dL_dz0, v_b0);
            momentum_step(W1, dL_dW1, v_W1);
            momentum_step(b1, dL_dz1, v_b1);
            momentum_step(W2, dL_dW2, v_W2);
            momentum_step(b2, dL_dz2, v_b2);
        }
    }
    return loss;
}

#endif

constexpr double loss = train();

int main() { return loss > 0.0 ? 0 : 1; }
