#include <ctnn/io/fashion_mnist.hpp>
#include <ctnn/io/idx.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>
#include <zlib.h>

#include "support.hpp"

using namespace ctnn;
using Catch::Contains;
using ctnn_io_test::TemporaryDirectory;

namespace {

using Bytes = std::vector<std::uint8_t>;

/// An IDX file written byte by byte: big-endian magic number, dimensions, then the data.
Bytes idx_file(std::uint32_t magic, const std::vector<std::uint32_t>& dimensions,
               const Bytes& data) {
    Bytes bytes;
    auto append_big_endian = [&](std::uint32_t value) {
        for (int shift = 24; shift >= 0; shift -= 8) {
            bytes.push_back(static_cast<std::uint8_t>(value >> shift));
        }
    };
    append_big_endian(magic);
    for (const std::uint32_t d : dimensions) append_big_endian(d);
    bytes.insert(bytes.end(), data.begin(), data.end());
    return bytes;
}

void write_plain(const std::filesystem::path& file, const Bytes& bytes) {
    std::ofstream out(file, std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()),
              static_cast<std::streamsize>(bytes.size()));
    REQUIRE(out.good());
}

void write_gzip(const std::filesystem::path& file, const Bytes& bytes) {
    gzFile out = gzopen(file.c_str(), "wb");
    REQUIRE(out != nullptr);
    const int written = gzwrite(out, bytes.data(), static_cast<unsigned>(bytes.size()));
    CHECK(gzclose(out) == Z_OK);
    REQUIRE(written == static_cast<int>(bytes.size()));
}

/// 0, 1, 2, ..., count - 1 (mod 256), with 255 at the end so the top of the range is read too.
Bytes counting_bytes(std::size_t count) {
    Bytes bytes(count);
    for (std::size_t i = 0; i < count; ++i) bytes[i] = static_cast<std::uint8_t>(i * 7 % 256);
    bytes.back() = 255;
    return bytes;
}

/// `"<file>"` as the messages name it.
std::string named(const std::filesystem::path& file) { return '"' + file.string() + '"'; }

/// A Fashion-MNIST-like directory: `train` images and labels, and `test` ones, 28x28 unless
/// told otherwise; the train files compressed, the test files not.
void write_fashion_directory(const TemporaryDirectory& directory, std::uint32_t train_count,
                             std::uint32_t train_label_count, std::uint32_t test_count,
                             std::uint32_t rows = 28, std::uint32_t cols = 28) {
    auto labels_for = [](std::uint32_t count) {
        Bytes labels(count);
        for (std::uint32_t i = 0; i < count; ++i) labels[i] = static_cast<std::uint8_t>(9 - i % 10);
        return labels;
    };
    write_gzip(
        directory / "train-images-idx3-ubyte.gz",
        idx_file(0x803, {train_count, rows, cols}, counting_bytes(train_count * rows * cols)));
    write_gzip(directory / "train-labels-idx1-ubyte.gz",
               idx_file(0x801, {train_label_count}, labels_for(train_label_count)));
    write_plain(
        directory / "t10k-images-idx3-ubyte",
        idx_file(0x803, {test_count, rows, cols}, counting_bytes(test_count * rows * cols)));
    write_plain(directory / "t10k-labels-idx1-ubyte",
                idx_file(0x801, {test_count}, labels_for(test_count)));
}

}  // namespace

TEST_CASE("read_idx_images: reads every pixel of an uncompressed file", "[io][idx]") {
    const TemporaryDirectory directory("idx");
    const auto file = directory / "images-idx3-ubyte";
    const Bytes pixels = counting_bytes(3 * 2 * 4);
    write_plain(file, idx_file(0x00000803, {3, 2, 4}, pixels));

    const IdxImages images = read_idx_images(file);
    CHECK(images.file == file);
    CHECK(images.count == 3);
    CHECK(images.rows == 2);
    CHECK(images.cols == 4);
    CHECK(images.pixels == pixels);
}

