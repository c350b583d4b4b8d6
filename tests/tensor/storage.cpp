// storage_alignment: tensors that fill whole cache lines start on a line; no tensor grows.
#include <ctnn/layer/dense.hpp>
#include <ctnn/tensor/matrix.hpp>
#include <ctnn/tensor/vector.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <memory>
#include <vector>

using ctnn::Dense;
using ctnn::Matrix;
using ctnn::Vector;

namespace {

bool starts_a_cache_line(const void* p) { return reinterpret_cast<std::uintptr_t>(p) % 64 == 0; }

}  // namespace

TEST_CASE("storage_alignment: storage of whole cache lines starts on a line", "[tensor][storage]") {
    STATIC_REQUIRE(alignof(Vector<16, float>) == 64);        // 64 bytes
    STATIC_REQUIRE(alignof(Vector<8>) == 64);                // 64 bytes
    STATIC_REQUIRE(alignof(Matrix<1, 784, float>) == 64);    // 3136 bytes = 49 lines
    STATIC_REQUIRE(alignof(Matrix<784, 128, float>) == 64);  // 784 rows of 512 bytes
    STATIC_REQUIRE(alignof(Dense<784, 128, float>) == 64);
}

TEST_CASE("storage_alignment: any other tensor keeps its scalar's alignment and its size",
          "[tensor][storage]") {
    STATIC_REQUIRE(alignof(Vector<2>) == alignof(double));
    STATIC_REQUIRE(alignof(Vector<10, float>) == alignof(float));  // 40 bytes
    STATIC_REQUIRE(alignof(Vector<20, float>) == alignof(float));  // 80 bytes: 1.25 lines
    STATIC_REQUIRE(sizeof(Vector<20, float>) == 80);               // 128 if it were aligned
    STATIC_REQUIRE(sizeof(Matrix<3, 3, float>) == 36);
    STATIC_REQUIRE(sizeof(Matrix<2, 2>) == 32);
}

TEST_CASE("storage_alignment: new and std::vector place tensors on cache lines",
          "[tensor][storage]") {
    const auto layer = std::make_unique<Dense<784, 128, float>>();
    CHECK(starts_a_cache_line(layer->W.elements));
    CHECK(starts_a_cache_line(layer->b.elements));

    const std::vector<Vector<784, float>> images(3);  // as the Fashion-MNIST loader holds them
    for (const auto& image : images) CHECK(starts_a_cache_line(image.elements));
}
