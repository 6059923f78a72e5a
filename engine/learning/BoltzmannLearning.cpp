#include "learning/BoltzmannLearning.h"

#include "core/MemoryGuard.h"
#include "learning/CouplingRules.h"
#include "learning/SpinsWithFields.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace hopfield {
namespace {

/// Boltzmann learning proper and sampling are at T = 1 unless asked otherwise.
constexpr double kTemperature = 1.0;

void checkOptions(const BoltzmannOptions& options)
{
    if (!(options.learningRate > 0.0) || !std::isfinite(options.learningRate))
        throw std::invalid_argument("the Boltzmann learning rate must be a finite number > 0");
    if (options.epochs < 0)
        throw std::invalid_argument("the number of epochs must be >= 0");
    if (options.chains <= 0)
        throw std::invalid_argument("the number of Monte Carlo chains must be > 0");
    if (options.sweepsPerEpoch <= 0)
        throw std::invalid_argument("the sweeps per epoch must be > 0");
    if (!std::isfinite(options.temperature) || options.temperature < 0.0)
        throw std::invalid_argument("the learning temperature must be finite and >= 0");
}

/// J at the start: zero, or Hebb (the given matrix, else the data's own Hebb couplings).
Eigen::MatrixXd startCouplings(const PatternSet& data, const BoltzmannOptions& options)
{
    const Eigen::Index n = data.neurons();
    if (options.start == BoltzmannStart::Zero)
        return Eigen::MatrixXd::Zero(n, n);
    if (options.hebbStart.size() == 0)
        return hebbCouplings(data);
    if (options.hebbStart.rows() != n || options.hebbStart.cols() != n)
        throw std::invalid_argument("a Hebb start of " + std::to_string(options.hebbStart.rows()) +
                                    "x" + std::to_string(options.hebbStart.cols()) + " for " +
                                    std::to_string(n) + " neurons");
    return options.hebbStart;
}

Pattern asPattern(const Eigen::VectorXd& state, const PatternSet& shape, int index)
{
    std::vector<Spin> spins(static_cast<std::size_t>(state.size()));
    for (Eigen::Index i = 0; i < state.size(); ++i)
        spins[static_cast<std::size_t>(i)] = state(i) > 0.0 ? Spin{1} : Spin{-1};
    return Pattern(shape.width(), shape.height(), std::move(spins),
                   "sample " + std::to_string(index));
}

} // namespace

std::string boltzmannStartName(BoltzmannStart start)
{
    return start == BoltzmannStart::Zero ? "zero" : "hebb";
}

BoltzmannStart boltzmannStartFromName(const std::string& name)
{
    if (name == "zero")
        return BoltzmannStart::Zero;
    if (name == "hebb")
        return BoltzmannStart::Hebb;
    throw std::invalid_argument("the start must be hebb or zero, got '" + name + "'");
}

Eigen::MatrixXd spinCorrelations(const PatternSet& samples)
{
    if (samples.empty())
        throw std::invalid_argument("correlations need at least one sample");
    // The samples as a matrix of doubles, one row each: 8 N bytes a sample.
    ensureMemoryFits(arrayBytes(static_cast<std::size_t>(samples.size()),
                                static_cast<std::size_t>(samples.neurons()), sizeof(double)),
                     "the correlations of " + std::to_string(samples.size()) + " samples of " +
                         std::to_string(samples.neurons()) + " neurons");
    const Eigen::MatrixXd s = patternRows(samples);
    Eigen::MatrixXd c = s.transpose() * s / static_cast<double>(s.rows());
    c.diagonal().setZero();
    return c;
}

double momentError(const Eigen::MatrixXd& model, const Eigen::MatrixXd& data)
{
    return (model - data).norm() / static_cast<double>(data.rows());
}

