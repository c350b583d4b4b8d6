#include <ctnn/io/weights_format.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <string_view>

using ctnn::detail::crc32;

namespace {

constexpr std::uint32_t crc_of(std::string_view text) { return crc32(0, text.data(), text.size()); }

}  // namespace

// The check values published for CRC-32 (zlib's crc32, PNG, Ethernet), e.g. in the catalogue of
// parametrised CRC algorithms ("CRC-32/ISO-HDLC": check 0xCBF43926).
TEST_CASE("crc32: gives the published CRC-32 check values", "[io][weights]") {
    STATIC_REQUIRE(crc_of("") == 0x00000000u);
    STATIC_REQUIRE(crc_of("a") == 0xE8B7BE43u);
    STATIC_REQUIRE(crc_of("123456789") == 0xCBF43926u);
    STATIC_REQUIRE(crc_of("The quick brown fox jumps over the lazy dog") == 0x414FA339u);
}

TEST_CASE("crc32: continues from the CRC of the bytes before", "[io][weights]") {
    STATIC_REQUIRE(crc32(crc_of("1234"), "56789", 5) == 0xCBF43926u);
    STATIC_REQUIRE(crc32(crc_of("123456789"), "", 0) == 0xCBF43926u);
}
