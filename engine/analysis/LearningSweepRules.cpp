#include "analysis/LearningSweepRules.h"

#include "discrete/Dynamics.h"
#include "discrete/HopfieldNetwork.h"
#include "learning/ExampleLearning.h"
#include "learning/HebbianUnlearning.h"

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <sstream>
#include <stdexcept>
#include <string>

namespace hopfield {

namespace {

void requireSweeps(int maxSweeps)
{
    if (maxSweeps < 1)
        throw std::invalid_argument("maxSweeps must be >= 1, got " + std::to_string(maxSweeps));
}

/// Every digit: the name is part of the SweepCache key.
std::string exact(double value)
{
    std::ostringstream text;
    text << std::setprecision(17) << value;
    return text.str();
}

} // namespace

SweepRule unlearningSweepRule(int maxSweeps, double lambda, double dreamsPerPattern)
{
    requireSweeps(maxSweeps);
    if (!(lambda > 0.0) || !std::isfinite(lambda))
        throw std::invalid_argument("lambda must be finite and > 0, got " + exact(lambda));
    if (!(dreamsPerPattern >= 0.0) || !std::isfinite(dreamsPerPattern))
        throw std::invalid_argument("dreamsPerPattern must be finite and >= 0, got " +
                                    exact(dreamsPerPattern));
    const std::string name = "unlearning sweeps=" + std::to_string(maxSweeps) +
                             " lambda=" + exact(lambda) + " dreams/P=" + exact(dreamsPerPattern);
    return {name, [maxSweeps, lambda, dreamsPerPattern](const PatternSet& stored,
                                                        std::span<const Spin> start,
                                                        double temperature, Rng& rng) {
                UnlearningOptions options;
                options.strength = lambda;
                options.dreams =
                    static_cast<int>(std::lround(dreamsPerPattern * stored.size() / lambda));
                options.reportEvery = std::max(1, options.dreams); // only the end matters
                HopfieldNetwork network(stored, unlearningCouplings(stored, options, rng));
                network.setState(start);
                runDynamics(network, {UpdateMode::RandomAsync, temperature, maxSweeps}, rng);
                const auto state = network.state();
                return std::vector<Spin>(state.begin(), state.end());
            }};
}

SweepRule denseSweepRule(InteractionFunction function, int maxSweeps)
{
    requireSweeps(maxSweeps);
    function.validate(); // refused here, before any trial runs, as the memory itself would
    const std::string name =
        "dense F=" + interactionName(function) + " sweeps=" + std::to_string(maxSweeps);
    return {name, [function, maxSweeps](const PatternSet& stored, std::span<const Spin> start,
                                        double temperature, Rng& rng) {
                if (temperature != 0.0)
                    throw std::invalid_argument(
                        "the dense memory runs at temperature 0 only, got T = " +
                        exact(temperature));
                DenseAssociativeMemory memory(stored, function);
                memory.setState(start);
                memory.step(maxSweeps, rng);
                const auto state = memory.state();
                return std::vector<Spin>(state.begin(), state.end());
            }};
}

SweepRule modernSweepRule(double beta, int steps)
{
    requireSweeps(steps);
    if (!(beta > 0.0) || !std::isfinite(beta))
        throw std::invalid_argument("the inverse temperature beta must be finite and > 0, got " +
                                    exact(beta));
    const std::string name = "modern beta=" + exact(beta) + " steps=" + std::to_string(steps);
    return {name, [beta, steps](const PatternSet& stored, std::span<const Spin> start,
                                double temperature, Rng&) {
                if (temperature != 0.0)
                    throw std::invalid_argument(
                        "the modern network has beta for a temperature; T must be 0, got " +
                        exact(temperature));
                return ModernHopfieldNetwork(stored, beta).retrieve(start, steps);
            }};
}

SweepRule examplesSweepRule(bool supervised, int examples, double quality, int maxSweeps)
{
    requireSweeps(maxSweeps);
    if (examples < 1)
        throw std::invalid_argument("examples per pattern must be >= 1, got " +
                                    std::to_string(examples));
    if (!(quality > 0.0 && quality <= 1.0))
        throw std::invalid_argument("the example quality r must be in (0, 1], got " +
                                    exact(quality));
    const std::string name =
        std::string(supervised ? "examples-supervised" : "examples-unsupervised") +
        " sweeps=" + std::to_string(maxSweeps) + " M=" + std::to_string(examples) +
        " r=" + exact(quality);
    return {name, [supervised, examples, quality, maxSweeps](const PatternSet& stored,
                                                             std::span<const Spin> start,
                                                             double temperature, Rng& rng) {
                const ExampleDataset dataset = generateExamples(stored, examples, quality, rng);
                HopfieldNetwork network(stored, supervised ? supervisedCouplings(dataset)
                                                           : unsupervisedCouplings(dataset));
                network.setState(start);
                runDynamics(network, {UpdateMode::RandomAsync, temperature, maxSweeps}, rng);
                const auto state = network.state();
                return std::vector<Spin>(state.begin(), state.end());
            }};
}

} // namespace hopfield
