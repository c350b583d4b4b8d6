/// \file
/// `Dual<T>`: forward-mode automatic differentiation with dual numbers, and the chain rule for
/// ctnn's constexpr math (exp, expm1, log, log1p, tanh, sqrt, cos). A network computed in
/// `Dual<double>` carries, next to every value, its derivative with respect to one chosen input
/// or parameter: a second route to the gradients that backpropagation computes.
#pragma once

#include <ctnn/concept/scalar.hpp>
#include <ctnn/math/cos.hpp>
#include <ctnn/math/exp.hpp>
#include <ctnn/math/expm1.hpp>
#include <ctnn/math/float_bits.hpp>
#include <ctnn/math/log.hpp>
#include <ctnn/math/log1p.hpp>
#include <ctnn/math/sqrt.hpp>
#include <ctnn/math/tanh.hpp>

#include <compare>

namespace ctnn {

/// A dual number x = value + derivative ε, with ε² = 0.
///
/// Math:     f(u + u' ε) = f(u) + f'(u) u' ε for every differentiable f (Taylor, with ε² = 0),
///           so the ε part of a result is its derivative: seed the variable of interest with
///           derivative 1 and everything else with 0, compute as usual, and read off the
///           derivative. The rules: (u + u'ε)(v + v'ε) = uv + (u'v + uv')ε,
///           (u + u'ε) / (v + v'ε) = u/v + (u' - (u/v) v') / v ε.
/// Requires: `value` and `derivative` finite; division by a dual whose value is not 0.
/// Ensures:  `value` is computed by exactly the operations the plain T code performs, so it has
///           the same bits as the T result; each rule adds at most a few roundings to
///           `derivative`. Comparisons look at the value alone, so the same branches are taken as
///           in T (ReLU's `0 < z`, Softmax's maximum). Note that `==` is therefore equality of
///           values: two duals that differ only in their derivative compare equal.
/// Models:   `Scalar`.
/// Example:  `Dual<double> x{3.0, 1.0};` then `(x * x).derivative == 6.0` (tests/math/dual.cpp).
template <IeeeFloat T>
struct Dual {
    T value{};
    T derivative{};

    /// Zero, with derivative zero.
    constexpr Dual() = default;

    /// A constant: its derivative is zero. Implicit, as a real number is a dual number.
    constexpr Dual(T constant) noexcept : value(constant), derivative(0) {}

    /// value + derivative ε; `Dual{x, 1.0}` is the variable we differentiate with respect to.
    constexpr Dual(T value_part, T derivative_part) noexcept
        : value(value_part), derivative(derivative_part) {}

    // Arithmetic: the sum, product and quotient rules.

    friend constexpr Dual operator+(Dual u, Dual v) noexcept {
        return {u.value + v.value, u.derivative + v.derivative};
    }
    friend constexpr Dual operator+(Dual u, T c) noexcept { return {u.value + c, u.derivative}; }
    friend constexpr Dual operator+(T c, Dual v) noexcept { return {c + v.value, v.derivative}; }

    friend constexpr Dual operator-(Dual u, Dual v) noexcept {
        return {u.value - v.value, u.derivative - v.derivative};
    }
    friend constexpr Dual operator-(Dual u, T c) noexcept { return {u.value - c, u.derivative}; }
    friend constexpr Dual operator-(T c, Dual v) noexcept { return {c - v.value, -v.derivative}; }

    friend constexpr Dual operator-(Dual u) noexcept { return {-u.value, -u.derivative}; }

    friend constexpr Dual operator*(Dual u, Dual v) noexcept {
        return {u.value * v.value, u.derivative * v.value + u.value * v.derivative};
    }
    friend constexpr Dual operator*(Dual u, T c) noexcept {
        return {u.value * c, u.derivative * c};
    }
    friend constexpr Dual operator*(T c, Dual v) noexcept {
        return {c * v.value, c * v.derivative};
    }

    friend constexpr Dual operator/(Dual u, Dual v) noexcept {
        const T quotient = u.value / v.value;
        return {quotient, (u.derivative - quotient * v.derivative) / v.value};
    }
    friend constexpr Dual operator/(Dual u, T c) noexcept {
        return {u.value / c, u.derivative / c};
    }
    friend constexpr Dual operator/(T c, Dual v) noexcept {
        const T quotient = c / v.value;
        return {quotient, -(quotient * v.derivative) / v.value};
    }

