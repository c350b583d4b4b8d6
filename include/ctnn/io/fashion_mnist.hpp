/// \file
/// The Fashion-MNIST data set (Xiao, Rasul and Vollgraf, 2017) as `Vector`s, read from the
/// files Debian's `dataset-fashion-mnist` package installs (run time only; link `ctnn::io`).
#pragma once

#include <ctnn/io/idx.hpp>

#include <concepts>
#include <filesystem>
#include <vector>

namespace ctnn {

/// Where Debian's `dataset-fashion-mnist` package installs the data set.
inline const std::filesystem::path fashion_mnist_directory = "/usr/share/datasets/fashion-mnist";

/// Fashion-MNIST: 28x28 grey images of clothes in 10 classes, pixels in [0, 1], one-hot labels.
template <std::floating_point T = float>
struct FashionMnist {
    std::vector<Vector<784, T>> train_images;
    std::vector<Vector<10, T>> train_labels;
    std::vector<Vector<784, T>> test_images;
    std::vector<Vector<10, T>> test_labels;
};

/// Loads Fashion-MNIST from `directory`, which holds
/// `{train,t10k}-{images-idx3,labels-idx1}-ubyte.gz` (or the same names without `.gz`).
///
/// Throws DataError when a file is missing or malformed, when the images are not 28x28, or
/// when a set's images and labels differ in number.
template <std::floating_point T = float>
FashionMnist<T> load_fashion_mnist(
    const std::filesystem::path& directory = fashion_mnist_directory) {
    auto file_in_directory = [&](const std::string& name) {
        const auto compressed = directory / (name + ".gz");
        const auto plain = directory / name;
        return std::filesystem::exists(compressed) || !std::filesystem::exists(plain) ? compressed
                                                                                      : plain;
    };
    auto load_set = [&](const std::string& prefix, auto& images_out, auto& labels_out) {
        const IdxImages images = read_idx_images(file_in_directory(prefix + "-images-idx3-ubyte"));
        const IdxLabels labels = read_idx_labels(file_in_directory(prefix + "-labels-idx1-ubyte"));
        if (images.count != labels.count) {
            detail::data_error(images.file, "holds " + std::to_string(images.count) +
                                                " images, but " + detail::quoted_name(labels.file) +
                                                " holds " + std::to_string(labels.count) +
                                                " labels");
        }
        images_out = scaled_pixels<28, 28, T>(images);
        labels_out = one_hot<10, T>(labels);
    };
    FashionMnist<T> data;
    load_set("train", data.train_images, data.train_labels);
    load_set("t10k", data.test_images, data.test_labels);
    return data;
}

}  // namespace ctnn
