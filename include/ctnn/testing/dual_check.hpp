/// \file
/// `dual_check`: backpropagation's gradients (reverse mode) against forward-mode automatic
/// differentiation with dual numbers: the two modes of automatic differentiation checked
/// against each other, to within a few ulps.
#pragma once

#include <ctnn/concept/activation.hpp>
#include <ctnn/layer/dense.hpp>
#include <ctnn/math/dual.hpp>
#include <ctnn/math/float_bits.hpp>
#include <ctnn/network/network.hpp>

#include <cstddef>
#include <limits>
#include <tuple>
#include <utility>

namespace ctnn::testing {

/// Settings of a dual check.
struct DualCheckOptions {
    /// Allowed |backprop - dual| in units of ε max_gradient (ε = 2^-52 for double), i.e. about
    /// ulps of the largest gradient. Rounding gives a few units, a wrong derivative ~1e15.
    double tolerance = 256;
};

/// The outcome of a dual check; converts to `true` when every derivative agreed.
struct DualCheckResult {
    bool passed = true;
    std::size_t derivatives_checked = 0;  ///< parameters and input elements compared
    double max_error = 0;     ///< largest |backprop - dual| / (ε max_gradient), about ulps
    double max_ulps = 0;      ///< largest ulp distance of one derivative (see `ulp_distance`)
    double max_gradient = 0;  ///< largest |backprop|: a check of zeros proves nothing