TEST_CASE("read_idx_images: reads every pixel of a gzip-compressed file", "[io][idx]") {
    const TemporaryDirectory directory("idx");
    const auto file = directory / "images-idx3-ubyte.gz";
    const Bytes pixels = counting_bytes(5 * 3 * 7);
    write_gzip(file, idx_file(0x00000803, {5, 3, 7}, pixels));

    const IdxImages images = read_idx_images(file);
    CHECK(images.count == 5);
    CHECK(images.rows == 3);
    CHECK(images.cols == 7);
    CHECK(images.pixels == pixels);
}

TEST_CASE("read_idx_images: reads a file of no images", "[io][idx]") {
    const TemporaryDirectory directory("idx");
    const auto file = directory / "empty-idx3-ubyte";
    write_plain(file, idx_file(0x00000803, {0, 28, 28}, {}));

    const IdxImages images = read_idx_images(file);
    CHECK(images.count == 0);
    CHECK(images.rows == 28);
    CHECK(images.pixels.empty());
}

TEST_CASE("read_idx_labels: reads every label, plain or gzip-compressed", "[io][idx]") {
    const TemporaryDirectory directory("idx");
    const Bytes labels{3, 0, 9, 9, 1, 4, 2};
    write_plain(directory / "labels-idx1-ubyte", idx_file(0x00000801, {7}, labels));
    write_gzip(directory / "labels-idx1-ubyte.gz", idx_file(0x00000801, {7}, labels));

    for (const char* name : {"labels-idx1-ubyte", "labels-idx1-ubyte.gz"}) {
        const IdxLabels read = read_idx_labels(directory / name);
        CHECK(read.count == 7);
        CHECK(read.class_count == 10);
        CHECK(read.labels == labels);
    }
}

TEST_CASE("read_idx_images: a missing file is an error naming it", "[io][idx]") {
    const TemporaryDirectory directory("idx");
    const auto file = directory / "missing-idx3-ubyte.gz";
    CHECK_THROWS_AS(read_idx_images(file), DataError);
    CHECK_THROWS_WITH(read_idx_images(file),
                      Contains(named(file) + " cannot be opened: No such file or directory"));
    CHECK_THROWS_WITH(read_idx_labels(file),
                      Contains(named(file) + " cannot be opened: No such file or directory"));
}

TEST_CASE("read_idx_images: a directory in place of a file is an error naming it", "[io][idx]") {
    const TemporaryDirectory directory("idx");
    CHECK_THROWS_AS(read_idx_images(directory.path), DataError);
    CHECK_THROWS_WITH(read_idx_images(directory.path),
                      Contains(named(directory.path) + " cannot be read: Is a directory"));
}

TEST_CASE("read_idx_images: a truncated header is an error naming the file", "[io][idx]") {
    const TemporaryDirectory directory("idx");
    const auto file = directory / "short-header-idx3-ubyte";
    Bytes bytes = idx_file(0x00000803, {3, 2, 2}, {});
    bytes.resize(10);  // the magic number, one dimension and half of the second
    write_plain(file, bytes);
    CHECK_THROWS_AS(read_idx_images(file), DataError);
    CHECK_THROWS_WITH(read_idx_images(file),
                      Contains(named(file) + " is truncated: its header has 16 bytes (magic "
                                             "number and 3 dimensions), the file ends after 10"));

    const auto tiny = directory / "tiny-idx3-ubyte";
    write_plain(tiny, {0, 0});
    CHECK_THROWS_AS(read_idx_images(tiny), DataError);
    CHECK_THROWS_WITH(read_idx_images(tiny),
                      Contains(named(tiny) + " is truncated: it holds 2 bytes, fewer than the 4 "
                                             "of an IDX magic number"));
}

TEST_CASE("read_idx_images: truncated data is an error naming the file and both sizes",
          "[io][idx]") {
    const TemporaryDirectory directory("idx");
    const std::string problem =
        " is truncated: its dimensions 3 x 2 x 2 give 12 bytes of data, the file holds 10";
    const auto plain = directory / "short-idx3-ubyte";
    const auto compressed = directory / "short-idx3-ubyte.gz";
    write_plain(plain, idx_file(0x00000803, {3, 2, 2}, counting_bytes(10)));
    write_gzip(compressed, idx_file(0x00000803, {3, 2, 2}, counting_bytes(10)));

    for (const auto& file : {plain, compressed}) {
        CHECK_THROWS_AS(read_idx_images(file), DataError);
        CHECK_THROWS_WITH(read_idx_images(file), Contains(named(file) + problem));
    }
}

