#pragma once

#include "analysis/SweepRange.h"
#include "analysis/SweepRule.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace hopfield {

/// A Monte-Carlo retrieval sweep over load, temperature and initial noise.  At every
/// grid point (alpha, T, noise), each sample draws P = max(1, round(alpha N)) random
/// patterns, flips exactly round(noise N) spins of the target (pattern 0, or a random
/// one), runs the rule's trial and records the final overlap m with the target.
struct SweepParameters {
    SweepRange alpha = SweepRange::single(0.1);       ///< in (0, kMaxLoad]
    SweepRange temperature = SweepRange::single(0.0); ///< in [0, 10]
    SweepRange noise = SweepRange::single(0.1);       ///< flipped fraction, in [0, 1]
    int neurons = 1000;                               ///< in [10, 200000]
    int samples = 10;                                 ///< per point, in [1, 100000]
    std::uint64_t seed = 1;
    int threads = 0;                 ///< 0: std::thread::hardware_concurrency(); at most 256
    bool randomTarget = false;       ///< false: the target is pattern 0
    double retrievalThreshold = 0.9; ///< |m| above this counts as retrieved
    /// Samples of one point a Hebb sweep advances together (HebbReplicas), in [1, 64];
    /// the results do not depend on it, only the speed.
    int replicas = kDefaultReplicas;

    static constexpr int kDefaultReplicas = 4;

    static constexpr double kMaxLoad = 2.0;
    static constexpr int kMaxPoints = 100000;

    /// std::invalid_argument naming the first bad parameter and its allowed range.
    void validate() const;
};

/// The statistics of one grid point.  retrievalFraction counts samples with
/// |m| > retrievalThreshold (a reversed pattern counts: it is an attractor as good as
/// the pattern); `overlaps` holds every sample's signed final m, in sample order (for
/// histograms).
struct SweepPoint {
    double alpha = 0.0;
    double temperature = 0.0;
    double noise = 0.0;
    int patterns = 0;
    double meanOverlap = 0.0;
    double stdOverlap = 0.0; ///< sample standard deviation (n - 1); 0 for one sample
    double retrievalFraction = 0.0;
    std::vector<double> overlaps;
};

/// Points in the order alpha (outermost), temperature, noise (innermost).
struct SweepResult {
    std::vector<SweepPoint> points;
    bool cancelled = false; ///< stopped early; the points are then incomplete
};

/// progress(done, total) is called after each finished sample, from the worker
/// threads one call at a time; returning false cancels, as does setting *cancel.
struct SweepControl {
    std::function<bool(long long done, long long total)> progress;
    const std::atomic<bool>* cancel = nullptr;
    /// pointDone(index, point) is called once a grid point's last sample has finished,
    /// with its statistics as the result will hold them, from the worker threads one call
    /// at a time (a live figure fills cell by cell).
    std::function<void(std::size_t index, const SweepPoint& point)> pointDone;
};

/// A contiguous run [first, last) of the sweep's samples in point-major order: sample s of
/// grid point p is item p * samples + s.  A shard of the sweep runs one (SweepShard.h).
struct SampleRange {
    long long first = 0;
    long long last = 0;

    long long size() const { return last - first; }
    bool operator==(const SampleRange&) const = default;
};

/// The grid points in result order with their load P filled in and no overlaps yet.
std::vector<SweepPoint> sweepGrid(const SweepParameters& parameters);

/// The seed of sample `sample` at grid point `point`: SplitMix64 hashes of (seed, point,
/// sample), so every sample's randomness is the same whatever the thread count.
std::uint64_t sweepSampleSeed(std::uint64_t seed, std::uint64_t point, std::uint64_t sample);

/// Runs every sample of the grid on parameters.threads threads (work handed out one
/// sample at a time, or one batch of parameters.replicas samples of a point when the rule
/// has hebbReplicaSweeps) and gathers the statistics.  Deterministic given the seed.
SweepResult runSweep(const SweepParameters& parameters, const SweepRule& rule,
                     const SweepControl& control = {});

/// Runs only the samples in `range` (within the grid's points x samples) and returns their
/// final overlaps in item order, or nothing when cancelled.  Every sample keeps its seed
/// sweepSampleSeed(seed, p, s), so the values are runSweep's whichever machine runs them.
/// control.pointDone is not called (a range may hold part of a point).
std::optional<std::vector<double>> runSweepSamples(const SweepParameters& parameters,
                                                   const SweepRule& rule, SampleRange range,
                                                   const SweepControl& control = {});

/// What runSweep returns, rebuilt from every sample's overlap in item order (shards run
/// elsewhere and merged): the same statistics, computed in the same order, bit for bit.
/// std::invalid_argument unless there are points x samples overlaps.
SweepResult sweepResultFromOverlaps(const SweepParameters& parameters,
                                    const std::vector<double>& overlaps);

} // namespace hopfield
