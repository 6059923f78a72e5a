#pragma once

#include <array>
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
    /// The generator's whole state: four 64-bit words, not all zero.
    using State = std::array<std::uint64_t, 4>;

    explicit Rng(std::uint64_t seed) noexcept;
    /// A generator that goes on exactly where the one whose state() gave `state` stood
    /// (a saved session resumes its run's random stream).  Throws std::invalid_argument
    /// for four zero words: xoshiro256** never reaches that state and would stay in it.
    static Rng fromState(const State& state);

    State state() const noexcept { return m_state; }

    /// Defined here, not in Rng.cpp, so the sweeps' per-update draws inline.
    std::uint64_t next() noexcept
    {
        const std::uint64_t result = rotateLeft(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotateLeft(m_state[3], 45);
        return result;
    }

    /// Uniform double in [0, 1) with 53 random bits.
    double uniform() noexcept { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

    /// Uniform integer in [0, bound), bound > 0 (Lemire's multiply-shift with rejection).
    /// Inline too: the shuffle of every sweep calls it once per neuron.
    std::uint32_t below(std::uint32_t bound) noexcept
    {
        std::uint64_t product = (next() >> 32) * bound;
        auto low = static_cast<std::uint32_t>(product);
        if (low < bound) {
            const std::uint32_t threshold = static_cast<std::uint32_t>(-bound) % bound;
            while (low < threshold) {
                product = (next() >> 32) * bound;
                low = static_cast<std::uint32_t>(product);
            }
        }
        return static_cast<std::uint32_t>(product >> 32);
    }

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
    Rng() = default;

    static constexpr std::uint64_t rotateLeft(std::uint64_t x, int k) noexcept
    {
        return (x << k) | (x >> (64 - k));
    }

    State m_state{};
};

} // namespace hopfield
