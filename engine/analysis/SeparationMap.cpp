#include "analysis/SeparationMap.h"

#include "analysis/ParallelItems.h"
#include "analysis/Sweep.h"
#include "core/Corruption.h"
#include "core/Rng.h"
#include "discrete/LayeredNetwork.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace hopfield {

void SeparationMapParameters::validate() const
{
    constexpr int kMaxPoints = 10000;
    lambda.validate("lambda", -10.0, 10.0, kMaxPoints);
    temperature.validate("temperature", 0.0, 10.0, kMaxPoints);
    const auto check = [](const char* name, long long value, long long low, long long high) {
        if (value < low || value > high)
            throw std::invalid_argument(std::string(name) + " must be in [" + std::to_string(low) +
                                        ", " + std::to_string(high) + "], got " +
                                        std::to_string(value));
    };
    check("neurons", neurons, 10, 100000);
    check("patterns", patterns, 3, 100);
    check("layers", layers, 1, 10);
    check("sweeps", sweeps, 1, 100000);
    check("trials", trials, 1, 100000);
    check("threads", threads, 0, 256);
    check("number of map points", static_cast<long long>(lambda.count()) * temperature.count(), 1,
          kMaxPoints);
    if (!std::isfinite(field))
        throw std::invalid_argument("the field H must be finite");
}

SeparationTrial runSeparationTrial(int neurons, int patterns, int layers, double lambda,
                                   double field, double temperature, int sweeps, std::uint64_t seed)
{
    Rng rng(seed);
    LayeredNetwork network(randomPatterns(neurons, 1, patterns, 0.0, rng), layers, lambda, field,
                           temperature);
    network.step(sweeps, rng);
    SeparationTrial trial;
    trial.separated = network.separated();
    for (int a = 0; a < layers; ++a) {
        const std::vector<double> m = network.layerOverlaps(a);
        trial.meanBestOverlap += *std::max_element(m.begin(), m.end()) / layers;
    }
    return trial;
}

SeparationMap separationMap(const SeparationMapParameters& parameters,
                            const std::function<bool(long long, long long)>& progress,
                            const std::atomic<bool>* cancel)
{
    parameters.validate();
    const std::vector<double> lambdas = parameters.lambda.values();
    const std::vector<double> temperatures = parameters.temperature.values();
    const auto pointCount = static_cast<long long>(lambdas.size() * temperatures.size());
    const long long trials = parameters.trials;
    std::vector<SeparationTrial> outcomes(static_cast<std::size_t>(pointCount * trials));
    const bool complete = runParallelItems(
        pointCount * trials, parameters.threads,
        [&](long long item) {
            const long long point = item / trials;
            const double lambda = lambdas[static_cast<std::size_t>(point) / temperatures.size()];
            const double temperature =
                temperatures[static_cast<std::size_t>(point) % temperatures.size()];
            outcomes[static_cast<std::size_t>(item)] = runSeparationTrial(
                parameters.neurons, parameters.patterns, parameters.layers, lambda,
                parameters.field, temperature, parameters.sweeps,
                sweepSampleSeed(parameters.seed, static_cast<std::uint64_t>(point),
                                static_cast<std::uint64_t>(item % trials)));
        },
        progress, cancel);

    SeparationMap map;
    map.cancelled = !complete;
    if (map.cancelled)
        return map;
    for (long long point = 0; point < pointCount; ++point) {
        SeparationPoint summary;
        summary.lambda = lambdas[static_cast<std::size_t>(point) / temperatures.size()];
        summary.temperature = temperatures[static_cast<std::size_t>(point) % temperatures.size()];
        long long separated = 0;
        double bestOverlapSum = 0.0;
        for (long long t = 0; t < trials; ++t) {
            const SeparationTrial& outcome = outcomes[static_cast<std::size_t>(point * trials + t)];
            separated += outcome.separated ? 1 : 0;
            bestOverlapSum += outcome.meanBestOverlap;
        }
        summary.separatedFraction = static_cast<double>(separated) / trials;
        summary.meanBestOverlap = bestOverlapSum / trials;
        map.points.push_back(summary);
    }
    return map;
}

} // namespace hopfield
