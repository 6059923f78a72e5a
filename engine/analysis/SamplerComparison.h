#pragma once

#include "core/PatternSet.h"

#include <cstdint>
#include <vector>

namespace hopfield {

/// The duality check beyond enumeration (seed 001): sample the Hebb network on `stored` by
/// Glauber dynamics and its Gaussian RBM (RestrictedBoltzmannMachine::fromPatterns) by
/// block Gibbs sampling, both at temperature T, and compare the histograms of
/// M = max_mu |m_mu|, the overlap with the nearest stored pattern.  Each sampler runs
/// `chains` independent chains from random states, `burnIn` steps (a Glauber sweep or a
/// block Gibbs step), then records M after each of `samplesPerChain` further steps.  M is
/// blind to which pattern (and sign) a chain found, so the slow hops between attractors
/// do not bias the comparison.
struct SamplerComparison {
    std::vector<double> binEdges;          ///< bins + 1 edges over [0, 1]
    std::vector<double> hopfieldHistogram; ///< fraction of samples per bin
    std::vector<double> rbmHistogram;
    double totalVariation = 0.0; ///< (1/2) sum |h_H - h_RBM|, 0 for equal histograms
    double hopfieldMean = 0.0;   ///< <M> under Glauber
    double rbmMean = 0.0;        ///< <M> under block Gibbs
};

struct SamplerComparisonOptions {
    double hopfieldTemperature = 1.0; ///< T of the Glauber chains (> 0)
    double rbmTemperature = 1.0;      ///< T of the RBM (> 0); equal to the above for the check
    int chains = 100;                 ///< >= 1
    int burnIn = 50;                  ///< >= 0
    int samplesPerChain = 20;         ///< >= 1
    int bins = 20;                    ///< >= 1
    std::uint64_t seed = 1;
};

/// Throws std::invalid_argument for an empty set or options out of range.
SamplerComparison compareSamplers(const PatternSet& stored,
                                  const SamplerComparisonOptions& options);

} // namespace hopfield
