// libFuzzer target: ctnn::read_idx_labels on any bytes, plain or gzip-compressed.
#include <ctnn/io/idx.hpp>

#include <cstddef>
#include <cstdint>

#include "fuzz_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::read_bytes("idx_labels", data, size, [](const auto& file) {
        const auto labels = ctnn::read_idx_labels(file, 10);
        for (const auto label : labels.labels) {
            if (label >= 10) __builtin_trap();
        }
    });
    return 0;
}
