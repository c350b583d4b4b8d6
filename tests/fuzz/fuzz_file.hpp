// What the fuzz targets share: each writes libFuzzer's bytes to a file and hands the file to one
// of ctnn's readers, which read files only. A reader may reject the bytes with ctnn::DataError;
// anything else (a crash, another exception, a sanitizer's finding) is a failure.
#pragma once

#include <ctnn/io/data_error.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace fuzz {

/// A file of this process, in the system's temporary directory, rewritten for every input.
inline const std::filesystem::path& scratch_file(const char* name) {
    static const std::filesystem::path file =
        std::filesystem::temp_directory_path() /
        (std::string("ctnn_fuzz_") + name + "_" + std::to_string(::getpid()));
    return file;
}

inline void write(const std::filesystem::path& file, const std::uint8_t* data, std::size_t size) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
}

/// Calls `read(file)` with the bytes in a file; returns false when the reader says no, with a
/// ctnn::DataError.
template <class Reader>
bool read_bytes(const char* name, const std::uint8_t* data, std::size_t size, Reader&& read) {
    const auto& file = scratch_file(name);
    write(file, data, size);
    try {
        read(file);
        return true;
    } catch (const ctnn::DataError&) {
        return false;
    }
}

}  // namespace fuzz
