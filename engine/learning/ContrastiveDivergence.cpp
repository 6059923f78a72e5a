#include "learning/ContrastiveDivergence.h"

#include "analysis/StateEnumeration.h"
#include "learning/CouplingRules.h"

#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace hopfield {
namespace {

void checkOptions(const ContrastiveDivergenceOptions& options)
{
    if (options.k < 1)
        throw std::invalid_argument("contrastive divergence needs k >= 1 Gibbs steps");
    if (!std::isfinite(options.learningRate) || options.learningRate <= 0.0)
        throw std::invalid_argument("the CD learning rate must be finite and > 0");
    if (options.epochs < 0)
        throw std::invalid_argument("the number of epochs must be >= 0");
    if (options.batchSize < 0)
        throw std::invalid_argument("the batch size must be >= 0 (0: the whole data set)");
    if (options.chains < 1)
        throw std::invalid_argument("PCD needs at least one persistent chain");
}

/// g(s), the hidden statistic whose correlations with s move W: d(-beta F)/dW = beta s g^T,
/// with g = W^T s + b (Gaussian) or tanh(beta (W^T s + b)) (binary); the same for b.
Eigen::VectorXd hiddenStatistic(const RestrictedBoltzmannMachine& machine,
                                const Eigen::VectorXd& visible)
{
    const Eigen::VectorXd mean = machine.hiddenMean(visible);
    return machine.hiddenKind() == HiddenUnits::Gaussian
               ? Eigen::VectorXd(mean / std::sqrt(machine.beta()))
               : mean;
}

/// Sums of s g^T, s and g over a phase.
struct PhaseMoments {
    Eigen::MatrixXd visibleHidden;
    Eigen::VectorXd visible;
    Eigen::VectorXd hidden;
    int count = 0;

