#include "learning/ExampleLearning.h"

#include "core/MemoryGuard.h"
#include "discrete/Dynamics.h"
#include "discrete/HopfieldNetwork.h"
#include "learning/CouplingRules.h"
#include "learning/PatternStability.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace hopfield {
namespace {

void checkQuality(double quality, int examplesPerArchetype)
{
    if (!(quality > 0.0 && quality <= 1.0))
        throw std::invalid_argument("the example quality r must lie in (0, 1], got " +
                                    std::to_string(quality));
    if (examplesPerArchetype < 1)
        throw std::invalid_argument("the examples per archetype M must be >= 1, got " +
                                    std::to_string(examplesPerArchetype));
}

/// 1 / (R N), the prefactor both rules share (the unsupervised one adds 1/M).
double prefactor(const ExampleDataset& dataset)
{
    return 1.0 / (exampleNormalisation(dataset.quality, dataset.examplesPerArchetype) *
                  dataset.archetypes.neurons());
}

/// The first `count` examples (or all, if fewer) of every archetype, in one set.
PatternSet firstExamples(const ExampleDataset& dataset, int count)
{
    PatternSet first(dataset.archetypes.width(), dataset.archetypes.height());
    for (const PatternSet& examples : dataset.examples)
        for (int a = 0; a < std::min(count, examples.size()); ++a)
            first.add(examples[a]);
    return first;
}

} // namespace

ExampleDataset generateExamples(const PatternSet& archetypes, int examplesPerArchetype,
                                double quality, Rng& rng)
{
    checkQuality(quality, examplesPerArchetype);
    if (archetypes.empty())
        throw std::invalid_argument("learning from examples needs at least one archetype");
    // An example is a Pattern: its spins, the object, its name ("example 12 of A", on the
    // heap past the short-string buffer) and two heap blocks' overhead; the learners take a
    // copy of them all (allExamples), hence twice.
    constexpr std::size_t kNameAndOverhead = 96;
    const std::size_t exampleBytes = static_cast<std::size_t>(archetypes.neurons()) * sizeof(Spin) +
                                     sizeof(Pattern) + kNameAndOverhead;
    ensureMemoryFits(arrayBytes(static_cast<std::size_t>(archetypes.size()) *
                                    static_cast<std::size_t>(examplesPerArchetype),
                                2 * exampleBytes, 1),
                     std::to_string(examplesPerArchetype) + " examples of each of " +
                         std::to_string(archetypes.size()) + " archetypes");
    ExampleDataset dataset{archetypes, {}, quality, examplesPerArchetype};
    const double agree = (1.0 + quality) / 2.0;
    for (int mu = 0; mu < archetypes.size(); ++mu) {
        PatternSet examples(archetypes.width(), archetypes.height());
        for (int a = 0; a < examplesPerArchetype; ++a) {
            Pattern example = archetypes[mu];
            for (int i = 0; i < example.size(); ++i)
                if (!rng.bernoulli(agree))
                    example.flip(i);
            example.setName("example " + std::to_string(a) + " of " + archetypes[mu].name());
            examples.add(std::move(example));
        }
        dataset.examples.push_back(std::move(examples));
    }
    return dataset;
}

PatternSet allExamples(const ExampleDataset& dataset)
{
    return firstExamples(dataset, dataset.examplesPerArchetype);
}

double datasetEntropy(double quality, int examplesPerArchetype)
{
    checkQuality(quality, examplesPerArchetype);
    return (1.0 - quality * quality) / (examplesPerArchetype * quality * quality);
}

double qualityForEntropy(double entropy, int examplesPerArchetype)
{
    if (!std::isfinite(entropy) || entropy < 0.0)
        throw std::invalid_argument("the dataset entropy rho must be finite and >= 0");
    if (examplesPerArchetype < 1)
        throw std::invalid_argument("at least one example per archetype is needed");
    // rho = (1 - r^2) / (M r^2)  <=>  r^2 = 1 / (1 + M rho).
    return 1.0 / std::sqrt(1.0 + examplesPerArchetype * entropy);
}

