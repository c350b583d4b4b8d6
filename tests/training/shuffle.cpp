#include <ctnn/math/is_close.hpp>
#include <ctnn/math/sqrt.hpp>
#include <ctnn/training/random.hpp>
#include <ctnn/training/shuffle.hpp>

#include <catch2/catch.hpp>

#include <array>
#include <cstddef>
#include <span>

using namespace ctnn;

namespace {

// The reference: pcg-c's pcg32-demo (github.com/imneme/pcg-c-basic/pcg32-demo.c, output pinned in
// github.com/imneme/pcg-c, test-high/expected/check-pcg32.out, "Round 1"). After seeding with
// 42, 54, six 32-bit numbers, 65 coins and 33 dice, it deals a deck cards[i] = i by the same
// Fisher-Yates loop and prints card c as "A23456789TJQK"[c / 4] followed by "hcds"[c % 4].
constexpr char demo_cards[] =
    "Qd Ks 6d 3s 3d 4c 3h Td Kc 5c Jh Kd Jd As 4s 4h Ad Th Ac Jc 7s Qs "
    "2s 7h Kh 2d 6c Ah 4d Qh 9h 6s 5s 2c 9c Ts 8d 9s 3c 8c Js 5d 2h 6h "
    "7d 8s 9d 5h 8h Qc 7c Tc";

constexpr int position_in(const char* text, char c) {
    for (int k = 0; text[k] != '\0'; ++k) {
        if (text[k] == c) return k;
    }
    return -1;
}

// The number of the k-th card printed in demo_cards.
constexpr int demo_card(int k) {
    return position_in("A23456789TJQK", demo_cards[3 * k]) * 4 +
           position_in("hcds", demo_cards[3 * k + 1]);
}

// True when items[0..n) holds each of 0..n-1 exactly once.
template <class Items>
constexpr bool is_permutation_of_iota(const Items& items, int n) {
    for (int value = 0; value < n; ++value) {
        int count = 0;
        for (int k = 0; k < n; ++k) count += items[k] == value ? 1 : 0;
        if (count != 1) return false;
    }
    return true;
}

template <std::size_t N>
struct Deck {
    int cards[N];
};

template <std::size_t N>
constexpr Deck<N> shuffled_deck(std::uint64_t seed) {
    Deck<N> deck{};
    for (std::size_t k = 0; k < N; ++k) deck.cards[k] = static_cast<int>(k);
    Pcg32 rng{seed};
    shuffle(deck.cards, rng);
    return deck;
}

}  // namespace

TEST_CASE("shuffle: deals pcg32-demo's cards", "[training][shuffle]") {
    constexpr Deck<52> dealt = [] {
        Pcg32 rng{42u, 54u};
        for (int k = 0; k < 6; ++k) rng.next();
        for (int k = 0; k < 65; ++k) uniform_index(rng, 2);
        for (int k = 0; k < 33; ++k) uniform_index(rng, 6);
        Deck<52> deck{};
        for (int k = 0; k < 52; ++k) deck.cards[k] = k;
        shuffle(deck.cards, rng);
        return deck;
    }();
    constexpr bool matches = [&] {
        for (int k = 0; k < 52; ++k) {
            if (dealt.cards[k] != demo_card(k)) return false;
        }
        return true;
    }();
    constexpr bool demo_is_a_deck = [] {
        int printed[52] = {};
        for (int k = 0; k < 52; ++k) printed[k] = demo_card(k);
        return is_permutation_of_iota(printed, 52);
    }();
    STATIC_REQUIRE(demo_card(0) == 46);  // "Qd": queen (11) of diamonds (2)
    STATIC_REQUIRE(demo_is_a_deck);
    STATIC_REQUIRE(matches);
}

