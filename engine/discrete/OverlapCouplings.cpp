#include "discrete/OverlapCouplings.h"

#include "core/MemoryGuard.h"

#include <stdexcept>
#include <string>

namespace hopfield {

OverlapCouplings::OverlapCouplings(const PatternSet& stored)
    : m_neurons(stored.neurons()), m_patterns(stored.size()),
      m_stride((static_cast<std::size_t>(stored.size()) + 63) / 64 * 64)
{
    ensureMemoryFits(arrayBytes(static_cast<std::size_t>(m_neurons), m_stride, 1),
                     "the patterns of a network of N = " + std::to_string(m_neurons) +
                         " neurons and P = " + std::to_string(m_patterns) + " patterns");
    // The int32 dot product in fieldNumerator() is exact while P N < 2^31.
    if (static_cast<long long>(m_neurons) * m_patterns >= (1LL << 31))
        throw std::invalid_argument("the overlap form needs P N < 2^31; N = " +
                                    std::to_string(m_neurons) + " and P = " +
                                    std::to_string(m_patterns) + " are too many");
    m_patternsByNeuron.assign(static_cast<std::size_t>(m_neurons) * m_stride, 0);
    for (int mu = 0; mu < m_patterns; ++mu) {
        const auto spins = stored[mu].spins();
        for (int i = 0; i < m_neurons; ++i)
            m_patternsByNeuron[static_cast<std::size_t>(i) * m_stride +
                               static_cast<std::size_t>(mu)] = spins[static_cast<std::size_t>(i)];
    }
    m_overlapSums.assign(m_stride, 0);
}

void OverlapCouplings::reset(std::span<const Spin> state)
{
    std::fill(m_overlapSums.begin(), m_overlapSums.end(), 0);
    for (int i = 0; i < m_neurons; ++i) {
        const std::int8_t* row = &m_patternsByNeuron[static_cast<std::size_t>(i) * m_stride];
        const std::int32_t s = state[static_cast<std::size_t>(i)];
        for (std::size_t mu = 0; mu < m_stride; ++mu)
            m_overlapSums[mu] += s * row[mu];
    }
}

std::int64_t OverlapCouplings::fieldNumerator(int i, Spin si) const noexcept
{
    const std::int8_t* __restrict row = &m_patternsByNeuron[static_cast<std::size_t>(i) * m_stride];
    const std::int32_t* __restrict sums = m_overlapSums.data();
    std::int32_t dot = 0; // |dot| <= P N < 2^31, checked by the constructor
    for (std::size_t mu = 0; mu < m_stride; ++mu)
        dot += row[mu] * sums[mu];
    return static_cast<std::int64_t>(dot) - static_cast<std::int64_t>(m_patterns) * si;
}

double OverlapCouplings::field(int i, std::span<const Spin> state) const noexcept
{
    return static_cast<double>(fieldNumerator(i, state[static_cast<std::size_t>(i)])) /
           static_cast<double>(m_neurons);
}

void OverlapCouplings::fields(std::span<const Spin> state, std::span<double> out) const noexcept
{
    for (int i = 0; i < m_neurons; ++i)
        out[static_cast<std::size_t>(i)] = field(i, state);
}

void OverlapCouplings::onFlip(int i, Spin newSpin) noexcept
{
    const std::int8_t* __restrict row = &m_patternsByNeuron[static_cast<std::size_t>(i) * m_stride];
    std::int32_t* __restrict sums = m_overlapSums.data();
    const std::int32_t twice = 2 * newSpin;
    for (std::size_t mu = 0; mu < m_stride; ++mu)
        sums[mu] += twice * row[mu];
}

double OverlapCouplings::pairEnergy() const noexcept
{
    std::int64_t squares = 0;
    for (int mu = 0; mu < m_patterns; ++mu)
        squares += static_cast<std::int64_t>(m_overlapSums[static_cast<std::size_t>(mu)]) *
                   m_overlapSums[static_cast<std::size_t>(mu)];
    const auto n = static_cast<std::int64_t>(m_neurons);
    return -0.5 * static_cast<double>(squares - static_cast<std::int64_t>(m_patterns) * n) /
           static_cast<double>(n);
}

std::vector<double> OverlapCouplings::overlaps() const
{
    std::vector<double> m(static_cast<std::size_t>(m_patterns));
    for (std::size_t mu = 0; mu < m.size(); ++mu)
        m[mu] = static_cast<double>(m_overlapSums[mu]) / static_cast<double>(m_neurons);
    return m;
}

} // namespace hopfield
