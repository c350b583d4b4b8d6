/// \file
/// `storage_alignment`: where the elements of a vector or matrix start in memory.
#pragma once

#include <cstddef>

namespace ctnn {

/// The bytes of a cache line on x86-64 and most ARM cores.
/// (Not `std::hardware_destructive_interference_size`, which GCC warns may differ between
/// the translation units of one program.)
inline constexpr std::size_t cache_line_bytes = 64;

/// The alignment of N elements of type T stored in a tensor: storage that fills whole cache
/// lines starts on a line, and anything else keeps T's own alignment, so no tensor grows.
///
/// Then a layer whose rows fill whole lines (a multiple of 16 floats) has every row on a line,
/// and a vector load or store of a row never straddles two lines, which costs two accesses.
/// C++17's `new` and `std::allocator` honour the alignment. Without it `new` placed the first
/// layer's weights of the Fashion-MNIST network 16 bytes past a line, and its training epochs
/// built by g++ ran 1.1-1.3 times slower (docs/performance.md).
template <class T, std::size_t N>
inline constexpr std::size_t storage_alignment = N * sizeof(T) % cache_line_bytes == 0
                                                     ? cache_line_bytes
                                                     : alignof(T);

}  // namespace ctnn
