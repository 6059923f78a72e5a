#include "analysis/Sweep.h"

#include "analysis/ParallelItems.h"
#include "core/Corruption.h"
#include "core/MemoryGuard.h"
#include "discrete/HebbReplicas.h"

#include <algorithm>
#include <atomic>
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

double runSample(const SweepPoint& point, const SweepParameters& parameters, const SweepRule& rule,
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

// A replica batch holds its patterns once, one bit each (N ceil(P / 64) words per
// replica); past this many bytes a batch gains nothing from interleaving (every row fetch
// misses anyway), so it shrinks.
constexpr std::size_t kBatchPatternBytes = std::size_t{64} << 20;

/// Samples per work item: parameters.replicas for a Hebb rule (capped so a batch's
/// patterns stay within kBatchPatternBytes), else one.
long long batchSize(const SweepParameters& parameters, const SweepRule& rule, int largestLoad)
{
    if (rule.hebbReplicaSweeps <= 0)
        return 1;
    const std::size_t bytes = static_cast<std::size_t>(parameters.neurons) *
                              ((static_cast<std::size_t>(largestLoad) + 63) / 64) * 8;
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

/// Runs the samples of `range` on parameters.threads threads and calls
/// samplesDone(firstItem, overlaps) for each finished batch, from several threads at once.
/// A batch is a run of consecutive samples of one grid point (batchSize of them, aligned to
/// the point's first sample); every sample keeps its own seed, so a shard of the range gives
/// the overlaps the whole sweep gives.  True when every sample ran.
bool runItems(const SweepParameters& parameters, const SweepRule& rule,
              const std::vector<SweepPoint>& grid, SampleRange range,
              const std::function<void(long long, const std::vector<double>&)>& samplesDone,
              const SweepControl& control)
{
    if (!rule.run)
        throw std::invalid_argument("sweep rule '" + rule.name + "' has no trial function");
    const unsigned hardware = std::max(1u, std::thread::hardware_concurrency());
    const auto threadCount = static_cast<long long>(
        parameters.threads == 0 ? hardware : static_cast<unsigned>(parameters.threads));
    int largestLoad = 0;
    for (const SweepPoint& point : grid)
        largestLoad = std::max(largestLoad, point.patterns);
    const long long batch = batchSize(parameters, rule, largestLoad);
    // Each running sample holds its P x N patterns and the network's int8 copy of them; a
    // replica batch holds far less (one bit per xi, once per replica): this bounds both.
    ensureMemoryFits(arrayBytes(static_cast<std::size_t>(largestLoad) *
                                    static_cast<std::size_t>(batch == 1 ? 2 : batch),
                                static_cast<std::size_t>(parameters.neurons),
                                static_cast<std::size_t>(threadCount)),
                     "the sweep's patterns");
    if (range.size() == 0)
        return true;
    const auto samples = static_cast<long long>(parameters.samples);
    const long long batchesPerPoint = (samples + batch - 1) / batch;
    const auto batchOf = [&](long long item) {
        return item / samples * batchesPerPoint + item % samples / batch;
    };
    const long long firstBatch = batchOf(range.first);
    const long long batchCount = batchOf(range.last - 1) + 1 - firstBatch;

    std::atomic<long long> finishedSamples{0};
    const auto runBatch = [&](long long index) {
        const long long unit = firstBatch + index;
        const auto p = static_cast<std::size_t>(unit / batchesPerPoint);
        const long long pointStart = static_cast<long long>(p) * samples;
        const long long batchStart = pointStart + unit % batchesPerPoint * batch;
        const long long first = std::max(range.first, batchStart);
        const long long last = std::min({range.last, pointStart + samples, batchStart + batch});
        const auto seedOf = [&](long long item) {
            return sweepSampleSeed(parameters.seed, p,
                                   static_cast<std::uint64_t>(item - pointStart));
        };
        std::vector<double> overlaps;
        if (batch == 1) {
            overlaps.push_back(runSample(grid[p], parameters, rule, seedOf(first)));
        } else {
            std::vector<std::uint64_t> seeds;
            for (long long item = first; item < last; ++item)
                seeds.push_back(seedOf(item));
            // One workspace per worker thread, reused from batch to batch.
            thread_local HebbReplicas replicas;
            overlaps =
                replicas.run({parameters.neurons, grid[p].patterns, grid[p].noise,
                              parameters.randomTarget, grid[p].temperature, rule.hebbReplicaSweeps},
                             seeds);
        }
        finishedSamples += last - first;
        samplesDone(first, overlaps);
    };
    std::function<bool(long long, long long)> progress;
    if (control.progress)
        progress = [&](long long, long long) {
            return control.progress(finishedSamples, range.size());
        };
    return runParallelItems(batchCount, static_cast<int>(threadCount), runBatch, progress,
                            control.cancel);
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

std::vector<SweepPoint> sweepGrid(const SweepParameters& parameters)
{
    parameters.validate();
    std::vector<SweepPoint> grid;
    for (const double alpha : parameters.alpha.values())
        for (const double temperature : parameters.temperature.values())
            for (const double noise : parameters.noise.values()) {
                SweepPoint point;
                point.alpha = alpha;
                point.temperature = temperature;
                point.noise = noise;
                point.patterns =
                    std::max(1, static_cast<int>(std::lround(alpha * parameters.neurons)));
                grid.push_back(std::move(point));
            }
    return grid;
}

std::uint64_t sweepSampleSeed(std::uint64_t seed, std::uint64_t point, std::uint64_t sample)
{
    return splitMix64(splitMix64(splitMix64(seed) ^ point) ^ sample);
}

SweepResult runSweep(const SweepParameters& parameters, const SweepRule& rule,
                     const SweepControl& control)
{
    SweepResult result;
    result.points = sweepGrid(parameters);
    const auto samples = static_cast<long long>(parameters.samples);
    for (SweepPoint& point : result.points)
        point.overlaps.resize(static_cast<std::size_t>(samples));

    std::vector<long long> unfinished(result.points.size(), samples); // samples left per point
    std::mutex pointMutex;                                            // guards `unfinished`
    const bool complete = runItems(
        parameters, rule, result.points,
        {0, static_cast<long long>(result.points.size()) * samples},
        [&](long long first, const std::vector<double>& overlaps) {
            const auto p = static_cast<std::size_t>(first / samples);
            std::copy(overlaps.begin(), overlaps.end(),
                      result.points[p].overlaps.begin() + first % samples);
            const std::lock_guard lock(pointMutex);
            unfinished[p] -= static_cast<long long>(overlaps.size());
            if (unfinished[p] == 0 && control.pointDone) {
                // Every sample of p is written: the point's statistics are final.
                summarise(result.points[p], parameters.retrievalThreshold);
                control.pointDone(p, result.points[p]);
            }
        },
        control);

    result.cancelled = !complete;
    if (!result.cancelled)
        for (SweepPoint& point : result.points)
            summarise(point, parameters.retrievalThreshold);
    return result;
}

std::optional<std::vector<double>> runSweepSamples(const SweepParameters& parameters,
                                                   const SweepRule& rule, SampleRange range,
                                                   const SweepControl& control)
{
    const std::vector<SweepPoint> grid = sweepGrid(parameters);
    const long long total = static_cast<long long>(grid.size()) * parameters.samples;
    if (range.first < 0 || range.last < range.first || range.last > total)
        throw std::invalid_argument("sample range [" + std::to_string(range.first) + ", " +
                                    std::to_string(range.last) + ") is outside the sweep's " +
                                    std::to_string(total) + " samples");
    std::vector<double> overlaps(static_cast<std::size_t>(range.size()));
    const bool complete = runItems(
        parameters, rule, grid, range,
        [&](long long first, const std::vector<double>& batch) {
            std::copy(batch.begin(), batch.end(), overlaps.begin() + (first - range.first));
        },
        control);
    if (!complete)
        return std::nullopt;
    return overlaps;
}

SweepResult sweepResultFromOverlaps(const SweepParameters& parameters,
                                    const std::vector<double>& overlaps)
{
    SweepResult result;
    result.points = sweepGrid(parameters);
    const auto samples = static_cast<std::size_t>(parameters.samples);
    if (overlaps.size() != result.points.size() * samples)
        throw std::invalid_argument(
            "the sweep has " + std::to_string(result.points.size() * samples) + " samples, got " +
            std::to_string(overlaps.size()) + " overlaps");
    auto next = overlaps.begin();
    for (SweepPoint& point : result.points) {
        point.overlaps.assign(next, next + static_cast<std::ptrdiff_t>(samples));
        next += static_cast<std::ptrdiff_t>(samples);
        summarise(point, parameters.retrievalThreshold);
    }
    return result;
}

} // namespace hopfield