    constexpr Dual& operator+=(Dual v) noexcept { return *this = *this + v; }
    constexpr Dual& operator-=(Dual v) noexcept { return *this = *this - v; }
    constexpr Dual& operator*=(Dual v) noexcept { return *this = *this * v; }
    constexpr Dual& operator/=(Dual v) noexcept { return *this = *this / v; }

    // Comparisons: of the values only (a constant converts implicitly, so `u < 0.5` works).

    friend constexpr bool operator==(Dual u, Dual v) noexcept { return u.value == v.value; }
    friend constexpr std::partial_ordering operator<=>(Dual u, Dual v) noexcept {
        return u.value <=> v.value;
    }
};

namespace detail {

/// -sin(x) for double, the derivative of cos, from the kernels of `cos.hpp`.
///
/// Math:    x = k π/2 + r, then by k mod 4: -sin r, -cos r, sin r, cos r.
/// Ensures: within 1 ulp for |x| <= 2^20, NaN beyond (as `cos`). To be replaced by `-sin(x)` once
///          ctnn has a `sin`.
constexpr double minus_sin_double(double x) noexcept {
    if (is_nan(x)) return x;
    const double magnitude = x < 0.0 ? -x : x;
    if (!(magnitude <= cos_reduction_limit)) return quiet_nan<double>;
    constexpr double pi_over_4 = 0x1.921fb54442d18p-1;
    if (magnitude <= pi_over_4) return -sin_kernel({x, 0.0});
    const quadrant_reduction reduced = reduce_by_pio2(x);
    switch (reduced.quadrant) {
        case 0:
            return -sin_kernel(reduced.r);
        case 1:
            return -cos_kernel(reduced.r);
        case 2:
            return sin_kernel(reduced.r);
        default:
            return cos_kernel(reduced.r);
    }
}

/// -sin(x) for float or double: the double result rounded once, as `ctnn::cos` does.
template <IeeeFloat T>
constexpr T minus_sin(T x) noexcept {
    return static_cast<T>(minus_sin_double(static_cast<double>(x)));
}

}  // namespace detail

// The chain rule, f(u + u'ε) = f(u) + f'(u) u' ε, with ctnn's own constexpr f and f'.

/// d exp(u) = exp(u) du.
template <IeeeFloat T>
constexpr Dual<T> exp(Dual<T> u) noexcept {
    const T exp_u = ctnn::exp(u.value);
    return {exp_u, exp_u * u.derivative};
}

/// d expm1(u) = exp(u) du.
template <IeeeFloat T>
constexpr Dual<T> expm1(Dual<T> u) noexcept {
    return {ctnn::expm1(u.value), ctnn::exp(u.value) * u.derivative};
}

/// d log(u) = du / u.
template <IeeeFloat T>
constexpr Dual<T> log(Dual<T> u) noexcept {
    return {ctnn::log(u.value), u.derivative / u.value};
}

/// d log1p(u) = du / (1 + u).
template <IeeeFloat T>
constexpr Dual<T> log1p(Dual<T> u) noexcept {
    return {ctnn::log1p(u.value), u.derivative / (T(1) + u.value)};
}

/// d tanh(u) = (1 - tanh(u)^2) du.
template <IeeeFloat T>
constexpr Dual<T> tanh(Dual<T> u) noexcept {
    const T tanh_u = ctnn::tanh(u.value);
    return {tanh_u, (T(1) - tanh_u * tanh_u) * u.derivative};
}

/// d sqrt(u) = du / (2 sqrt(u)).
template <IeeeFloat T>
constexpr Dual<T> sqrt(Dual<T> u) noexcept {
    const T sqrt_u = ctnn::sqrt(u.value);
    return {sqrt_u, u.derivative / (T(2) * sqrt_u)};
}

/// d cos(u) = -sin(u) du.
template <IeeeFloat T>
constexpr Dual<T> cos(Dual<T> u) noexcept {
    return {ctnn::cos(u.value), detail::minus_sin(u.value) * u.derivative};
}

static_assert(Scalar<Dual<double>>);
static_assert(Scalar<Dual<float>>);

}  // namespace ctnn
