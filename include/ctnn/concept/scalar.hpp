/// \file
/// The `Scalar` concept: the number type every tensor, layer and loss is written over.
#pragma once

#include <ctnn/math/exp.hpp>
#include <ctnn/math/expm1.hpp>
#include <ctnn/math/log.hpp>
#include <ctnn/math/log1p.hpp>
#include <ctnn/math/sqrt.hpp>
#include <ctnn/math/tanh.hpp>

#include <concepts>

namespace ctnn {

/// A number type the layers can compute with: field arithmetic, ordering, construction from
/// `double` literals, and the math functions found by unqualified lookup in `ctnn`.
///
/// Requires: `+ - * /`, unary `-`, `<` and `==` behave as on the real numbers (up to rounding);
///           `T(0)` is the additive and `T(1)` the multiplicative identity.
/// Models:   `float`, `double`; a forward-mode dual number is meant to model it too, so that
///           the same network code yields derivatives by a second, independent route.
template <class T>
concept Scalar = std::regular<T> && std::constructible_from<T, double> &&
    requires(const T a, const T b) {
    { a + b } -> std::convertible_to<T>;
    { a - b } -> std::convertible_to<T>;
    { a* b } -> std::convertible_to<T>;
    { a / b } -> std::convertible_to<T>;
    { -a } -> std::convertible_to<T>;
    { a < b } -> std::convertible_to<bool>;
    { exp(a) } -> std::convertible_to<T>;
    { expm1(a) } -> std::convertible_to<T>;
    { log(a) } -> std::convertible_to<T>;
    { log1p(a) } -> std::convertible_to<T>;
    { tanh(a) } -> std::convertible_to<T>;
    { sqrt(a) } -> std::convertible_to<T>;
};

}  // namespace ctnn