    PhaseMoments(Eigen::Index n, Eigen::Index p)
        : visibleHidden(Eigen::MatrixXd::Zero(n, p)), visible(Eigen::VectorXd::Zero(n)),
          hidden(Eigen::VectorXd::Zero(p))
    {
    }
    void add(const Eigen::VectorXd& s, const Eigen::VectorXd& g)
    {
        visibleHidden.noalias() += s * g.transpose();
        visible += s;
        hidden += g;
        ++count;
    }
};

/// The hidden statistic with the layer clamped to a grandmother-cell label
/// (trainGrandmotherCells): only the label's unit is on.
Eigen::VectorXd labelStatistic(const RestrictedBoltzmannMachine& machine, int label)
{
    Eigen::VectorXd g = Eigen::VectorXd::Zero(machine.hiddenUnits());
    // Binary: h = +1 on the label.  Gaussian: z = sqrt(beta N), so g = z / sqrt(beta) = sqrt(N).
    g(label) = machine.hiddenKind() == HiddenUnits::Binary
                   ? 1.0
                   : std::sqrt(static_cast<double>(machine.visibleUnits()));
    return g;
}

CdEpoch measure(const RestrictedBoltzmannMachine& machine, const PatternSet& data, int epoch)
{
    CdEpoch point;
    point.epoch = epoch;
    point.logLikelihood = machine.visibleUnits() <= kMaxExactLikelihoodNeurons
                              ? meanLogLikelihood(rbmLogDistribution(machine), data)
                              : std::numeric_limits<double>::quiet_NaN();
    point.reconstructionError = machine.reconstructionError(data);
    return point;
}

/// Both variants: `labels` empty for plain CD, else one class per row of `data`.
CdResult train(RestrictedBoltzmannMachine& machine, const PatternSet& data,
               const std::vector<int>& labels, const ContrastiveDivergenceOptions& options,
               Rng& rng, const CdObserver& observer)
{
    checkOptions(options);
    if (data.empty())
        throw std::invalid_argument("contrastive divergence needs at least one example");
    if (data.neurons() != machine.visibleUnits())
        throw std::invalid_argument("examples of " + std::to_string(data.neurons()) +
                                    " units for an RBM of " +
                                    std::to_string(machine.visibleUnits()) + " visible units");
    const Eigen::MatrixXd rows = patternRows(data); // p x N
    const auto examples = static_cast<int>(rows.rows());
    const int batchSize = options.batchSize == 0 ? examples : std::min(options.batchSize, examples);
    const Eigen::Index n = machine.visibleUnits();
    const Eigen::Index p = machine.hiddenUnits();

    std::vector<Eigen::VectorXd> persistent;
    if (options.variant == CdVariant::Persistent)
        for (int c = 0; c < options.chains; ++c)
            persistent.push_back(
                rows.row(rng.below(static_cast<std::uint32_t>(examples))).transpose());

    CdResult result;
    result.curve.push_back(measure(machine, data, 0));
    std::vector<int> order(static_cast<std::size_t>(examples));
    std::iota(order.begin(), order.end(), 0);
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
        rng.shuffle(std::span<int>(order));
        for (int start = 0; start < examples; start += batchSize) {
            const int stop = std::min(start + batchSize, examples);
            PhaseMoments positive(n, p);
            PhaseMoments negative(n, p);
            for (int b = start; b < stop; ++b) {
                const int a = order[static_cast<std::size_t>(b)];
                const Eigen::VectorXd s = rows.row(a).transpose();
                positive.add(s, labels.empty()
                                    ? hiddenStatistic(machine, s)
                                    : labelStatistic(machine, labels[static_cast<std::size_t>(a)]));
                if (options.variant == CdVariant::Standard) {
                    Eigen::VectorXd v = s;
                    for (int step = 0; step < options.k; ++step)
                        v = machine.sampleVisible(machine.sampleHidden(v, rng), rng);
                    negative.add(v, hiddenStatistic(machine, v));
                }
            }
            for (Eigen::VectorXd& v : persistent) {
                for (int step = 0; step < options.k; ++step)
                    v = machine.sampleVisible(machine.sampleHidden(v, rng), rng);
                negative.add(v, hiddenStatistic(machine, v));
            }
            const double rate = options.learningRate * machine.beta();
            const double pos = 1.0 / positive.count;
            const double neg = 1.0 / negative.count;
            Eigen::MatrixXd weights = machine.weights() + rate * (pos * positive.visibleHidden -
                                                                  neg * negative.visibleHidden);
            Eigen::VectorXd visibleBias = machine.visibleBias();
            Eigen::VectorXd hiddenBias = machine.hiddenBias();
            if (options.learnBiases) {
                visibleBias += rate * (pos * positive.visible - neg * negative.visible);
                hiddenBias += rate * (pos * positive.hidden - neg * negative.hidden);
            }
            if (!weights.allFinite() || !visibleBias.allFinite() || !hiddenBias.allFinite())
                throw std::runtime_error("contrastive divergence diverged (a weight is not "
                                         "finite); lower the learning rate");
            machine.setParameters(std::move(weights), std::move(visibleBias),
                                  std::move(hiddenBias));
        }
        result.curve.push_back(measure(machine, data, epoch));
        if (observer && !observer(result.curve.back(), machine)) {
            result.cancelled = true;
            break;
        }
    }
    return result;
}

} // namespace

std::string cdVariantName(CdVariant variant)
{
    return variant == CdVariant::Standard ? "cd" : "pcd";
}

CdVariant cdVariantFromName(const std::string& name)
{
    if (name == "cd")
        return CdVariant::Standard;
    if (name == "pcd")
        return CdVariant::Persistent;
    throw std::invalid_argument("the CD variant must be cd or pcd, got '" + name + "'");
}

CdResult trainContrastiveDivergence(RestrictedBoltzmannMachine& machine, const PatternSet& data,
                                    const ContrastiveDivergenceOptions& options, Rng& rng,
                                    const CdObserver& observer)
{
    return train(machine, data, {}, options, rng, observer);
}

CdResult trainGrandmotherCells(RestrictedBoltzmannMachine& machine,
                               const std::vector<PatternSet>& examplesByClass,
                               const ContrastiveDivergenceOptions& options, Rng& rng,
                               const CdObserver& observer)
{
    if (examplesByClass.empty() ||
        static_cast<int>(examplesByClass.size()) != machine.hiddenUnits())
        throw std::invalid_argument("grandmother cells need one hidden unit per class: " +
                                    std::to_string(examplesByClass.size()) + " classes for " +
                                    std::to_string(machine.hiddenUnits()) + " hidden units");
    PatternSet all(examplesByClass.front().width(), examplesByClass.front().height());
    std::vector<int> labels;
    for (std::size_t c = 0; c < examplesByClass.size(); ++c)
        for (const Pattern& example : examplesByClass[c]) {
            all.add(example);
            labels.push_back(static_cast<int>(c));
        }
    return train(machine, all, labels, options, rng, observer);
}

} // namespace hopfield