BoltzmannResult trainBoltzmann(const PatternSet& data, const BoltzmannOptions& options, Rng& rng,
                               const BoltzmannObserver& observer)
{
    checkOptions(options);
    const Eigen::MatrixXd dataCorrelations = spinCorrelations(data);
    const Eigen::VectorXd dataMeans = patternRows(data).colwise().mean().transpose();
    const Eigen::Index n = dataCorrelations.rows();
    BoltzmannResult result;
    result.couplings = startCouplings(data, options);
    result.fields = Eigen::VectorXd::Zero(n);
    Eigen::MatrixXd& j = result.couplings;
    // A chain holds its state and fields (N doubles each), its visiting order (N ints) and
    // the objects and heap blocks around them.
    constexpr std::size_t kChainOverhead = sizeof(SpinsWithFields) + 3 * 32;
    ensureMemoryFits(arrayBytes(static_cast<std::size_t>(options.chains),
                                static_cast<std::size_t>(n) * (2 * sizeof(double) + sizeof(int)) +
                                    kChainOverhead,
                                1),
                     std::to_string(options.chains) + " Monte Carlo chains of " +
                         std::to_string(n) + " neurons");
    Eigen::VectorXd& h = result.fields;
    std::vector<SpinsWithFields> chains;
    chains.reserve(static_cast<std::size_t>(options.chains));
    for (int c = 0; c < options.chains; ++c)
        chains.emplace_back(j, h, rng);
    const double samples = static_cast<double>(options.chains) * options.sweepsPerEpoch;
    Eigen::MatrixXd modelCorrelations(n, n);
    Eigen::VectorXd modelMeans(n);
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
        modelCorrelations.setZero();
        modelMeans.setZero();
        for (SpinsWithFields& chain : chains) {
            if (options.restartChains)
                chain.randomize(rng); // a fresh dream, as in unlearning
            else
                chain.refresh(); // J moved since the chain's last sweep
            for (int s = 0; s < options.sweepsPerEpoch; ++s) {
                chain.sweep(options.temperature, rng);
                modelCorrelations.selfadjointView<Eigen::Lower>().rankUpdate(chain.state());
                modelMeans += chain.state();
            }
        }
        modelCorrelations.triangularView<Eigen::StrictlyUpper>() = modelCorrelations.transpose();
        modelCorrelations /= samples;
        modelCorrelations.diagonal().setZero();
        modelMeans /= samples;
        result.momentError.push_back(momentError(modelCorrelations, dataCorrelations));
        // J <- J - lambda (C_model,T - C_data), the single rule of seed 000.
        j += options.learningRate * (dataCorrelations - modelCorrelations);
        if (options.learnFields)
            h += options.learningRate * (dataMeans - modelMeans);
        if (!j.allFinite() || !h.allFinite())
            throw std::runtime_error("Boltzmann learning diverged (a coupling is not finite); "
                                     "lower the learning rate");
        if (observer && !observer(epoch, result.momentError.back())) {
            result.cancelled = true;
            break;
        }
    }
    return result;
}

Eigen::MatrixXd boltzmannCouplings(const PatternSet& data, const BoltzmannOptions& options,
                                   Rng& rng)
{
    return trainBoltzmann(data, options, rng).couplings;
}

PatternSet sampleBoltzmann(const Eigen::MatrixXd& couplings, const PatternSet& shape, int count,
                           int burnInSweeps, Rng& rng)
{
    return sampleBoltzmann(couplings, {}, kTemperature, shape, count, burnInSweeps, rng);
}

PatternSet sampleBoltzmann(const Eigen::MatrixXd& couplings, const Eigen::VectorXd& fields,
                           double temperature, const PatternSet& shape, int count, int burnInSweeps,
                           Rng& rng)
{
    if (couplings.rows() != shape.neurons() || couplings.cols() != shape.neurons())
        throw std::invalid_argument("couplings of " + std::to_string(couplings.rows()) + "x" +
                                    std::to_string(couplings.cols()) + " for samples of " +
                                    std::to_string(shape.neurons()) + " neurons");
    if (count < 0)
        throw std::invalid_argument("the number of samples must be >= 0");
    if (burnInSweeps < 1)
        throw std::invalid_argument("the burn-in must be at least one sweep");
    if (fields.size() != 0 && fields.size() != couplings.rows())
        throw std::invalid_argument("fields of " + std::to_string(fields.size()) + " for " +
                                    std::to_string(couplings.rows()) + " neurons");
    if (!std::isfinite(temperature) || temperature < 0.0)
        throw std::invalid_argument("the sampling temperature must be finite and >= 0");
    const Eigen::VectorXd bias =
        fields.size() == 0 ? Eigen::VectorXd::Zero(couplings.rows()) : fields;
    PatternSet samples(shape.width(), shape.height());
    SpinsWithFields chain(couplings, bias, rng);
    for (int k = 0; k < count; ++k) {
        chain.randomize(rng);
        for (int s = 0; s < burnInSweeps; ++s)
            chain.sweep(temperature, rng);
        samples.add(asPattern(chain.state(), shape, k));
    }
    return samples;
}

} // namespace hopfield
