// mini-ctnn: ctnn's idea in one file and no ctnn header. A network's architecture is its type,
// widths that do not chain are a compile error that names them, and the compiler computes one
// training step of the Day 10 notebook's two-layer network, checked against the notebook's output.
#include <cstddef>
#include <cstdio>

namespace mini {

// Shapes are template arguments: a Vector<2> is not a Vector<3>.
template <std::size_t N>
struct Vector {
    double v[N]{};
    constexpr double& operator[](std::size_t i) { return v[i]; }
    constexpr const double& operator[](std::size_t i) const { return v[i]; }
};

// An activation: a function and its derivative.
struct ReLU {
    static constexpr double f(double z) { return z > 0.0 ? z : 0.0; }
    static constexpr double df(double z) { return z > 0.0 ? 1.0 : 0.0; }  // ReLU'(0) = 0
};

struct Linear {
    static constexpr double f(double z) { return z; }
    static constexpr double df(double) { return 1.0; }
};

// z = xW + b, a = f(z). Row i of W holds the weights leaving input i, as the notebook prints W1.
template <std::size_t In, std::size_t Out, class Activation = Linear>
struct Dense {
    static constexpr std::size_t inputs = In, outputs = Out;
    double W[In][Out]{};
    double b[Out]{};

    struct Trace {
        Vector<Out> z, a;
    };

    constexpr Trace forward(const Vector<In>& x) const {
        Trace t;
        for (std::size_t j = 0; j < Out; ++j) {
            double xW = 0.0;
            for (std::size_t i = 0; i < In; ++i) xW += x[i] * W[i][j];
            t.z[j] = xW + b[j];
            t.a[j] = Activation::f(t.z[j]);
        }
        return t;
    }

    // The chain rule from dL/da, and the step of gradient descent p = p - eta dL/dp on the way:
    // returns dL/dx, from W as it was, for the layer before.
    constexpr Vector<In> learn(const Vector<In>& x, const Trace& t, const Vector<Out>& dL_da,
                               double eta) {
        Vector<In> dL_dx;
        for (std::size_t j = 0; j < Out; ++j) {
            const double dL_dz = dL_da[j] * Activation::df(t.z[j]);  // = dL/db
            for (std::size_t i = 0; i < In; ++i) {
                dL_dx[i] += W[i][j] * dL_dz;
                W[i][j] -= eta * (x[i] * dL_dz);  // dL/dW = outer(x, dL/dz)
            }
            b[j] -= eta * dL_dz;
        }
        return dL_dx;
    }
};

// A network is its first layer followed by the network of the rest. step() trains on one
// example with the squared error (a - y)^2: forward on the way down the list, backward and
// the update on the way back up. It returns dL/dx and adds the example's loss to `loss`.
template <class First, class... Rest>
struct Network {  // A mismatch: the compiler names the network, so both layers, with the message.
    static_assert(First::outputs == Network<Rest...>::inputs,
                  "mini::Network: a layer's outputs must be as many as the next layer's inputs, "
                  "e.g. Dense<2, 3> then Dense<3, 1>");
    static constexpr std::size_t inputs = First::inputs, outputs = Network<Rest...>::outputs;
    First layer;
    Network<Rest...> rest;

    constexpr Vector<outputs> predict(const Vector<inputs>& x) const {
        return rest.predict(layer.forward(x).a);
    }
    constexpr Vector<inputs> step(const Vector<inputs>& x, const Vector<outputs>& y, double eta,
                                  double& loss) {
        const auto t = layer.forward(x);
        return layer.learn(x, t, rest.step(t.a, y, eta, loss), eta);
    }
};

template <class Last>
struct Network<Last> {
    static constexpr std::size_t inputs = Last::inputs, outputs = Last::outputs;
    Last layer;

    constexpr Vector<outputs> predict(const Vector<inputs>& x) const { return layer.forward(x).a; }
    constexpr Vector<inputs> step(const Vector<inputs>& x, const Vector<outputs>& y, double eta,
                                  double& loss) {
        const auto t = layer.forward(x);
        Vector<outputs> dL_da;
        for (std::size_t j = 0; j < outputs; ++j) {
            loss += (t.a[j] - y[j]) * (t.a[j] - y[j]);
            dL_da[j] = 2.0 * (t.a[j] - y[j]);
        }
        return layer.learn(x, t, dL_da, eta);
    }
};

}  // namespace mini

using TwoLayer = mini::Network<mini::Dense<2, 2, mini::ReLU>, mini::Dense<2, 1>>;
constexpr TwoLayer network{.layer = {.W = {{0.5, -0.4}, {0.3, 0.1}}, .b = {0.0, 0.0}},
                           .rest = {.layer = {.W = {{0.6}, {-0.2}}, .b = {0.1}}}};
constexpr mini::Vector<2> x{1.0, 2.0};
constexpr mini::Vector<1> y{3.0};

struct Stepped {
    TwoLayer network;
    double loss = 0.0;
};
constexpr Stepped one_step(Stepped s) {
    s.network.step(x, y, /*eta=*/0.1, s.loss);
    return s;
}
constexpr Stepped stepped = one_step({network});
constexpr auto& W1 = stepped.network.layer.W;
constexpr auto& b1 = stepped.network.layer.b;
constexpr auto& W2 = stepped.network.rest.layer.W;

// The notebook's output, to the last bit where it prints every digit.
static_assert(network.predict(x)[0] == 0.76);             // "Z2 / y_hat: 0.76"
static_assert(stepped.loss == 5.017600000000001);         // "Loss: 5.017600000000001"
static_assert(stepped.network.rest.layer.b[0] == 0.548);  // "b2_new: 0.548"
static_assert(W2[1][0] == -0.2 && W1[0][1] == -0.4 && W1[1][1] == 0.1 && b1[1] == 0.0);
// Where it rounds to 4 decimals: "W2_new: [ 1.0928 -0.2 ]", "W1_new: [[ 0.7688 -0.4 ]
// [ 0.8376 0.1 ]]", "b1_new: [0.2688 0. ]".
constexpr bool near(double a, double b) { return a - b < 0.00005 && b - a < 0.00005; }
static_assert(near(W2[0][0], 1.0928) && near(W1[0][0], 0.7688) && near(W1[1][0], 0.8376) &&
              near(b1[0], 0.2688));

#ifdef MINI_CTNN_KO  // widths that do not chain: 3 outputs, then 2 inputs
mini::Network<mini::Dense<2, 3, mini::ReLU>, mini::Dense<2, 1>> broken;
// error: mini::Network: a layer's outputs must be as many as the next layer's inputs
#endif

int main() {  // The same step at run time gives the same bits.
    const Stepped s = one_step({network});
    std::printf("loss: %.16g, W1_new[0][0]: %.16g, same bits as the compiler's: %s\n", s.loss,
                s.network.layer.W[0][0],
                s.loss == stepped.loss && s.network.layer.W[0][0] == W1[0][0] ? "yes" : "no");
}
