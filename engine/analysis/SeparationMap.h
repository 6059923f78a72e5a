#pragma once

#include "analysis/SweepRange.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace hopfield {

/// How often the layered network (LayeredNetwork.h) separates the 3-mixture, over a grid
/// of (lambda, T): at each point `trials` runs, each with fresh random patterns, every
/// layer started in the mixture and run `sweeps` sweeps.
struct SeparationMapParameters {
    SweepRange lambda = SweepRange::single(0.3);
    SweepRange temperature = SweepRange::single(0.2);
    int neurons = 400;  ///< in [10, 100000]
    int patterns = 3;   ///< in [3, 100]
    int layers = 3;     ///< in [1, 10]
    double field = 0.1; ///< H_f, finite
    int sweeps = 50;    ///< in [1, 100000]
    int trials = 10;    ///< per point, in [1, 100000]
    std::uint64_t seed = 1;
    int threads = 0; ///< 0: every core
    /// std::invalid_argument naming the first bad parameter and its allowed range.
    void validate() const;
};

struct SeparationPoint {
    double lambda = 0.0;
    double temperature = 0.0;
    double separatedFraction = 0.0; ///< trials whose final state is separated()
    double meanBestOverlap = 0.0;   ///< mean over trials and layers of the largest overlap
};

struct SeparationMap {
    std::vector<SeparationPoint> points; ///< lambda outermost, temperature innermost
    bool cancelled = false;
};

/// One trial: the seed fixes the patterns and the dynamics.
struct SeparationTrial {
    bool separated = false;
    double meanBestOverlap = 0.0;
};
SeparationTrial runSeparationTrial(int neurons, int patterns, int layers, double lambda,
                                   double field, double temperature, int sweeps,
                                   std::uint64_t seed);

/// progress(done, total) after each trial (one call at a time); false cancels, as does
/// *cancel.  Trials run on parameters.threads threads, each seeded by sweepSampleSeed(seed,
/// point, trial), so the map is the same whatever the thread count.
SeparationMap separationMap(const SeparationMapParameters& parameters,
                            const std::function<bool(long long, long long)>& progress = {},
                            const std::atomic<bool>* cancel = nullptr);

} // namespace hopfield