    constexpr explicit operator bool() const { return passed; }
};

/// The distance from a to b in steps from one representable T to the next: 0 when a == b, 1 for
/// neighbours; across zero the two distances to zero are added. NaN is infinitely far.
template <IeeeFloat T>
constexpr double ulp_distance(T a, T b) {
    if (a == b) return 0;  // also +0 and -0
    if (is_nan(a) || is_nan(b)) return ctnn::detail::infinity<double>;
    using layout = ctnn::detail::float_layout<T>;
    // Without the sign bit, the encodings of non-negative numbers count up in ulps.
    const auto steps_from_zero_a = ctnn::detail::to_bits(a) & ~layout::sign_mask;
    const auto steps_from_zero_b = ctnn::detail::to_bits(b) & ~layout::sign_mask;
    if (sign_bit(a) != sign_bit(b)) return double(steps_from_zero_a) + double(steps_from_zero_b);
    return steps_from_zero_a > steps_from_zero_b ? double(steps_from_zero_a - steps_from_zero_b)
                                                 : double(steps_from_zero_b - steps_from_zero_a);
}

/// The same network entry computing in scalar S: `Dense<In, Out, T>` becomes `Dense<In, Out, S>`,
/// an activation stays as it is (it is written over any scalar). `supported` is false for any
/// other layer: specialise this template to check a network that has one.
template <class Entry, class S>
struct WithScalar {
    static constexpr bool supported = Activation<Entry>;
    using type = Entry;
};

template <std::size_t In, std::size_t Out, class T, class S>
struct WithScalar<Dense<In, Out, T>, S> {
    static constexpr bool supported = true;
    using type = Dense<In, Out, S>;
};

/// The network's architecture over `Dual<T>`: `Network<Dense<2, 3>, Tanh>` becomes
/// `Network<Dense<2, 3, Dual<double>>, Tanh>`.
template <class Net>
struct DualNetwork;

template <class... Entries>
struct DualNetwork<Network<Entries...>> {
    using scalar_type = typename Network<Entries...>::scalar_type;
    static constexpr bool supported = (WithScalar<Entries, Dual<scalar_type>>::supported && ...);
    using type = Network<typename WithScalar<Entries, Dual<scalar_type>>::type...>;
};

/// A vector of constants: every element's derivative is 0.
template <std::size_t N, IeeeFloat T>
constexpr Vector<N, Dual<T>> to_dual(const Vector<N, T>& v) {
    Vector<N, Dual<T>> constants;
    for (std::size_t i = 0; i < N; ++i) constants.elements[i] = Dual<T>(v.elements[i]);
    return constants;
}

/// The same network over `Dual<T>`: the same activations and the same parameter values, every
/// derivative 0.
/// Requires: every layer is a `Dense` (or has a `WithScalar` specialisation).
template <class... Entries>
constexpr auto to_dual(const Network<Entries...>& network) {
    using Twin = DualNetwork<Network<Entries...>>;
    if constexpr (!check::network_has_dual_twin<Network<Entries...>,
                                                DualNetwork<Network<Entries...>>::supported>()) {
        return network;  // after the message, so that no second error follows
    } else {
        typename Twin::type dual_network;
        auto copy_layer = [&](auto k) {
            constexpr std::size_t K = k;
            const auto& from = network.template layer<K>();
            auto& to = dual_network.template layer<K>();
            to.activation = from.activation;
            constexpr auto& from_parameters = std::remove_cvref_t<decltype(from)>::parameters;
            constexpr auto& to_parameters = std::remove_cvref_t<decltype(to)>::parameters;
            auto copy_parameter = [&](auto i) {
                const auto& p = from.*std::get<i>(from_parameters);
                auto& dual_p = to.*std::get<i>(to_parameters);
                for (std::size_t e = 0; e < p.size; ++e) {
                    dual_p.elements[e] = Dual(p.elements[e]);
                }
            };
            constexpr std::size_t parameter_count =
                std::tuple_size_v<std::remove_cvref_t<decltype(from_parameters)>>;
            auto copy_parameters = [&]<std::size_t... I>(std::index_sequence<I...>) {
                (copy_parameter(std::integral_constant<std::size_t, I>{}), ...);
            };
            copy_parameters(std::make_index_sequence<parameter_count>{});
        };
        auto copy_layers = [&]<std::size_t... K>(std::index_sequence<K...>) {
            (copy_layer(std::integral_constant<std::size_t, K>{}), ...);
        };
        copy_layers(std::make_index_sequence<Network<Entries...>::layer_count>{});
        return dual_network;
    }
}

/// Compares every derivative backpropagation gives, dL/dp for each parameter p and dL/dx for
/// each input, with the derivative forward-mode differentiation gives: the network rebuilt over
/// `Dual<T>` with that one parameter (or input) seeded with derivative 1, the forward pass and
/// the loss computed in dual numbers, and the loss's derivative read off. `constexpr`:
/// `static_assert(dual_check(network, x, y, SquaredError{}))`.
///
/// Both modes multiply the same local derivatives, in different orders and with different
/// roundings, so they agree to a few ulps, not to the bit. A derivative that a sum cancels to
/// nearly nothing (or one computed from 1 - a with a near 1, as Sigmoid's a(1 - a) is) carries
/// the rounding error of the larger terms, which is many of its own ulps; so the criterion is
/// |backprop - dual| <= tolerance ε max_gradient, the error measured against the largest
/// gradient's rounding, and `max_ulps` reports the strict per-derivative distance as well.
/// Measured: on the networks of tests/testing/dual_check.cpp max_ulps is 1 to 4 (8 through a
/// standalone Softmax) and max_error below 1.3. On over 40000 networks (six architectures up to
/// 4-8-8-3, parameters and inputs uniform in [-1, 1], run time) the median max_error was 0.2 to
/// 0.8 and the largest 65 (a confident classifier, whose small dL/dz = p - y the dual numbers
/// form by cancellation), hence the default tolerance of 256; max_ulps exceeded 8 on 3% to 95%
/// of them and reached 244868. A wrong derivative gives a max_error of order 1e15.
///
/// Requires: the network is made of `Dense` layers and activations over float or double; its
///           loss and activations are written over any scalar (as every shipped one is).
template <class... Entries, std::size_t N, std::size_t M, IeeeFloat T, class LossFunction>
constexpr DualCheckResult dual_check(const Network<Entries...>& network, const Vector<N, T>& x,
                                     const Vector<M, T>& y, const LossFunction& loss,
                                     DualCheckOptions options = {}) {
    DualCheckResult result;
    if constexpr (!check::network_has_dual_twin<Network<Entries...>,
                                                DualNetwork<Network<Entries...>>::supported>()) {
        result.passed = false;
        return result;
    } else {
        const auto gradients = network.backward(network.forward(x), y, loss);

        double max_difference = 0;
        bool all_numbers = true;  // no NaN on either side
        auto compare = [&](T backprop, T forward_mode) {
            const T difference = backprop - forward_mode;
            const double distance = difference < T(0) ? -double(difference) : double(difference);
            const double magnitude = backprop < T(0) ? -double(backprop) : double(backprop);
            const double ulps = ulp_distance(backprop, forward_mode);
            result.derivatives_checked += 1;
            if (!(distance == distance)) all_numbers = false;
            if (distance > max_difference) max_difference = distance;
            if (!(ulps <= result.max_ulps)) result.max_ulps = ulps;
            if (magnitude > result.max_gradient) result.max_gradient = magnitude;
        };

        auto dual_network = to_dual(network);
        const auto dual_x = to_dual(x);
        const auto dual_y = to_dual(y);
        auto dL_dseed = [&](const Vector<N, Dual<T>>& input) {
            return dual_network.loss(dual_network.forward(input), dual_y, loss).derivative;
        };

        // Every parameter: seed its twin in the dual network (the tensor-th parameter tensor,
        // counting as for_each_parameter does), run forward, then unseed it.
        typename decltype(dual_network)::gradients_type no_gradients{};  // for_each_parameter's
        auto seed = [&](std::size_t tensor, std::size_t element, T derivative) {
            std::size_t t = 0;
            dual_network.for_each_parameter(no_gradients, [&](auto& dual_p, const auto&) {
                if (t++ == tensor) dual_p.elements[element].derivative = derivative;
            });
        };
        auto parameters = network;  // for_each_parameter gives mutable access
        std::size_t tensor = 0;
        parameters.for_each_parameter(gradients, [&](const auto& p, const auto& dL_dp) {
            for (std::size_t i = 0; i < p.size; ++i) {
                seed(tensor, i, T(1));
                compare(dL_dp.elements[i], dL_dseed(dual_x));
                seed(tensor, i, T(0));
            }
            ++tensor;
        });

        // Every input element.
        for (std::size_t i = 0; i < N; ++i) {
            Vector<N, Dual<T>> seeded_x = dual_x;
            seeded_x.elements[i].derivative = T(1);
            compare(gradients.dL_dx.elements[i], dL_dseed(seeded_x));
        }

        // The disagreement in units of the largest gradient's rounding error.
        constexpr double epsilon = std::numeric_limits<T>::epsilon();
        if (!all_numbers) {
            result.max_error = ctnn::detail::infinity<double>;
        } else if (max_difference == 0) {
            result.max_error = 0;
        } else if (result.max_gradient > 0) {
            result.max_error = max_difference / (epsilon * result.max_gradient);
        } else {
            result.max_error = ctnn::detail::infinity<double>;  // backprop gave only zeros
        }
        result.passed = result.max_error <= options.tolerance;
        return result;
    }
}

}  // namespace ctnn::testing