TEST_CASE("read_idx_images: a header claiming more than memory holds is reported as truncated",
          "[io][idx]") {
    const TemporaryDirectory directory("idx");
    const auto file = directory / "huge-idx3-ubyte";
    write_plain(file, idx_file(0x00000803, {0xffffffff, 0xffff, 0xffff}, counting_bytes(10)));
    CHECK_THROWS_AS(read_idx_images(file), DataError);
    CHECK_THROWS_WITH(read_idx_images(file),
                      Contains(named(file) + " is truncated: its dimensions 4294967295 x 65535 x "
                                             "65535 give 18446181123756261375 bytes of data, the "
                                             "file holds 10"));
}

TEST_CASE("read_idx_images: dimensions whose product overflows are an error", "[io][idx]") {
    const TemporaryDirectory directory("idx");
    const auto file = directory / "overflow-idx3-ubyte";
    write_plain(file, idx_file(0x00000803, {0xffffffff, 0xffffffff, 0xffffffff}, {}));
    CHECK_THROWS_AS(read_idx_images(file), DataError);
    CHECK_THROWS_WITH(read_idx_images(file),
                      Contains(named(file) + " has dimensions 4294967295 x 4294967295 x "
                                             "4294967295, more bytes of data than memory can "
                                             "address"));
}

