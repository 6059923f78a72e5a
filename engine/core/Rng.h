#pragma once

#include <cstdint>
#include <span>
#include <utility>

namespace hopfield {

/// Seeded pseudo-random generator: xoshiro256** (Blackman and Vigna 2018), its
/// state filled by SplitMix64 from one 64-bit seed.  We own the generator and the
/// conversions to doubles and bounded integers (std:: distributions differ between
/// standard libraries), so one seed gives one run in the GUI, the CLI and the tests.
class Rng {
public:
    explicit Rng(std::uint64_t seed) noexcept;

    std::uint64_t next() noexcept;

    /// Uniform double in [0, 1) with 53 random bits.
    double uniform() noexcept { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

    /// Uniform integer in [0, bound), bound > 0 (Lemire's multiply-shift with rejection).
    std::uint32_t below(std::uint32_t bound) noexcept;

    bool bernoulli(double probability) noexcept { return uniform() < probability; }

    /// Standard normal deviate by Box-Muller from two uniforms (no cached second value,
    /// so the stream depends only on the calls made).
    double normal() noexcept;

    /// Fisher-Yates shuffle, drawing from this generator.
    template <typename T> void shuffle(std::span<T> values) noexcept
    {
        for (std::size_t i = values.size(); i > 1; --i) {
            const auto j = below(static_cast<std::uint32_t>(i));
            std::swap(values[i - 1], values[j]);
        }
    }

private:
    std::uint64_t m_state[4];
};

} // namespace hopfield
