/// \file
/// Reading IDX files (LeCun's MNIST format), plain or gzip-compressed, into bytes and into
/// `Vector`s (run time only). Link `ctnn::io`, which brings zlib.
///
/// An IDX file is a 4-byte big-endian magic number `0x0000TTDD` (TT the element type, 0x08 for
/// unsigned bytes; DD the number of dimensions), then DD big-endian 32-bit dimensions, then the
/// elements in row-major order. Every malformed file raises `ctnn::DataError`, whose message
/// names the file and what is wrong with it.
#pragma once

#include <ctnn/io/data_error.hpp>
#include <ctnn/tensor/vector.hpp>

#include <algorithm>
#include <cerrno>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <limits>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>
#include <zlib.h>

namespace ctnn {

/// The images of an IDX image file: `count` images of `rows` x `cols` unsigned bytes.
///
/// Ensures: `pixels.size() == count * rows * cols`; image i, row r, column c is
/// `pixels[(i * rows + r) * cols + c]`.
struct IdxImages {
    std::filesystem::path file;
    std::size_t count = 0;
    std::size_t rows = 0;
    std::size_t cols = 0;
    std::vector<std::uint8_t> pixels;
};

/// The labels of an IDX label file: `count` class indices, each below `class_count`.
struct IdxLabels {
    std::filesystem::path file;
    std::size_t count = 0;
    std::size_t class_count = 0;
    std::vector<std::uint8_t> labels;
};

namespace detail {

/// `0x00000803`
inline std::string hex32(std::uint32_t value) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "0x%08x", static_cast<unsigned>(value));
    return buffer;
}

/// An open file read through zlib: gzip-compressed or not, zlib tells by itself.
class GzReader {
public:
    explicit GzReader(std::filesystem::path file) : file_(std::move(file)) {
        errno = 0;
        handle_ = gzopen(file_.c_str(), "rb");
        if (handle_ == nullptr) {
            data_error(file_, std::string("cannot be opened: ") +
                                  (errno != 0 ? std::strerror(errno) : "out of memory"));
        }
        gzbuffer(handle_, 1u << 17);
    }
    GzReader(const GzReader&) = delete;
    GzReader& operator=(const GzReader&) = delete;
    ~GzReader() { gzclose(handle_); }

    /// Reads up to `size` bytes into `out`; returns how many there were before the end.
    std::size_t read(std::uint8_t* out, std::size_t size) {
        std::size_t total = 0;
        while (total < size) {
            const auto chunk = static_cast<unsigned>(std::min<std::size_t>(size - total, 1u << 20));
            const int got = gzread(handle_, out + total, chunk);
            if (got < 0) {
                int code = Z_OK;
                const char* message = gzerror(handle_, &code);
                data_error(file_, std::string("cannot be read: ") +
                                      (code == Z_ERRNO ? std::strerror(errno) : message));
            }
            total += static_cast<std::size_t>(got);
            if (static_cast<unsigned>(got) < chunk) break;
        }
        return total;
    }

private:
    std::filesystem::path file_;
    gzFile handle_ = nullptr;
};

/// The 32-bit unsigned integer whose most significant byte comes first.
inline std::uint32_t big_endian_u32(const std::uint8_t* bytes) {
    return (std::uint32_t{bytes[0]} << 24) | (std::uint32_t{bytes[1]} << 16) |
           (std::uint32_t{bytes[2]} << 8) | std::uint32_t{bytes[3]};
}

/// `1 dimension`, `3 dimensions`
inline std::string dimensions_text(std::size_t rank) {
    return std::to_string(rank) + (rank == 1 ? " dimension" : " dimensions");
}

/// `3 x 28 x 28`
inline std::string shape_text(const std::vector<std::size_t>& dimensions) {
    std::string text;
    for (const std::size_t d : dimensions) text += (text.empty() ? "" : " x ") + std::to_string(d);
    return text;
}

/// The dimensions and unsigned-byte elements of an IDX file of `rank` dimensions.
struct IdxContents {
    std::vector<std::size_t> dimensions;
    std::vector<std::uint8_t> elements;
};

