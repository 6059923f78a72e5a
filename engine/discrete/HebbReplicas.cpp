#include "discrete/HebbReplicas.h"

#include "core/Corruption.h"
#include "core/MemoryGuard.h"
#include "discrete/BitRowKernels.h"
#include "discrete/Glauber.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>

namespace hopfield {
namespace {

// Table entries for |field| <= 4: past that the heat-bath probability is within
// exp(-8/T) of 0 or 1 and such fields are rare; they fall back to exp().
constexpr std::int64_t kTableFields = 4;
constexpr std::int64_t kMaxTableReach = 1 << 20;

std::size_t wordsFor(int count)
{
    return (static_cast<std::size_t>(count) + 63) / 64;
}

void checkTrial(const HebbTrial& trial, std::size_t replicas)
{
    if (trial.neurons < 10 || trial.patterns < 1)
        throw std::invalid_argument(
            "a replica trial needs N >= 10 and P >= 1, got N = " + std::to_string(trial.neurons) +
            ", P = " + std::to_string(trial.patterns));
    if (static_cast<long long>(trial.neurons) * trial.patterns >= (1LL << 31))
        throw std::invalid_argument(
            "the overlap form needs P N < 2^31; N = " + std::to_string(trial.neurons) +
            " and P = " + std::to_string(trial.patterns) + " are too many");
    if (trial.maxSweeps < 1)
        throw std::invalid_argument("maxSweeps must be >= 1, got " +
                                    std::to_string(trial.maxSweeps));
    if (!(trial.temperature >= 0.0) || !std::isfinite(trial.temperature))
        throw std::invalid_argument("temperature must be a finite number >= 0, got " +
                                    std::to_string(trial.temperature));
    ensureMemoryFits(arrayBytes(static_cast<std::size_t>(trial.neurons),
                                wordsFor(trial.patterns) * sizeof(std::uint64_t), replicas),
                     "the patterns of " + std::to_string(replicas) + " replicas");
}

/// Transposes a 64 x 64 bit block in place: bit c of word l becomes bit l of word c
/// (recursive exchange of off-diagonal 32 x 32, 16 x 16, ... sub-blocks).
void transpose64(std::array<std::uint64_t, 64>& block) noexcept
{
    std::uint64_t mask = 0x00000000FFFFFFFFULL;
    for (int j = 32; j != 0; j >>= 1, mask ^= mask << j)
        for (int k = 0; k < 64; k = ((k | j) + 1) & ~j) {
            const auto low = static_cast<std::size_t>(k);
            const auto high = static_cast<std::size_t>(k | j);
            const std::uint64_t swap = ((block[low] >> j) ^ block[high]) & mask;
            block[low] ^= swap << j;
            block[high] ^= swap;
        }
}

/// sum_mu xi^mu of a packed row of `patterns` patterns.
std::int64_t rowSum(const std::uint64_t* row, int patterns) noexcept
{
    std::int64_t minusOnes = 0;
    for (std::size_t w = 0; w < wordsFor(patterns); ++w)
        minusOnes += std::popcount(row[w]);
    return patterns - 2 * minusOnes;
}

/// The t with uniform() < p exactly when (draw >> 11) < t: uniform() is k 2^-53 for the
/// integer k = draw >> 11, and k 2^-53 < p iff k < p 2^53 iff k < ceil(p 2^53) (scaling by
/// 2^53 is exact).  At most 2^53, so p = 1 accepts every draw.
std::uint64_t thresholdOf(double probability) noexcept
{
    return static_cast<std::uint64_t>(std::ceil(probability * 0x1.0p53));
}

} // namespace

void HebbReplicas::drawPatterns(Replica& replica, const HebbTrial& trial)
{
    const auto n = static_cast<std::size_t>(trial.neurons);
    const auto patterns = static_cast<std::size_t>(trial.patterns);
    const std::size_t spinWords = wordsFor(trial.neurons);
    // randomPatterns(N, 1, P, 0, rng): pattern by pattern, spin by spin, s = -1 when
    // uniform() >= 1/2, i.e. when the top bit of the 64-bit draw is set: that bit is kept,
    // 64 spins to a word.
    // A local copy keeps the generator's state in registers through 1.7 M draws at
    // N = 4096, P = 410, instead of a store and reload of it per draw.
    Rng rng = replica.rng;
    m_columns.resize(patterns * spinWords);
    for (std::size_t mu = 0; mu < patterns; ++mu)
        for (std::size_t k = 0; k < spinWords; ++k) {
            const std::size_t count = std::min<std::size_t>(64, n - 64 * k);
            std::uint64_t word = 0;
            for (std::size_t b = 0; b < count; ++b)
                word |= (rng.next() >> 63) << b;
            m_columns[mu * spinWords + k] = word;
        }
    replica.rng = rng;
    // Pattern mu's spin i becomes bit mu of neuron i's row, 64 x 64 bits at a time.
    replica.rows.assign(n * m_words, 0);
    std::array<std::uint64_t, 64> block{};
    for (std::size_t w = 0; w < m_words; ++w)
        for (std::size_t k = 0; k < spinWords; ++k) {
            for (std::size_t l = 0; l < 64; ++l) {
                const std::size_t mu = 64 * w + l;
                block[l] = mu < patterns ? m_columns[mu * spinWords + k] : 0;
            }
            transpose64(block);
            for (std::size_t b = 0; b < 64 && 64 * k + b < n; ++b)
                replica.rows[(64 * k + b) * m_words + w] = block[b];
        }
}

void HebbReplicas::prepare(Replica& replica, const HebbTrial& trial, std::uint64_t seed)
{
    const auto n = static_cast<std::size_t>(trial.neurons);
    replica.rng = Rng(seed);
    drawPatterns(replica, trial);
    const std::size_t target =
        trial.randomTarget ? replica.rng.below(static_cast<std::uint32_t>(trial.patterns)) : 0;
    const std::uint64_t* targetBits = &m_columns[target * wordsFor(trial.neurons)];
    replica.target.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        replica.target[i] = ((targetBits[i / 64] >> (i % 64)) & 1) != 0 ? Spin{-1} : Spin{1};
    const Pattern start =
        flipExactly(Pattern(trial.neurons, 1, replica.target), trial.noise, replica.rng);
    replica.state.assign(start.spins().begin(), start.spins().end());
    replica.order.resize(n);
    std::iota(replica.order.begin(), replica.order.end(), 0);
    // M_mu = sum_i xi_i^mu s_i, built from zero by the kernels that own its layout.
    const auto build = [&]<typename Sum>(std::vector<Sum>& sums) {
        sums.assign(64 * m_words, 0);
        for (std::size_t i = 0; i < n; ++i)
            BitRowKernels<Sum>::add(sums.data(), &replica.rows[i * m_words],
                                    static_cast<Sum>(replica.state[i]), m_words,
                                    static_cast<std::size_t>(trial.patterns));
    };
    // S = sum_mu M_mu = sum_i s_i sum_mu xi_i^mu, from the rows (the padding lanes of M
    // are no part of it).
    replica.sumOfSums = 0;
    for (std::size_t i = 0; i < n; ++i)
        replica.sumOfSums += replica.state[i] * rowSum(&replica.rows[i * m_words], trial.patterns);
    if (trial.neurons <= std::numeric_limits<std::int16_t>::max()) {
        build(replica.narrowSums);
        replica.wideSums.clear();
    } else {
        build(replica.wideSums);
        replica.narrowSums.clear();
    }
}

void HebbReplicas::fillTable(const HebbTrial& trial)
{
    // The numerators that occur have the parity of P (N + 1) (see the class comment).
    const int parity =
        static_cast<int>((static_cast<std::int64_t>(trial.patterns) * (trial.neurons + 1)) % 2);
    if (trial.neurons == m_tableNeurons && trial.temperature == m_tableTemperature &&
        parity == m_tableParity)
        return;
    m_reach = std::min(kTableFields * trial.neurons, kMaxTableReach);
    if (m_reach % 2 != parity)
        ++m_reach;
    m_thresholds.resize(static_cast<std::size_t>(m_reach + 1));
    for (std::size_t k = 0; k < m_thresholds.size(); ++k) {
        const auto numerator = static_cast<std::int64_t>(2 * k) - m_reach;
        // The same double glauberSpin() computes from h = numerator / N.
        m_thresholds[k] = thresholdOf(glauberProbabilityUp(static_cast<double>(numerator) /
                                                               static_cast<double>(trial.neurons),
                                                           trial.temperature));
    }
    m_tableNeurons = trial.neurons;
    m_tableTemperature = trial.temperature;
    m_tableParity = parity;
}

std::uint64_t HebbReplicas::thresholdUp(std::int64_t numerator,
                                        const HebbTrial& trial) const noexcept
{
    if (numerator < -m_reach || numerator > m_reach)
        return thresholdOf(glauberProbabilityUp(static_cast<double>(numerator) /
                                                    static_cast<double>(trial.neurons),
                                                trial.temperature));
    return m_thresholds[static_cast<std::size_t>((numerator + m_reach) / 2)];
}

template <typename Sum> void HebbReplicas::relax(const HebbTrial& trial, std::size_t count)
{
    using Kernels = BitRowKernels<Sum>;
    const auto n = static_cast<std::size_t>(trial.neurons);
    const std::int64_t patterns = trial.patterns;
    const bool zeroTemperature = trial.temperature <= 0.0;
    const auto sumsOf = [](Replica& replica) {
        if constexpr (sizeof(Sum) == 2)
            return replica.narrowSums.data();
        else
            return replica.wideSums.data();
    };
    std::vector<Replica*> active;
    for (std::size_t r = 0; r < count; ++r)
        active.push_back(&m_replicas[r]);
    for (int sweep = 0; sweep < trial.maxSweeps && !active.empty(); ++sweep) {
        for (Replica* replica : active) {
            Rng rng = replica->rng; // in registers through the shuffle's N draws
            rng.shuffle(std::span<int>(replica->order));
            replica->rng = rng;
            replica->flips = 0;
        }
        for (std::size_t k = 0; k < n; ++k) {
            // Every replica's update k is decided before any is applied: the decisions are
            // straight-line code whose chains (row, field, table, draw) the core overlaps,
            // and a mispredicted flip below costs a refill, not a wait for a field.
            for (Replica* replica : active) {
                const auto i = static_cast<std::size_t>(replica->order[k]);
                if (k + 1 < n) {
                    const std::uint64_t* next =
                        &replica->rows[static_cast<std::size_t>(replica->order[k + 1]) * m_words];
                    __builtin_prefetch(next);
                    __builtin_prefetch(next + m_words - 1);
                }
                const Spin current = replica->state[i];
                const std::int64_t numerator =
                    replica->sumOfSums -
                    2 * std::int64_t{Kernels::maskedSum(&replica->rows[i * m_words],
                                                        sumsOf(*replica), m_words)} -
                    patterns * current;
                // Both choices as arithmetic, not branches: at T = 0.5 the new spin is a
                // coin toss the predictor would miss about half the time.
                if (zeroTemperature) {
                    const int sign = (numerator > 0) - (numerator < 0);
                    replica->next = sign != 0 ? static_cast<Spin>(sign) : current;
                } else { // the draw uniform() would make, compared as an integer
                    const bool up = (replica->rng.next() >> 11) < thresholdUp(numerator, trial);
                    replica->next = static_cast<Spin>(2 * static_cast<int>(up) - 1);
                }
            }
            for (Replica* replica : active) {
                const auto i = static_cast<std::size_t>(replica->order[k]);
                const Spin next = replica->next;
                if (next != replica->state[i]) {
                    const std::uint64_t* row = &replica->rows[i * m_words];
                    replica->state[i] = next;
                    Kernels::add(sumsOf(*replica), row, static_cast<Sum>(2 * next), m_words,
                                 static_cast<std::size_t>(patterns));
                    replica->sumOfSums += 2 * next * rowSum(row, trial.patterns);
                    ++replica->flips;
                }
            }
        }
        // runDynamics stops a T = 0 run at the first sweep without a flip.
        if (zeroTemperature)
            std::erase_if(active, [](const Replica* replica) { return replica->flips == 0; });
    }
}

std::vector<double> HebbReplicas::run(const HebbTrial& trial, std::span<const std::uint64_t> seeds)
{
    checkTrial(trial, seeds.size());
    m_words = wordsFor(trial.patterns);
    if (m_replicas.size() < seeds.size())
        m_replicas.resize(seeds.size());
    if (trial.temperature > 0.0)
        fillTable(trial);
    for (std::size_t r = 0; r < seeds.size(); ++r)
        prepare(m_replicas[r], trial, seeds[r]);
    if (trial.neurons <= std::numeric_limits<std::int16_t>::max())
        relax<std::int16_t>(trial, seeds.size());
    else
        relax<std::int32_t>(trial, seeds.size());
    std::vector<double> overlaps;
    for (std::size_t r = 0; r < seeds.size(); ++r)
        overlaps.push_back(overlap(m_replicas[r].state, m_replicas[r].target));
    return overlaps;
}

} // namespace hopfield
