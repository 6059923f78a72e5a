#include "discrete/OverlapCouplings.h"

#include "core/MemoryGuard.h"
#include "discrete/OverlapKernels.h"

#include <limits>
#include <stdexcept>
#include <string>

namespace hopfield {

OverlapCouplings::OverlapCouplings(const PatternSet& stored)
    : m_neurons(stored.neurons()), m_patterns(stored.size()),
      m_stride((static_cast<std::size_t>(stored.size()) + 63) / 64 * 64),
      m_narrow(stored.neurons() <= std::numeric_limits<std::int16_t>::max())
{
    // The int32 dot product in fieldNumerator() is exact while P N < 2^31.
    if (static_cast<long long>(m_neurons) * m_patterns >= (1LL << 31))
        throw std::invalid_argument(
            "the overlap form needs P N < 2^31; N = " + std::to_string(m_neurons) +
            " and P = " + std::to_string(m_patterns) + " are too many");
    ensureMemoryFits(arrayBytes(static_cast<std::size_t>(m_neurons), m_stride, 1),
                     "the patterns of a network of N = " + std::to_string(m_neurons) +
                         " neurons and P = " + std::to_string(m_patterns) + " patterns");
    m_patternsByNeuron.assign(static_cast<std::size_t>(m_neurons) * m_stride, 0);
    for (int mu = 0; mu < m_patterns; ++mu) {
        const auto spins = stored[mu].spins();
        for (int i = 0; i < m_neurons; ++i)
            m_patternsByNeuron[static_cast<std::size_t>(i) * m_stride +
                               static_cast<std::size_t>(mu)] = spins[static_cast<std::size_t>(i)];
    }
    if (m_narrow)
        m_narrowSums.assign(m_stride, 0);
    else
        m_wideSums.assign(m_stride, 0);
}

void OverlapCouplings::reset(std::span<const Spin> state)
{
    std::vector<std::int32_t> sums(m_stride, 0);
    for (int i = 0; i < m_neurons; ++i)
        addRow(sums.data(), row(i), std::int32_t{state[static_cast<std::size_t>(i)]}, m_stride);
    if (m_narrow)
        std::copy(sums.begin(), sums.end(), m_narrowSums.begin());
    else
        m_wideSums = std::move(sums);
}

std::int64_t OverlapCouplings::fieldNumerator(int i, Spin si) const noexcept
{
    const std::int32_t dot = m_narrow ? rowDot(row(i), m_narrowSums.data(), m_stride)
                                      : rowDot(row(i), m_wideSums.data(), m_stride);
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
    if (m_narrow)
        addRow(m_narrowSums.data(), row(i), static_cast<std::int16_t>(2 * newSpin), m_stride);
    else
        addRow(m_wideSums.data(), row(i), static_cast<std::int32_t>(2 * newSpin), m_stride);
}

void OverlapCouplings::prefetch(int i) const noexcept
{
    // A row is P bytes; fetching it while the current field is summed hides most of the
    // cache miss of a random permutation once N P outgrows the per-core L2.
    prefetchRow(row(i), m_stride);
}

double OverlapCouplings::pairEnergy() const noexcept
{
    std::int64_t squares = 0;
    for (std::size_t mu = 0; mu < static_cast<std::size_t>(m_patterns); ++mu) {
        const std::int64_t sum = m_narrow ? m_narrowSums[mu] : m_wideSums[mu];
        squares += sum * sum;
    }
    const auto n = static_cast<std::int64_t>(m_neurons);
    return -0.5 * static_cast<double>(squares - static_cast<std::int64_t>(m_patterns) * n) /
           static_cast<double>(n);
}

std::vector<double> OverlapCouplings::overlaps() const
{
    std::vector<double> m(static_cast<std::size_t>(m_patterns));
    for (std::size_t mu = 0; mu < m.size(); ++mu)
        m[mu] = static_cast<double>(m_narrow ? m_narrowSums[mu] : m_wideSums[mu]) /
                static_cast<double>(m_neurons);
    return m;
}

} // namespace hopfield