double exampleNormalisation(double quality, int examplesPerArchetype)
{
    return quality * quality * (1.0 + datasetEntropy(quality, examplesPerArchetype));
}

Eigen::MatrixXd supervisedCouplings(const ExampleDataset& dataset)
{
    const auto n = static_cast<Eigen::Index>(dataset.archetypes.neurons());
    Eigen::MatrixXd means(static_cast<Eigen::Index>(dataset.examples.size()), n);
    for (std::size_t mu = 0; mu < dataset.examples.size(); ++mu)
        means.row(static_cast<Eigen::Index>(mu)) =
            patternRows(dataset.examples[mu]).colwise().mean();
    Eigen::MatrixXd j = prefactor(dataset) * means.transpose() * means;
    j.diagonal().setZero();
    return j;
}

Eigen::MatrixXd unsupervisedCouplings(const ExampleDataset& dataset)
{
    const auto n = static_cast<Eigen::Index>(dataset.archetypes.neurons());
    Eigen::MatrixXd j = Eigen::MatrixXd::Zero(n, n);
    for (const PatternSet& examples : dataset.examples) {
        const Eigen::MatrixXd eta = patternRows(examples);
        j.selfadjointView<Eigen::Lower>().rankUpdate(eta.transpose());
    }
    j.triangularView<Eigen::StrictlyUpper>() = j.transpose();
    j *= prefactor(dataset) / dataset.examplesPerArchetype;
    j.diagonal().setZero();
    return j;
}

double archetypeOverlap(const PatternSet& archetypes, const Eigen::MatrixXd& couplings,
                        int maxSweeps, Rng& rng)
{
    if (archetypes.empty())
        throw std::invalid_argument("the archetype overlap needs at least one archetype");
    HopfieldNetwork network(archetypes, couplings);
    DynamicsOptions options;
    options.maxSweeps = maxSweeps;
    double total = 0.0;
    for (int mu = 0; mu < archetypes.size(); ++mu) {
        network.setState(archetypes[mu].spins());
        total +=
            runDynamics(network, options, rng).trace.back().overlaps[static_cast<std::size_t>(mu)];
    }
    return total / archetypes.size();
}

std::vector<ExampleCurvePoint> exampleLearningCurve(const PatternSet& archetypes,
                                                    const std::vector<int>& examplesPerArchetype,
                                                    double quality, Rng& rng)
{
    constexpr int kMaxSweeps = 50; // T = 0 dynamics near an attractor settles in a few
    constexpr int kStabilityExamples = 10;
    std::vector<ExampleCurvePoint> curve;
    for (const int m : examplesPerArchetype) {
        const ExampleDataset dataset = generateExamples(archetypes, m, quality, rng);
        const Eigen::MatrixXd supervised = supervisedCouplings(dataset);
        curve.push_back(
            {m, datasetEntropy(quality, m), archetypeOverlapTheory(quality, m),
             archetypeOverlap(archetypes, supervised, kMaxSweeps, rng),
             archetypeOverlap(archetypes, unsupervisedCouplings(dataset), kMaxSweeps, rng),
             patternStability(firstExamples(dataset, kStabilityExamples), supervised)
                 .stableFraction});
    }
    return curve;
}

double archetypeOverlapTheory(double quality, int examplesPerArchetype)
{
    checkQuality(quality, examplesPerArchetype);
    const int m = examplesPerArchetype;
    const double agree = (1.0 + quality) / 2.0;
    // P[Bin(M, p) = k] summed in log space, so M in the thousands does not underflow.
    double correct = 0.0;
    double wrong = 0.0;
    for (int k = 0; k <= m; ++k) {
        const double logTerm = std::lgamma(m + 1.0) - std::lgamma(k + 1.0) -
                               std::lgamma(m - k + 1.0) + k * std::log(agree) +
                               (m - k) * std::log1p(-agree);
        const double probability = quality == 1.0 ? (k == m ? 1.0 : 0.0) : std::exp(logTerm);
        if (2 * k > m)
            correct += probability;
        else if (2 * k < m)
            wrong += probability;
    }
    return correct - wrong;
}

} // namespace hopfield
