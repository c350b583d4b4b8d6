// libFuzzer target: ctnn::read_idx_images on any bytes, plain or gzip-compressed.
#include <ctnn/io/idx.hpp>

#include <cstddef>
#include <cstdint>

#include "fuzz_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::read_bytes("idx_images", data, size, [](const auto& file) {
        const auto images = ctnn::read_idx_images(file);
        if (images.pixels.size() != images.count * images.rows * images.cols) __builtin_trap();
    });
    return 0;
}
