#include "core/Rng.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <stdexcept>

namespace hopfield {
namespace {

std::uint64_t splitMix64(std::uint64_t& x) noexcept
{
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

} // namespace

Rng::Rng(std::uint64_t seed) noexcept
{
    for (auto& word : m_state)
        word = splitMix64(seed);
}

Rng Rng::fromState(const State& state)
{
    if (std::all_of(state.begin(), state.end(), [](std::uint64_t word) { return word == 0; }))
        throw std::invalid_argument("a generator state of four zero words is not one "
                                    "xoshiro256** can be in");
    Rng rng;
    rng.m_state = state;
    return rng;
}

double Rng::normal() noexcept
{
    // 1 - u lies in (0, 1], so the logarithm is finite.
    const double radius = std::sqrt(-2.0 * std::log(1.0 - uniform()));
    return radius * std::cos(2.0 * std::numbers::pi * uniform());
}

} // namespace hopfield
