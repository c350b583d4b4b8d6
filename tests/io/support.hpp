// What the io tests share: a temporary directory of their own, and networks' parameters as
// bit patterns, random or read back.
#pragma once

#include <ctnn/math/float_bits.hpp>
#include <ctnn/training/random.hpp>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <limits>
#include <string>
#include <system_error>
#include <tuple>
#include <type_traits>
#include <unistd.h>
#include <vector>

namespace ctnn_io_test {

/// A directory of its own under the system's temporary directory, removed at the end.
struct TemporaryDirectory {
    std::filesystem::path path;

    explicit TemporaryDirectory(const std::string& test) {
        static int created = 0;
        path = std::filesystem::temp_directory_path() /
               ("ctnn-" + test + "-test-" + std::to_string(::getpid()) + "-" +
                std::to_string(++created));
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    TemporaryDirectory(const TemporaryDirectory&) = delete;
    TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;
    ~TemporaryDirectory() {
        std::error_code ignored;
        std::filesystem::remove_all(path, ignored);
    }

    std::filesystem::path operator/(const std::string& name) const { return path / name; }
};

/// Calls `visit(p)` for every parameter tensor of the network, layer after layer.
template <class Net, class Visitor>
void for_each_parameter_tensor(Net& network, Visitor&& visit) {
    network.for_each_layer([&](auto& layer) {
        using L = typename std::remove_cvref_t<decltype(layer)>::layer_type;
        std::apply([&](auto... member) { (visit(layer.*member), ...); }, L::parameters);
    });
}

/// Every parameter of the network, layer after layer, as its bit pattern.
template <class Net>
std::vector<std::uint64_t> parameter_bits(const Net& network) {
    std::vector<std::uint64_t> bits;
    for_each_parameter_tensor(network, [&](const auto& p) {
        for (const auto x : p.elements) bits.push_back(ctnn::detail::to_bits(x));
    });
    return bits;
}

/// Which bit patterns `randomise` may give.
enum class Patterns { any, finite };

/// Gives every parameter a random bit pattern (with `Patterns::any`, NaNs and infinities too),
/// then sets the first few to -0, the smallest subnormal, the largest subnormal, the most
/// negative finite number and +0.
template <class Net>
void randomise(Net& network, std::uint64_t seed, Patterns patterns) {
    ctnn::Pcg32 rng{seed};
    std::size_t n = 0;
    for_each_parameter_tensor(network, [&](auto& p) {
        using T = std::remove_cvref_t<decltype(p.elements[0])>;
        using Bits = typename ctnn::detail::float_layout<T>::bits;
        using limits = std::numeric_limits<T>;
        const T special[] = {T(-0.0), limits::denorm_min(), limits::min() - limits::denorm_min(),
                             -limits::max(), T(0.0)};
        for (auto& x : p.elements) {
            do {
                const auto bits = (std::uint64_t{rng()} << 32) | rng();
                x = ctnn::detail::from_bits<T>(static_cast<Bits>(bits));
            } while (patterns == Patterns::finite && !ctnn::is_finite(x));
            if (n < std::size(special)) x = special[n];
            ++n;
        }
    });
}

}  // namespace ctnn_io_test