/// Reads a whole unsigned-byte IDX file of `rank` dimensions, checking the header against the
/// data: a short file, a longer one, a wrong magic number or rank are each a DataError.
inline IdxContents read_idx(const std::filesystem::path& file, std::size_t rank) {
    GzReader in(file);
    const auto expected_magic = static_cast<std::uint32_t>(0x0800u + rank);
    const std::string expected_text =
        hex32(expected_magic) + " (unsigned bytes, " + dimensions_text(rank) + ")";

    std::uint8_t magic_bytes[4];
    if (const std::size_t got = in.read(magic_bytes, 4); got < 4) {
        data_error(file, "is truncated: it holds " + std::to_string(got) +
                             " bytes, fewer than the 4 of an IDX magic number");
    }
    const std::uint32_t magic = big_endian_u32(magic_bytes);
    if ((magic & 0xffffff00u) != 0x00000800u) {
        data_error(file, "has the wrong magic number: expected " + expected_text + ", found " +
                             hex32(magic));
    }
    const std::size_t found_rank = magic & 0xffu;
    if (found_rank != rank) {
        data_error(file, "has " + dimensions_text(found_rank) + ", expected " +
                             std::to_string(rank) + ": magic number expected " + expected_text +
                             ", found " + hex32(magic));
    }

    IdxContents contents;
    std::vector<std::uint8_t> dimension_bytes(4 * rank);
    if (const std::size_t got = in.read(dimension_bytes.data(), 4 * rank); got < 4 * rank) {
        data_error(file, "is truncated: its header has " + std::to_string(4 + 4 * rank) +
                             " bytes (magic number and " + dimensions_text(rank) +
                             "), the file ends after " + std::to_string(4 + got));
    }
    for (std::size_t k = 0; k < rank; ++k) {
        contents.dimensions.push_back(big_endian_u32(&dimension_bytes[4 * k]));
    }
    const auto& dimensions = contents.dimensions;
    std::size_t size = 0;
    if (std::find(dimensions.begin(), dimensions.end(), 0) == dimensions.end()) {
        size = 1;
        for (const std::size_t d : dimensions) {
            if (size > std::numeric_limits<std::size_t>::max() / d) {
                data_error(file, "has dimensions " + shape_text(dimensions) +
                                     ", more bytes of data than memory can address");
            }
            size *= d;
        }
    }

    // Read in chunks, so that a header claiming far more than the file holds is reported as
    // truncated rather than allocated first.
    const std::string expected_size = "its dimensions " + shape_text(dimensions) + " give " +
                                      std::to_string(size) + " bytes of data";
    auto& elements = contents.elements;
    elements.reserve(std::min<std::size_t>(size, std::size_t{1} << 26));
    while (elements.size() < size) {
        const std::size_t before = elements.size();
        const std::size_t chunk = std::min<std::size_t>(size - before, std::size_t{1} << 24);
        elements.resize(before + chunk);
        const std::size_t got = in.read(elements.data() + before, chunk);
        if (got < chunk) {
            data_error(file, "is truncated: " + expected_size + ", the file holds " +
                                 std::to_string(before + got));
        }
    }
    std::uint8_t extra;
    if (in.read(&extra, 1) != 0) {
        data_error(file, "is longer than its header says: " + expected_size + ", more follow");
    }
    return contents;
}

}  // namespace detail

/// Reads an IDX file of unsigned-byte images (magic number 0x00000803), gzip-compressed or not.
inline IdxImages read_idx_images(const std::filesystem::path& file) {
    auto [dimensions, pixels] = detail::read_idx(file, 3);
    return {file, dimensions[0], dimensions[1], dimensions[2], std::move(pixels)};
}

/// Reads an IDX file of labels (magic number 0x00000801), gzip-compressed or not.
///
/// Requires: `class_count >= 1`. Ensures: every label is below `class_count`.
inline IdxLabels read_idx_labels(const std::filesystem::path& file, std::size_t class_count = 10) {
    if (class_count == 0) throw std::invalid_argument("ctnn::read_idx_labels: class_count is 0");
    auto [dimensions, labels] = detail::read_idx(file, 1);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] >= class_count) {
            detail::data_error(file, "has label " + std::to_string(labels[i]) + " at index " +
                                         std::to_string(i) + ", outside 0.." +
                                         std::to_string(class_count - 1) + " (" +
                                         std::to_string(class_count) + " classes)");
        }
    }
    return {file, dimensions[0], class_count, std::move(labels)};
}

/// The images as `Vector<Rows * Cols, T>`s, each pixel scaled from 0..255 to [0, 1].
///
/// Throws DataError unless the images are Rows x Cols.
template <std::size_t Rows, std::size_t Cols, std::floating_point T = float>
std::vector<Vector<Rows * Cols, T>> scaled_pixels(const IdxImages& images) {
    if (images.rows != Rows || images.cols != Cols) {
        detail::data_error(images.file, "holds " + std::to_string(images.rows) + "x" +
                                            std::to_string(images.cols) + " images, expected " +
                                            std::to_string(Rows) + "x" + std::to_string(Cols));
    }
    constexpr std::size_t pixel_count = Rows * Cols;
    std::vector<Vector<pixel_count, T>> vectors(images.count);
    for (std::size_t i = 0; i < images.count; ++i) {
        for (std::size_t p = 0; p < pixel_count; ++p) {
            vectors[i][p] = static_cast<T>(images.pixels[i * pixel_count + p]) / T{255};
        }
    }
    return vectors;
}

/// The labels as one-hot `Vector<Classes, T>`s: 1 at the label's index, 0 elsewhere.
///
/// Throws DataError unless the labels were read for `Classes` classes.
template <std::size_t Classes, std::floating_point T = float>
std::vector<Vector<Classes, T>> one_hot(const IdxLabels& labels) {
    if (labels.class_count != Classes) {
        detail::data_error(labels.file, "was read with " + std::to_string(labels.class_count) +
                                            " classes, expected " + std::to_string(Classes));
    }
    std::vector<Vector<Classes, T>> vectors(labels.count);
    for (std::size_t i = 0; i < labels.count; ++i) vectors[i][labels.labels[i]] = T{1};
    return vectors;
}

}  // namespace ctnn
