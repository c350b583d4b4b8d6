/// \file
/// `Vector<N, T>`: a fixed-size list of N scalars (an input, a bias, an activation, a target).
#pragma once

#include <ctnn/concept/scalar.hpp>
#include <ctnn/tensor/storage.hpp>

#include <cstddef>

namespace ctnn {

/// N scalars stored contiguously; the width N is part of the type.
///
/// An aggregate over one built-in array, so a vector is written as the notebook prints it,
/// `Vector<2>{1.0, 2.0}`, and is indexed without any call overhead under constant evaluation.
/// A value-initialised vector (`Vector<3>{}`) holds zeros.
///
/// Example: `examples/readme.cpp`.
template <std::size_t N, Scalar T = double>
struct Vector {
    static_assert(N > 0, "ctnn::Vector: a vector holds at least one element. Use N >= 1.");

    static constexpr std::size_t size = N;
    using scalar_type = T;

    alignas(storage_alignment<T, N>) T elements[N]{};

    constexpr T& operator[](std::size_t i) { return elements[i]; }
    constexpr const T& operator[](std::size_t i) const { return elements[i]; }

    friend constexpr bool operator==(const Vector&, const Vector&) = default;
};

}  // namespace ctnn