TEST_CASE("shuffle: leaves every element present exactly once", "[training][shuffle]") {
    STATIC_REQUIRE(is_permutation_of_iota(shuffled_deck<1>(3).cards, 1));
    STATIC_REQUIRE(is_permutation_of_iota(shuffled_deck<2>(3).cards, 2));
    STATIC_REQUIRE(is_permutation_of_iota(shuffled_deck<10>(3).cards, 10));
    STATIC_REQUIRE(is_permutation_of_iota(shuffled_deck<100>(3).cards, 100));
    STATIC_REQUIRE(is_permutation_of_iota(shuffled_deck<100>(4).cards, 100));
    // ... and moves them: two seeds give two different orders, neither the identity.
    constexpr auto differ = [](const Deck<100>& a, const Deck<100>& b) {
        for (int k = 0; k < 100; ++k) {
            if (a.cards[k] != b.cards[k]) return true;
        }
        return false;
    };
    STATIC_REQUIRE(differ(shuffled_deck<100>(3), shuffled_deck<100>(4)));
    STATIC_REQUIRE(differ(shuffled_deck<100>(3), [] {
        Deck<100> d{};
        for (int k = 0; k < 100; ++k) d.cards[k] = k;
        return d;
    }()));
}

TEST_CASE("shuffle: takes iterators, pointers, arrays and spans alike", "[training][shuffle]") {
    constexpr bool all_agree = [] {
        std::array<int, 20> by_iterators{}, by_span{}, by_dynamic_span{};
        int by_pointers[20] = {}, by_array[20] = {};
        for (int k = 0; k < 20; ++k) {
            by_iterators[k] = by_span[k] = by_dynamic_span[k] = by_pointers[k] = by_array[k] = k;
        }
        Pcg32 a{8}, b{8}, c{8}, d{8}, e{8};
        shuffle(by_iterators.begin(), by_iterators.end(), a);
        shuffle(std::span{by_span}, b);
        shuffle(std::span<int>{by_dynamic_span.data(), 20}, c);
        shuffle(by_pointers + 0, by_pointers + 20, d);
        shuffle(by_array, e);
        for (int k = 0; k < 20; ++k) {
            const int x = by_iterators[k];
            if (by_span[k] != x || by_dynamic_span[k] != x || by_pointers[k] != x ||
                by_array[k] != x) {
                return false;
            }
        }
        return is_permutation_of_iota(by_iterators, 20) && a == b && b == c && c == d && d == e;
    }();
    STATIC_REQUIRE(all_agree);
}

TEST_CASE("shuffle: draws n - 1 indices, none for an empty or one-element range",
          "[training][shuffle]") {
    constexpr bool counts_match = [] {
        int items[5] = {0, 1, 2, 3, 4};
        Pcg32 rng{11}, untouched{11};
        shuffle(items + 0, items + 0, rng);
        shuffle(items + 0, items + 1, rng);
        if (!(rng == untouched)) return false;
        Pcg32 expected{11};
        for (std::uint64_t i = 5; i > 1; --i) uniform_index(expected, i);
        shuffle(items, rng);
        return rng == expected;
    }();
    STATIC_REQUIRE(counts_match);
}

TEST_CASE("shuffle: gives each of the 6 orders of 3 elements a sixth of the time",
          "[training][shuffle]") {
    // Each order's count over n shuffles is Binomial(n, 1/6): standard deviation
    // sqrt(n (1/6)(5/6)); a bias toward some order (as in the naive "swap with any j" shuffle,
    // whose orders have probabilities 4/27 and 5/27) would show beyond 4 of them.
    constexpr int n = 60'000;
    Pcg32 rng{99};
    int count[6] = {};
    int not_permutations = 0;
    for (int k = 0; k < n; ++k) {
        int items[3] = {0, 1, 2};
        shuffle(items, rng);
        if (!is_permutation_of_iota(items, 3)) {
            ++not_permutations;
            continue;
        }
        const int order = items[0] * 2 + (items[1] > items[2] ? 1 : 0);  // 0..5, one per order
        ++count[order];
    }
    CHECK(not_permutations == 0);
    const double sigma = ctnn::sqrt(n * (1.0 / 6.0) * (5.0 / 6.0));
    for (int order = 0; order < 6; ++order)
        CHECK(is_close(double(count[order]), n / 6.0, 4 * sigma));
}

TEST_CASE("shuffle: gives the same order at compile time and at run time", "[training][shuffle]") {
    constexpr Deck<64> by_compiler = shuffled_deck<64>(1618);

    volatile std::uint64_t hidden_seed = 1618;
    const Deck<64> by_program = shuffled_deck<64>(hidden_seed);

    for (int k = 0; k < 64; ++k) CHECK(by_program.cards[k] == by_compiler.cards[k]);
}
