#include "discrete/BamRetrieval.h"

#include "core/Corruption.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace hopfield {

BamRetrieval retrievePair(const BidirectionalMemory& memory, int pair, double noise, int maxSteps,
                          Rng& rng)
{
    if (pair < 0 || pair >= memory.pairCount())
        throw std::invalid_argument("no pair " + std::to_string(pair) + " among " +
                                    std::to_string(memory.pairCount()));
    if (!(noise >= 0.0 && noise <= 1.0))
        throw std::invalid_argument("the noise must be a fraction in [0, 1]");
    if (maxSteps < 1)
        throw std::invalid_argument("a retrieval needs at least one step");
    BidirectionalMemory run = memory;
    const Pattern& xi = memory.firstPatterns()[pair];
    const Pattern& eta = memory.secondPatterns()[pair];
    const Pattern start = flipExactly(xi, noise, rng);
    const PatternSet partner =
        randomPatterns(eta.width(), eta.height(), 1, 0.0, rng); // tau: the unknown half
    run.setLayers(start.spins(), partner[0].spins());

    BamRetrieval result;
    result.energyTrace.push_back(run.energy());
    while (result.steps < maxSteps) {
        const int flips = run.step(1, rng);
        ++result.steps;
        result.energyTrace.push_back(run.energy());
        if (flips == 0) {
            result.converged = true;
            break;
        }
    }
    result.pairOverlapS = overlap(xi.spins(), run.firstLayer());
    result.pairOverlapTau = overlap(eta.spins(), run.secondLayer());
    result.retrieved = result.pairOverlapS > kBamRetrievalThreshold &&
                       result.pairOverlapTau > kBamRetrievalThreshold;
    return result;
}

std::vector<BamCapacityPoint> bamCapacity(int neurons, const std::vector<double>& alphas,
                                          int trials, double noise, Rng& rng)
{
    if (neurons < 2)
        throw std::invalid_argument("a BAM capacity sweep needs at least 2 neurons");
    if (trials < 1)
        throw std::invalid_argument("a BAM capacity sweep needs at least one trial");
    constexpr int kMaxSteps = 100;
    std::vector<BamCapacityPoint> points;
    for (const double alpha : alphas) {
        if (!(alpha > 0.0 && alpha <= 2.0))
            throw std::invalid_argument("the BAM load alpha must be in (0, 2], got " +
                                        std::to_string(alpha));
        BamCapacityPoint point;
        point.alpha = alpha;
        point.pairs = std::max(1, static_cast<int>(std::lround(alpha * neurons)));
        int tried = 0;
        int retrieved = 0;
        double overlapSum = 0.0;
        for (int t = 0; t < trials; ++t) {
            const BidirectionalMemory memory(randomPatterns(neurons, 1, point.pairs, 0.0, rng),
                                             randomPatterns(neurons, 1, point.pairs, 0.0, rng));
            for (int mu = 0; mu < point.pairs; ++mu) {
                const BamRetrieval run = retrievePair(memory, mu, noise, kMaxSteps, rng);
                ++tried;
                retrieved += run.retrieved ? 1 : 0;
                overlapSum += 0.5 * (run.pairOverlapS + run.pairOverlapTau);
            }
        }
        point.retrievedFraction = static_cast<double>(retrieved) / tried;
        point.meanOverlap = overlapSum / tried;
        points.push_back(point);
    }
    return points;
}

} // namespace hopfield
