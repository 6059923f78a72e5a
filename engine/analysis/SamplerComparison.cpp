#include "analysis/SamplerComparison.h"

#include "core/Corruption.h"
#include "core/Rng.h"
#include "discrete/HopfieldModel.h"
#include "generative/RestrictedBoltzmannMachine.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace hopfield {
namespace {

/// Runs every chain of `model` and bins M = max_mu |m_mu| into `histogram` (counts).
void sample(DiscreteModel& model, const SamplerComparisonOptions& options, Rng& rng,
            std::vector<double>& histogram, double& mean)
{
    const int neurons = model.units();
    long long count = 0;
    for (int c = 0; c < options.chains; ++c) {
        model.setState(randomPatterns(neurons, 1, 1, 0.0, rng)[0].spins());
        model.step(options.burnIn, rng);
        for (int s = 0; s < options.samplesPerChain; ++s) {
            model.step(1, rng);
            double largest = 0.0;
            for (const double m : model.overlaps())
                largest = std::max(largest, std::abs(m));
            const auto bin = std::min(options.bins - 1, static_cast<int>(largest * options.bins));
            histogram[static_cast<std::size_t>(bin)] += 1.0;
            mean += largest;
            ++count;
        }
    }
    for (double& h : histogram)
        h /= static_cast<double>(count);
    mean /= static_cast<double>(count);
}

} // namespace

SamplerComparison compareSamplers(const PatternSet& stored, const SamplerComparisonOptions& options)
{
    if (stored.empty())
        throw std::invalid_argument("the sampler comparison needs at least one pattern");
    if (!(options.hopfieldTemperature > 0.0) || !(options.rbmTemperature > 0.0) ||
        !std::isfinite(options.hopfieldTemperature) || !std::isfinite(options.rbmTemperature))
        throw std::invalid_argument("the sampler comparison needs temperatures > 0");
    if (options.chains < 1 || options.burnIn < 0 || options.samplesPerChain < 1 || options.bins < 1)
        throw std::invalid_argument("the sampler comparison needs chains >= 1, burn-in >= 0, "
                                    "samples per chain >= 1 and bins >= 1");
    SamplerComparison result;
    for (int k = 0; k <= options.bins; ++k)
        result.binEdges.push_back(static_cast<double>(k) / options.bins);
    result.hopfieldHistogram.assign(static_cast<std::size_t>(options.bins), 0.0);
    result.rbmHistogram.assign(static_cast<std::size_t>(options.bins), 0.0);

    Rng rng(options.seed);
    HopfieldModel hopfield(HopfieldNetwork(stored), UpdateMode::RandomAsync,
                           options.hopfieldTemperature);
    sample(hopfield, options, rng, result.hopfieldHistogram, result.hopfieldMean);
    RestrictedBoltzmannMachine rbm =
        RestrictedBoltzmannMachine::fromPatterns(stored, 1.0 / options.rbmTemperature);
    sample(rbm, options, rng, result.rbmHistogram, result.rbmMean);
    for (int k = 0; k < options.bins; ++k)
        result.totalVariation += 0.5 * std::abs(result.hopfieldHistogram[std::size_t(k)] -
                                                result.rbmHistogram[std::size_t(k)]);
    return result;
}

} // namespace hopfield
