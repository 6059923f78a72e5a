#pragma once

#include "core/Rng.h"
#include "discrete/BidirectionalMemory.h"

#include <vector>

namespace hopfield {

/// Where a BAM went from a corrupted half of a pair.
struct BamRetrieval {
    double pairOverlapS = 0.0;       ///< final (1/N) xi^mu . s
    double pairOverlapTau = 0.0;     ///< final (1/M) eta^mu . tau
    bool retrieved = false;          ///< both overlaps above kBamRetrievalThreshold
    std::vector<double> energyTrace; ///< E = -s^T W tau at the start and after each step
    int steps = 0;
    bool converged = false; ///< the last step changed nothing
};

/// A pair counts as retrieved when both layers' overlaps exceed this.
inline constexpr double kBamRetrievalThreshold = 0.9;

/// Starts s at xi^pair with round(noise N) distinct bits flipped and tau at random (the
/// partner is unknown), then runs up to maxSteps steps of `memory`'s dynamics, stopping at
/// a fixed point.  A copy of `memory` runs; it is unchanged.  pair in [0, P), noise in
/// [0, 1], maxSteps >= 1, else std::invalid_argument.
BamRetrieval retrievePair(const BidirectionalMemory& memory, int pair, double noise, int maxSteps,
                          Rng& rng);

/// One point of the BAM capacity curve (equal layers, N = M).
struct BamCapacityPoint {
    double alpha = 0.0;             ///< P / N
    int pairs = 0;                  ///< P = max(1, round(alpha N))
    double retrievedFraction = 0.0; ///< over trials x pairs tried
    double meanOverlap = 0.0;       ///< mean of (m_s + m_tau) / 2
};

/// For each alpha: `trials` fresh sets of P random pairs (N = M neurons), each pair
/// retrieved (synchronous reverberation, T = 0, at most 100 steps) from its first half with
/// `noise` flipped.  neurons >= 2, trials >= 1, alpha in (0, 2]; else
/// std::invalid_argument.
std::vector<BamCapacityPoint> bamCapacity(int neurons, const std::vector<double>& alphas,
                                          int trials, double noise, Rng& rng);

} // namespace hopfield
