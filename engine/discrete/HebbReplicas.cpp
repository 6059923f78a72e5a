#include "discrete/HebbReplicas.h"

#include "core/Corruption.h"
#include "core/MemoryGuard.h"
#include "discrete/Glauber.h"
#include "discrete/OverlapKernels.h"

#include <algorithm>
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
    const std::size_t stride = (static_cast<std::size_t>(trial.patterns) + 63) / 64 * 64;
    ensureMemoryFits(arrayBytes(static_cast<std::size_t>(trial.neurons), stride, replicas),
                     "the patterns of " + std::to_string(replicas) + " replicas");
}

} // namespace

void HebbReplicas::prepare(Replica& replica, const HebbTrial& trial, std::uint64_t seed)
{
    const auto n = static_cast<std::size_t>(trial.neurons);
    replica.rng = Rng(seed);
    replica.patterns.assign(n * m_stride, 0);
    // randomPatterns(N, 1, P, 0, rng): pattern by pattern, spin by spin, s = +1 when
    // uniform() < 1/2, i.e. when the top bit of the 64-bit draw is clear.
    for (std::size_t mu = 0; mu < static_cast<std::size_t>(trial.patterns); ++mu)
        for (std::size_t i = 0; i < n; ++i)
            replica.patterns[i * m_stride + mu] = (replica.rng.next() >> 63) == 0 ? 1 : -1;
    const std::size_t target =
        trial.randomTarget ? replica.rng.below(static_cast<std::uint32_t>(trial.patterns)) : 0;
    replica.target.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        replica.target[i] = replica.patterns[i * m_stride + target];
    const Pattern start =
        flipExactly(Pattern(trial.neurons, 1, replica.target), trial.noise, replica.rng);
    replica.state.assign(start.spins().begin(), start.spins().end());
    replica.order.resize(n);
    std::iota(replica.order.begin(), replica.order.end(), 0);
    // M_mu = sum_i xi_i^mu s_i, summed exactly in int32 as OverlapCouplings::reset().
    std::vector<std::int32_t> sums(m_stride, 0);
    for (std::size_t i = 0; i < n; ++i)
        addRow(sums.data(), &replica.patterns[i * m_stride], std::int32_t{replica.state[i]},
               m_stride);
    if (trial.neurons <= std::numeric_limits<std::int16_t>::max()) {
        replica.narrowSums.assign(sums.begin(), sums.end());
        replica.wideSums.clear();
    } else {
        replica.wideSums = std::move(sums);
    }
}

double HebbReplicas::probabilityUp(std::int64_t numerator, const HebbTrial& trial) noexcept
{
    // The same double glauberSpin() computes from h = numerator / N, so the comparison
    // with the uniform draw, and the stream, are unchanged.
    const auto exact = [&] {
        return glauberProbabilityUp(
            static_cast<double>(numerator) / static_cast<double>(trial.neurons), trial.temperature);
    };
    if (numerator < -m_reach || numerator > m_reach)
        return exact();
    double& entry = m_probabilities[static_cast<std::size_t>(numerator + m_reach)];
    if (entry < 0.0)
        entry = exact();
    return entry;
}

template <typename Sum> void HebbReplicas::relax(const HebbTrial& trial, std::size_t count)
{
    const auto n = static_cast<std::size_t>(trial.neurons);
    const std::int64_t patterns = trial.patterns;
    const bool zeroTemperature = trial.temperature <= 0.0;
    std::vector<Replica*> active;
    for (std::size_t r = 0; r < count; ++r)
        active.push_back(&m_replicas[r]);
    for (int sweep = 0; sweep < trial.maxSweeps && !active.empty(); ++sweep) {
        for (Replica* replica : active) {
            replica->rng.shuffle(std::span<int>(replica->order));
            replica->flips = 0;
        }
        for (std::size_t k = 0; k < n; ++k) {
            for (Replica* replica : active) {
                const auto i = static_cast<std::size_t>(replica->order[k]);
                if (k + 1 < n)
                    prefetchRow(&replica->patterns[static_cast<std::size_t>(replica->order[k + 1]) *
                                                   m_stride],
                                m_stride);
                Sum* sums = [&] {
                    if constexpr (sizeof(Sum) == 2)
                        return replica->narrowSums.data();
                    else
                        return replica->wideSums.data();
                }();
                const std::int8_t* row = &replica->patterns[i * m_stride];
                const Spin current = replica->state[i];
                const std::int64_t numerator =
                    static_cast<std::int64_t>(rowDot(row, sums, m_stride)) - patterns * current;
                Spin next = current;
                if (zeroTemperature)
                    next = numerator > 0 ? Spin{1} : numerator < 0 ? Spin{-1} : current;
                else
                    next = replica->rng.uniform() < probabilityUp(numerator, trial) ? Spin{1}
                                                                                    : Spin{-1};
                if (next != current) {
                    replica->state[i] = next;
                    addRow(sums, row, static_cast<Sum>(2 * next), m_stride);
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
    m_stride = (static_cast<std::size_t>(trial.patterns) + 63) / 64 * 64;
    if (m_replicas.size() < seeds.size())
        m_replicas.resize(seeds.size());
    if (trial.temperature > 0.0 &&
        (trial.neurons != m_tableNeurons || trial.temperature != m_tableTemperature)) {
        m_reach = std::min(kTableFields * trial.neurons, kMaxTableReach);
        m_probabilities.assign(static_cast<std::size_t>(2 * m_reach + 1), -1.0);
        m_tableNeurons = trial.neurons;
        m_tableTemperature = trial.temperature;
    }
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