TEST_CASE("read_idx_images: a cut-off gzip stream is an error naming the file", "[io][idx]") {
    const TemporaryDirectory directory("idx");
    const auto whole = directory / "whole-idx3-ubyte.gz";
    write_gzip(whole, idx_file(0x00000803, {4, 8, 8}, counting_bytes(4 * 8 * 8)));
    std::ifstream in(whole, std::ios::binary);
    Bytes compressed((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    compressed.resize(compressed.size() / 2);
    const auto cut = directory / "cut-idx3-ubyte.gz";
    write_plain(cut, compressed);

    CHECK_THROWS_AS(read_idx_images(cut), DataError);
    CHECK_THROWS_WITH(read_idx_images(cut),
                      Contains(named(cut) + " is truncated: its dimensions 4 x 8 x 8 give 256 "
                                            "bytes of data, the file holds "));
}

TEST_CASE("read_idx_images: data past the end the header gives is an error", "[io][idx]") {
    const TemporaryDirectory directory("idx");
    const auto file = directory / "long-idx3-ubyte";
    write_plain(file, idx_file(0x00000803, {3, 2, 2}, counting_bytes(13)));
    CHECK_THROWS_AS(read_idx_images(file), DataError);
    CHECK_THROWS_WITH(read_idx_images(file),
                      Contains(named(file) + " is longer than its header says: its dimensions 3 x "
                                             "2 x 2 give 12 bytes of data, more follow"));
}

TEST_CASE("read_idx_images: a wrong magic number is an error giving both in hex", "[io][idx]") {
    const TemporaryDirectory directory("idx");
    const auto floats = directory / "floats-idx3-ubyte";  // element type 0x0D: 32-bit floats
    write_plain(floats, idx_file(0x00000d03, {1, 1, 1}, {0, 0, 0, 0}));
    CHECK_THROWS_AS(read_idx_images(floats), DataError);
    CHECK_THROWS_WITH(read_idx_images(floats),
                      Contains(named(floats) + " has the wrong magic number: expected 0x00000803 "
                                               "(unsigned bytes, 3 dimensions), found 0x00000d03"));

    const auto text = directory / "text-idx1-ubyte";
    write_plain(text, {'a', 'b', 'c', 'd', 'e'});
    CHECK_THROWS_AS(read_idx_labels(text), DataError);
    CHECK_THROWS_WITH(read_idx_labels(text),
                      Contains(named(text) + " has the wrong magic number: expected 0x00000801 "
                                             "(unsigned bytes, 1 dimension), found 0x61626364"));
}

TEST_CASE("read_idx_images: a wrong number of dimensions is an error", "[io][idx]") {
    const TemporaryDirectory directory("idx");
    const auto labels = directory / "labels-idx1-ubyte";
    write_plain(labels, idx_file(0x00000801, {2}, {1, 2}));
    CHECK_THROWS_AS(read_idx_images(labels), DataError);
    CHECK_THROWS_WITH(read_idx_images(labels),
                      Contains(named(labels) + " has 1 dimension, expected 3: magic number "
                                               "expected 0x00000803 (unsigned bytes, 3 "
                                               "dimensions), found 0x00000801"));

    const auto images = directory / "images-idx3-ubyte";
    write_plain(images, idx_file(0x00000803, {1, 1, 1}, {7}));
    CHECK_THROWS_AS(read_idx_labels(images), DataError);
    CHECK_THROWS_WITH(read_idx_labels(images),
                      Contains(named(images) + " has 3 dimensions, expected 1: magic number "
                                               "expected 0x00000801 (unsigned bytes, 1 "
                                               "dimension), found 0x00000803"));
}

TEST_CASE("read_idx_labels: a label out of range is an error giving its index and value",
          "[io][idx]") {
    const TemporaryDirectory directory("idx");
    const auto file = directory / "labels-idx1-ubyte.gz";
    write_gzip(file, idx_file(0x00000801, {4}, {0, 9, 10, 3}));
    CHECK_THROWS_AS(read_idx_labels(file), DataError);
    CHECK_THROWS_WITH(
        read_idx_labels(file),
        Contains(named(file) + " has label 10 at index 2, outside 0..9 (10 classes)"));
    CHECK_THROWS_WITH(read_idx_labels(file, 5),
                      Contains(named(file) + " has label 9 at index 1, outside 0..4 (5 classes)"));
    CHECK(read_idx_labels(file, 11).labels == Bytes{0, 9, 10, 3});
}

TEST_CASE("load_fashion_mnist: scales pixels to [0, 1] and one-hot encodes the labels",
          "[io][idx]") {
    const TemporaryDirectory directory("idx");
    write_fashion_directory(directory, 3, 3, 2);

    const FashionMnist<float> data = load_fashion_mnist(directory.path);
    REQUIRE(data.train_images.size() == 3);
    REQUIRE(data.train_labels.size() == 3);
    REQUIRE(data.test_images.size() == 2);
    REQUIRE(data.test_labels.size() == 2);

    // Every pixel p reads back as p / 255; 0, 51 and 255 are exactly 0, 0.2f and 1.
    const Bytes train_pixels = counting_bytes(3 * 784);
    const Bytes test_pixels = counting_bytes(2 * 784);
    for (std::size_t i = 0; i < 3 * 784; ++i) {
        const float expected = static_cast<float>(train_pixels[i]) / 255.0f;
        if (data.train_images[i / 784][i % 784] != expected) FAIL("train pixel " << i);
    }
    for (std::size_t i = 0; i < 2 * 784; ++i) {
        const float expected = static_cast<float>(test_pixels[i]) / 255.0f;
        if (data.test_images[i / 784][i % 784] != expected) FAIL("test pixel " << i);
    }
    CHECK(train_pixels[0] == 0);
    CHECK(data.train_images[0][0] == 0.0f);
    CHECK(train_pixels[3 * 784 - 1] == 255);
    CHECK(data.train_images[2][783] == 1.0f);
    CHECK(train_pixels[117] == 51);  // 117 * 7 = 819 = 3 * 256 + 51
    CHECK(data.train_images[0][117] == 0.2f);

    // Labels 9, 8, 7 then 9, 8.
    Vector<10, float> nine{};
    nine[9] = 1.0f;
    Vector<10, float> eight{};
    eight[8] = 1.0f;
    Vector<10, float> seven{};
    seven[7] = 1.0f;
    CHECK(data.train_labels[0] == nine);
    CHECK(data.train_labels[1] == eight);
    CHECK(data.train_labels[2] == seven);
    CHECK(data.test_labels[0] == nine);
    CHECK(data.test_labels[1] == eight);

    const FashionMnist<double> doubles = load_fashion_mnist<double>(directory.path);
    CHECK(doubles.train_images[0][117] == 0.2);
}

TEST_CASE("load_fashion_mnist: images other than 28x28 are an error", "[io][idx]") {
    const TemporaryDirectory directory("idx");
    write_fashion_directory(directory, 2, 2, 1, 28, 27);
    const auto images = directory / "train-images-idx3-ubyte.gz";
    CHECK_THROWS_AS(load_fashion_mnist(directory.path), DataError);
    CHECK_THROWS_WITH(load_fashion_mnist(directory.path),
                      Contains(named(images) + " holds 28x27 images, expected 28x28"));
}

TEST_CASE("load_fashion_mnist: images and labels that differ in number are an error", "[io][idx]") {
    const TemporaryDirectory directory("idx");
    write_fashion_directory(directory, 3, 2, 1);
    const auto images = directory / "train-images-idx3-ubyte.gz";
    const auto labels = directory / "train-labels-idx1-ubyte.gz";
    CHECK_THROWS_AS(load_fashion_mnist(directory.path), DataError);
    CHECK_THROWS_WITH(
        load_fashion_mnist(directory.path),
        Contains(named(images) + " holds 3 images, but " + named(labels) + " holds 2 labels"));
}

TEST_CASE("load_fashion_mnist: a missing file is an error naming it", "[io][idx]") {
    const TemporaryDirectory directory("idx");
    write_fashion_directory(directory, 1, 1, 1);
    std::filesystem::remove(directory / "t10k-labels-idx1-ubyte");
    CHECK_THROWS_AS(load_fashion_mnist(directory.path), DataError);
    CHECK_THROWS_WITH(load_fashion_mnist(directory.path),
                      Contains(named(directory / "t10k-labels-idx1-ubyte.gz") +
                               " cannot be opened: No such file or directory"));
}

TEST_CASE("load_fashion_mnist: loads Debian's dataset-fashion-mnist", "[io][idx]") {
    if (!std::filesystem::exists(fashion_mnist_directory / "train-images-idx3-ubyte.gz")) {
        WARN("skipped: Fashion-MNIST is not installed in "
             << fashion_mnist_directory << " (Debian package dataset-fashion-mnist)");
        return;
    }
    const FashionMnist<float> data = load_fashion_mnist();
    CHECK(data.train_images.size() == 60000);
    CHECK(data.train_labels.size() == 60000);
    CHECK(data.test_images.size() == 10000);
    CHECK(data.test_labels.size() == 10000);

    auto pixels_in_unit_range = [](const auto& images) {
        float low = 1.0f;
        float high = 0.0f;
        for (const auto& image : images) {
            for (const float p : image.elements) {
                low = std::min(low, p);
                high = std::max(high, p);
            }
        }
        return low == 0.0f && high == 1.0f;
    };
    CHECK(pixels_in_unit_range(data.train_images));
    CHECK(pixels_in_unit_range(data.test_images));

    // Every label is one-hot, and each of the 10 classes has 6000 train and 1000 test images.
    auto examples_per_class = [](const auto& labels) {
        std::vector<std::size_t> counts(10);
        for (const auto& label : labels) {
            std::size_t ones = 0;
            for (std::size_t k = 0; k < 10; ++k) {
                if (label[k] == 1.0f) {
                    ++ones;
                    ++counts[k];
                } else if (label[k] != 0.0f) {
                    ones = 99;
                }
            }
            if (ones != 1) counts.push_back(0);  // not one-hot: the size check below fails
        }
        return counts;
    };
    CHECK(examples_per_class(data.train_labels) == std::vector<std::size_t>(10, 6000));
    CHECK(examples_per_class(data.test_labels) == std::vector<std::size_t>(10, 1000));

    // Read once with Python's gzip module (`gzip.open(...).read()[8]` on each label file, and the
    // sum of the first 784 bytes after the 16-byte header of train-images): the first train and
    // test labels are both 9 (ankle boot), and the first train image's pixels sum to 76247.
    Vector<10, float> ankle_boot{};
    ankle_boot[9] = 1.0f;
    CHECK(data.train_labels[0] == ankle_boot);
    CHECK(data.test_labels[0] == ankle_boot);
    const IdxImages raw = read_idx_images(fashion_mnist_directory / "train-images-idx3-ubyte.gz");
    std::size_t first_image_sum = 0;
    for (std::size_t p = 0; p < 784; ++p) first_image_sum += raw.pixels[p];
    CHECK(first_image_sum == 76247);
}
