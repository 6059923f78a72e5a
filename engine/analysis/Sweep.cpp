#include "analysis/Sweep.h"

#include "analysis/ParallelItems.h"
#include "core/Corruption.h"
#include "core/MemoryGuard.h"
#include "discrete/HebbReplicas.h"

#include <algorithm>
#include <cmath>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>

namespace hopfield {

namespace {

std::uint64_t splitMix64(std::uint64_t x)
{
    std::uint64_t z = x + 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

struct GridPoint {
    double alpha;
    double temperature;
    double noise;
    int patterns;
};

std::vector<GridPoint> gridOf(const SweepParameters& parameters)
{
    std::vector<GridPoint> grid;
    for (const double alpha : parameters.alpha.values())
        for (const double temperature : parameters.temperature.values())
            for (const double noise : parameters.noise.values())
                grid.push_back(
                    {alpha, temperature, noise,
                     std::max(1, static_cast<int>(std::lround(alpha * parameters.neurons)))});
    return grid;
}

double runSample(const GridPoint& point, const SweepParameters& parameters, const SweepRule& rule,
                 std::uint64_t seed)
{
    Rng rng(seed);
    const PatternSet stored = randomPatterns(parameters.neurons, 1, point.patterns, 0.0, rng);
    const int target = parameters.randomTarget
                           ? static_cast<int>(rng.below(static_cast<std::uint32_t>(point.patterns)))
                           : 0;
    const Pattern start = flipExactly(stored[target], point.noise, rng);
    const std::vector<Spin> finalState = rule.run(stored, start.spins(), point.temperature, rng);
    if (static_cast<int>(finalState.size()) != parameters.neurons)
        throw std::runtime_error("sweep rule '" + rule.name + "' returned " +
                                 std::to_string(finalState.size()) + " spins for " +
                                 std::to_string(parameters.neurons) + " neurons");
    return overlap(finalState, stored[target].spins());
}

// A replica batch holds its patterns once, N P bytes per replica; past this many bytes a
// batch gains nothing from interleaving (every row fetch misses anyway), so it shrinks.
constexpr std::size_t kBatchPatternBytes = std::size_t{64} << 20;

/// Samples per work item: parameters.replicas for a Hebb rule (capped so a batch's
/// patterns stay within kBatchPatternBytes), else one.
long long batchSize(const SweepParameters& parameters, const SweepRule& rule, int largestLoad)
{
    if (rule.hebbReplicaSweeps <= 0)
        return 1;
    const std::size_t bytes =
        static_cast<std::size_t>(parameters.neurons) * static_cast<std::size_t>(largestLoad);
    const auto fitting =
        static_cast<long long>(std::max<std::size_t>(1, kBatchPatternBytes / bytes));
    return std::min<long long>(parameters.replicas, fitting);
}

void summarise(SweepPoint& point, double threshold)
{
    const auto n = static_cast<double>(point.overlaps.size());
    double sum = 0.0;
    int retrieved = 0;
    for (const double m : point.overlaps) {
        sum += m;
        retrieved += std::abs(m) > threshold ? 1 : 0;
    }
    point.meanOverlap = sum / n;
    double squares = 0.0;
    for (const double m : point.overlaps)
        squares += (m - point.meanOverlap) * (m - point.meanOverlap);
    point.stdOverlap = n > 1 ? std::sqrt(squares / (n - 1)) : 0.0;
    point.retrievalFraction = retrieved / n;
}

} // namespace

void SweepParameters::validate() const
{
    alpha.validate("alpha", 0.0, kMaxLoad, kMaxPoints);
    if (!(alpha.start > 0.0))
        throw std::invalid_argument("alpha range must start above 0, got " +
                                    std::to_string(alpha.start));
    temperature.validate("temperature", 0.0, 10.0, kMaxPoints);
    noise.validate("noise", 0.0, 1.0, kMaxPoints);
    requireInRange("neurons", neurons, 10, 200000);
    requireInRange("samples", samples, 1, 100000);
    requireInRange("threads", threads, 0, 256);
    requireInRange("replicas", replicas, 1, 64);
    const long long points =
        static_cast<long long>(alpha.count()) * temperature.count() * noise.count();
    requireInRange("number of sweep points", points, 1, kMaxPoints);
    if (!(retrievalThreshold >= 0.0 && retrievalThreshold < 1.0))
        throw std::invalid_argument("retrieval threshold must be in [0, 1)");
}

std::uint64_t sweepSampleSeed(std::uint64_t seed, std::uint64_t point, std::uint64_t sample)
{
    return splitMix64(splitMix64(splitMix64(seed) ^ point) ^ sample);
}

SweepResult runSweep(const SweepParameters& parameters, const SweepRule& rule,
                     const SweepControl& control)
{
    parameters.validate();
    if (!rule.run)
        throw std::invalid_argument("sweep rule '" + rule.name + "' has no trial function");
    const std::vector<GridPoint> grid = gridOf(parameters);
    const unsigned hardware = std::max(1u, std::thread::hardware_concurrency());
    const auto threadCount = static_cast<long long>(
        parameters.threads == 0 ? hardware : static_cast<unsigned>(parameters.threads));
    int largestLoad = 0;
    for (const GridPoint& point : grid)
        largestLoad = std::max(largestLoad, point.patterns);
    const long long batch = batchSize(parameters, rule, largestLoad);
    // Each running sample holds its P x N patterns and the network's int8 copy of them; a
    // replica batch holds only the int8 copy, once per replica.
    ensureMemoryFits(arrayBytes(static_cast<std::size_t>(largestLoad) *
                                    static_cast<std::size_t>(batch == 1 ? 2 : batch),
                                static_cast<std::size_t>(parameters.neurons),
                                static_cast<std::size_t>(threadCount)),
                     "the sweep's patterns");
    const auto samples = static_cast<long long>(parameters.samples);
    const long long total = static_cast<long long>(grid.size()) * samples;
    const long long batchesPerPoint = (samples + batch - 1) / batch;

    SweepResult result;
    result.points.resize(grid.size());
    for (std::size_t p = 0; p < grid.size(); ++p) {
        result.points[p] = {grid[p].alpha, grid[p].temperature,
                            grid[p].noise, grid[p].patterns,
                            0.0,           0.0,
                            0.0,           std::vector<double>(static_cast<std::size_t>(samples))};
    }

    std::vector<long long> unfinished(grid.size(), samples); // samples left per point
    std::mutex pointMutex;                                   // guards `unfinished`
    std::atomic<long long> samplesDone{0};
    const auto runBatch = [&](long long item) {
        const auto p = static_cast<std::size_t>(item / batchesPerPoint);
        const long long first = item % batchesPerPoint * batch;
        const long long last = std::min(samples, first + batch);
        std::vector<double>& overlaps = result.points[p].overlaps;
        if (batch == 1) {
            overlaps[static_cast<std::size_t>(first)] =
                runSample(grid[p], parameters, rule,
                          sweepSampleSeed(parameters.seed, p, static_cast<std::uint64_t>(first)));
        } else {
            std::vector<std::uint64_t> seeds;
            for (long long s = first; s < last; ++s)
                seeds.push_back(sweepSampleSeed(parameters.seed, p, static_cast<std::uint64_t>(s)));
            // One workspace per worker thread, reused from batch to batch.
            thread_local HebbReplicas replicas;
            const std::vector<double> finals =
                replicas.run({parameters.neurons, grid[p].patterns, grid[p].noise,
                              parameters.randomTarget, grid[p].temperature, rule.hebbReplicaSweeps},
                             seeds);
            std::copy(finals.begin(), finals.end(), overlaps.begin() + first);
        }
        samplesDone += last - first;
        const std::lock_guard lock(pointMutex);
        unfinished[p] -= last - first;
        if (unfinished[p] == 0 && control.pointDone) {
            // Every sample of p is written: the point's statistics are final.
            summarise(result.points[p], parameters.retrievalThreshold);
            control.pointDone(p, result.points[p]);
        }
    };
    std::function<bool(long long, long long)> progress;
    if (control.progress)
        progress = [&](long long, long long) {
            return control.progress(samplesDone, total);
        };
    const bool complete =
        runParallelItems(static_cast<long long>(grid.size()) * batchesPerPoint,
                         static_cast<int>(threadCount), runBatch, progress, control.cancel);

    result.cancelled = !complete;
    if (!result.cancelled)
        for (SweepPoint& point : result.points)
            summarise(point, parameters.retrievalThreshold);
    return result;
}

} // namespace hopfield
