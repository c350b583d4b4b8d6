/// The networks `generate.cpp` exported, included as C++: the compiler's own predictions, made
/// inside static_asserts, equal the ones computed at run time before the export, bit for bit.
#include <ctnn/math/float_bits.hpp>
#include <ctnn/testing/bits.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <limits>

#include "tiny_double.hpp"
#include "tiny_float.hpp"

namespace {

using ctnn::testing::same_bits;

/// True when the network predicts, for every exported input, the exported prediction.
template <class Net, std::size_t Count, class Input, class Output>
constexpr bool predicts(const Net& network, const Input (&inputs)[Count],
                        const Output (&predictions)[Count]) {
    for (std::size_t i = 0; i < Count; ++i) {
        if (!same_bits(network.predict(inputs[i]), predictions[i])) return false;
    }
    return true;
}

}  // namespace

// The compiler reads the literals back to the exported bits.
static_assert(ctnn::sign_bit(tiny_float::network.layer<0>().W(0, 1)));
static_assert(tiny_float::network.layer<0>().W(0, 1) == 0.0f);
static_assert(tiny_float::network.layer<0>().W(1, 2) == std::numeric_limits<float>::denorm_min());
static_assert(ctnn::sign_bit(tiny_float::network.layer<0>().b[3]));
static_assert(ctnn::sign_bit(tiny_float::inputs[0][0]));
static_assert(tiny_float::inputs[1][0] == std::numeric_limits<float>::denorm_min());
static_assert(tiny_double::network.layer<0>().activation.slope == 0.1);
static_assert(ctnn::sign_bit(tiny_double::network.layer<0>().b[1]));
static_assert(tiny_double::network.layer<0>().b[2] == 1e-310);

TEST_CASE("export_header: the compiler's predictions equal the run-time ones, bit for bit",
          "[io][export]") {
    STATIC_REQUIRE(predicts(tiny_float::network, tiny_float::inputs, tiny_float::predictions));
    STATIC_REQUIRE(predicts(tiny_double::network, tiny_double::inputs, tiny_double::predictions));
}

TEST_CASE("export_header: the exported network predicts the same at run time", "[io][export]") {
    CHECK(predicts(tiny_float::network, tiny_float::inputs, tiny_float::predictions));
    CHECK(predicts(tiny_double::network, tiny_double::inputs, tiny_double::predictions));
}
