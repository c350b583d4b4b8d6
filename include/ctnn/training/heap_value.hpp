/// \file
/// `detail::HeapValue`: one value on the heap, in constant evaluation too.
#pragma once

namespace ctnn::detail {

/// One value-initialised T on the heap, freed when the holder goes out of scope; usable in
/// constant evaluation (C++20's `std::unique_ptr` is not). Holds the batch buffers of `fit` and
/// of the evaluation helpers, which are as large as the network and would not fit on the stack
/// for a large one.
template <class T>
class HeapValue {
public:
    constexpr HeapValue() : value_(new T{}) {}
    constexpr ~HeapValue() { delete value_; }
    HeapValue(const HeapValue&) = delete;
    HeapValue& operator=(const HeapValue&) = delete;

    constexpr T& operator*() const { return *value_; }
    constexpr T* operator->() const { return value_; }

private:
    T* value_;
};

}  // namespace ctnn::detail
