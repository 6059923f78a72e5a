#include "analysis/StateEnumeration.h"

#include "learning/CouplingRules.h"

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace hopfield {
namespace {

void requireEnumerable(int neurons)
{
    if (neurons < 1 || neurons > kMaxEnumeratedNeurons)
        throw std::invalid_argument("exact enumeration needs 1 to " +
                                    std::to_string(kMaxEnumeratedNeurons) + " neurons, got " +
                                    std::to_string(neurons));
}

/// ln sum exp(v) over the finite entries, the largest subtracted first.
double logSumExp(const Eigen::VectorXd& values)
{
    const double largest = values.maxCoeff();
    if (!std::isfinite(largest))
        return largest;
    return largest + std::log((values.array() - largest).exp().sum());
}

void requireSameSize(const Eigen::VectorXd& p, const Eigen::VectorXd& q)
{
    if (p.size() != q.size())
        throw std::invalid_argument("two distributions over different state spaces");
}

} // namespace

std::vector<Spin> enumeratedState(int neurons, std::uint32_t index)
{
    std::vector<Spin> state(static_cast<std::size_t>(neurons));
    for (int i = 0; i < neurons; ++i)
        state[static_cast<std::size_t>(i)] = ((index >> i) & 1U) != 0 ? Spin{1} : Spin{-1};
    return state;
}

std::uint32_t stateIndex(std::span<const Spin> state)
{
    requireEnumerable(static_cast<int>(state.size()));
    std::uint32_t index = 0;
    for (std::size_t i = 0; i < state.size(); ++i)
        if (state[i] > 0)
            index |= 1U << i;
    return index;
}

Eigen::VectorXd logDistribution(int neurons,
                                const std::function<double(std::span<const Spin>)>& logWeight)
{
    requireEnumerable(neurons);
    const std::uint32_t count = 1U << neurons;
    Eigen::VectorXd logP(static_cast<Eigen::Index>(count));
    for (std::uint32_t k = 0; k < count; ++k)
        logP(k) = logWeight(enumeratedState(neurons, k));
    return logP.array() - logSumExp(logP);
}

Eigen::VectorXd hopfieldLogDistribution(const Eigen::MatrixXd& couplings,
                                        const Eigen::VectorXd& field, double beta)
{
    const Eigen::Index n = couplings.rows();
    if (couplings.cols() != n || (field.size() != 0 && field.size() != n))
        throw std::invalid_argument("couplings and field of mismatched sizes");
    if (!std::isfinite(beta) || beta <= 0.0)
        throw std::invalid_argument("beta must be finite and > 0");
    const Eigen::VectorXd h = field.size() == 0 ? Eigen::VectorXd::Zero(n) : field;
    Eigen::VectorXd s(n);
    return logDistribution(static_cast<int>(n), [&](std::span<const Spin> state) {
        for (Eigen::Index i = 0; i < n; ++i)
            s(i) = state[static_cast<std::size_t>(i)];
        return beta * (0.5 * s.dot(couplings * s) + h.dot(s));
    });
}

Eigen::VectorXd rbmLogDistribution(const RestrictedBoltzmannMachine& machine)
{
    return logDistribution(machine.visibleUnits(), [&](std::span<const Spin> state) {
        return -machine.beta() * machine.freeEnergy(state);
    });
}

Eigen::VectorXd empiricalLogDistribution(const PatternSet& samples)
{
    if (samples.empty())
        throw std::invalid_argument("an empirical distribution needs at least one sample");
    requireEnumerable(samples.neurons());
    Eigen::VectorXd counts = Eigen::VectorXd::Zero(Eigen::Index{1} << samples.neurons());
    for (const Pattern& sample : samples)
        counts(stateIndex(sample.spins())) += 1.0;
    return (counts / samples.size()).array().log();
}

double klDivergence(const Eigen::VectorXd& logP, const Eigen::VectorXd& logQ)
{
    requireSameSize(logP, logQ);
    double sum = 0.0;
    for (Eigen::Index k = 0; k < logP.size(); ++k) {
        if (!std::isfinite(logP(k)))
            continue; // P = 0 contributes nothing
        if (!std::isfinite(logQ(k)))
            return std::numeric_limits<double>::infinity();
        sum += std::exp(logP(k)) * (logP(k) - logQ(k));
    }
    return std::max(sum, 0.0); // rounding can leave -1e-17 for P = Q
}

double maxAbsLogRatio(const Eigen::VectorXd& logP, const Eigen::VectorXd& logQ)
{
    requireSameSize(logP, logQ);
    double largest = 0.0;
    for (Eigen::Index k = 0; k < logP.size(); ++k)
        if (std::isfinite(logP(k)) && std::isfinite(logQ(k)))
            largest = std::max(largest, std::abs(logP(k) - logQ(k)));
    return largest;
}

double meanLogLikelihood(const Eigen::VectorXd& logP, const PatternSet& samples)
{
    if (samples.empty())
        throw std::invalid_argument("a log-likelihood needs at least one sample");
    if (logP.size() != (Eigen::Index{1} << samples.neurons()))
        throw std::invalid_argument("samples of " + std::to_string(samples.neurons()) +
                                    " units for a distribution of another size");
    double sum = 0.0;
    for (const Pattern& sample : samples)
        sum += logP(stateIndex(sample.spins()));
    return sum / samples.size();
}

DualityCheck checkDuality(const PatternSet& stored, double temperature)
{
    if (!std::isfinite(temperature) || temperature <= 0.0)
        throw std::invalid_argument("the duality check needs a temperature > 0");
    requireEnumerable(stored.neurons());
    const double beta = 1.0 / temperature;
    const Eigen::MatrixXd couplings = hebbCouplings(stored);
    const Eigen::VectorXd hopfield = hopfieldLogDistribution(couplings, {}, beta);
    const Eigen::VectorXd rbm =
        rbmLogDistribution(RestrictedBoltzmannMachine::fromPatterns(stored, beta));
    DualityCheck check;
    check.maxAbsLogRatio = maxAbsLogRatio(rbm, hopfield);
    check.klDivergence = klDivergence(hopfield, rbm);
    // ln Z = w(s) - ln P(s) for any state; state 0 will do.
    const std::vector<Spin> first = enumeratedState(stored.neurons(), 0);
    Eigen::VectorXd s(stored.neurons());
    for (int i = 0; i < stored.neurons(); ++i)
        s(i) = first[static_cast<std::size_t>(i)];
    check.logPartitionHopfield = beta * 0.5 * s.dot(couplings * s) - hopfield(0);
    return check;
}

} // namespace hopfield
