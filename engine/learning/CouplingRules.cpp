#include "learning/CouplingRules.h"

#include "core/MemoryGuard.h"
#include "learning/ExampleLearning.h"

#include <Eigen/Dense>
#include <cmath>
#include <stdexcept>

namespace hopfield {
namespace {

Eigen::MatrixXd withZeroDiagonal(Eigen::MatrixXd couplings)
{
    couplings.diagonal().setZero();
    return couplings;
}

/// (1/N) Xi^T K Xi for a symmetric P x P kernel K, diagonal zeroed.
Eigen::MatrixXd kernelCouplings(const Eigen::MatrixXd& xi, const Eigen::MatrixXd& kernel)
{
    return withZeroDiagonal(xi.transpose() * kernel * xi / static_cast<double>(xi.cols()));
}

Eigen::MatrixXd correlation(const Eigen::MatrixXd& xi)
{
    return xi * xi.transpose() / static_cast<double>(xi.cols());
}

} // namespace

Eigen::MatrixXd patternColumns(const PatternSet& stored)
{
    ensureMemoryFits(arrayBytes(static_cast<std::size_t>(stored.neurons()),
                                static_cast<std::size_t>(stored.size()), sizeof(double)),
                     std::to_string(stored.size()) + " patterns of " +
                         std::to_string(stored.neurons()) + " neurons as a matrix");
    Eigen::MatrixXd columns(stored.neurons(), stored.size());
    for (int mu = 0; mu < stored.size(); ++mu)
        for (int i = 0; i < stored.neurons(); ++i)
            columns(i, mu) = stored[mu][i];
    return columns;
}

Eigen::MatrixXd patternRows(const PatternSet& stored)
{
    const auto n = static_cast<std::size_t>(stored.neurons());
    ensureMemoryFits(arrayBytes(n, n, 2 * sizeof(double)),
                     "the coupling matrix of N = " + std::to_string(n) + " neurons");
    return patternColumns(stored).transpose();
}

Eigen::MatrixXd hebbCouplings(const PatternSet& stored)
{
    const Eigen::MatrixXd xi = patternRows(stored);
    return kernelCouplings(xi, Eigen::MatrixXd::Identity(xi.rows(), xi.rows()));
}

Eigen::MatrixXd pseudoInverseCouplings(const PatternSet& stored)
{
    const Eigen::MatrixXd xi = patternRows(stored);
    return kernelCouplings(xi, correlation(xi).completeOrthogonalDecomposition().pseudoInverse());
}

Eigen::MatrixXd storkeyCouplings(const PatternSet& stored)
{
    const Eigen::MatrixXd xi = patternRows(stored);
    const Eigen::Index n = xi.cols();
    Eigen::MatrixXd w = Eigen::MatrixXd::Zero(n, n);
    for (Eigen::Index mu = 0; mu < xi.rows(); ++mu) {
        const Eigen::VectorXd pattern = xi.row(mu).transpose();
        // With W_ii = 0: h_ij = (W xi)_i - W_ij xi_j, so h = (W xi) 1^T - W diag(xi).
        const Eigen::VectorXd fields = w * pattern;
        const Eigen::MatrixXd h = fields.replicate(1, n) - w * pattern.asDiagonal();
        Eigen::MatrixXd update = pattern * pattern.transpose() -
                                 pattern.asDiagonal() * h.transpose() - h * pattern.asDiagonal();
        w += withZeroDiagonal(std::move(update)) / static_cast<double>(n);
    }
    return w;
}

Eigen::MatrixXd dreamingCouplings(const PatternSet& stored, double dreamingTime)
{
    if (!(dreamingTime >= 0.0) || !std::isfinite(dreamingTime))
        throw std::invalid_argument("the dreaming time must be a finite number >= 0");
    const Eigen::MatrixXd xi = patternRows(stored);
    const Eigen::Index p = xi.rows();
    const Eigen::MatrixXd shifted =
        Eigen::MatrixXd::Identity(p, p) + dreamingTime * correlation(xi);
    // 1 + t C is symmetric positive definite for t >= 0: an LDLT solve is exact and stable.
    const Eigen::MatrixXd kernel =
        (1.0 + dreamingTime) * shifted.ldlt().solve(Eigen::MatrixXd::Identity(p, p));
    return kernelCouplings(xi, kernel);
}

std::vector<CouplingRule> allCouplingRules()
{
    return {CouplingRule::Hebb,
            CouplingRule::PseudoInverse,
            CouplingRule::Storkey,
            CouplingRule::Dreaming,
            CouplingRule::Unlearning,
            CouplingRule::Boltzmann,
            CouplingRule::ExamplesSupervised,
            CouplingRule::ExamplesUnsupervised};
}

CouplingRule couplingRuleFromName(const std::string& name)
{
    std::string names;
    for (CouplingRule rule : allCouplingRules()) {
        if (couplingRuleName(rule) == name)
            return rule;
        names += (names.empty() ? "" : ", ") + couplingRuleName(rule);
    }
    throw std::invalid_argument("unknown learning rule '" + name + "' (" + names + ")");
}

std::string couplingRuleName(CouplingRule rule)
{
    switch (rule) {
    case CouplingRule::Hebb:
        return "hebb";
    case CouplingRule::PseudoInverse:
        return "pseudo-inverse";
    case CouplingRule::Storkey:
        return "storkey";
    case CouplingRule::Dreaming:
        return "dreaming";
    case CouplingRule::Unlearning:
        return "unlearning";
    case CouplingRule::Boltzmann:
        return "boltzmann";
    case CouplingRule::ExamplesSupervised:
        return "examples-supervised";
    case CouplingRule::ExamplesUnsupervised:
        return "examples-unsupervised";
    }
    return "hebb";
}

Eigen::MatrixXd couplingsFor(CouplingRule rule, const PatternSet& stored,
                             const RuleParameters& parameters)
{
    Rng rng(parameters.seed);
    const auto examples = [&] {
        return generateExamples(stored, parameters.examplesPerArchetype, parameters.exampleQuality,
                                rng);
    };
    switch (rule) {
    case CouplingRule::Hebb:
        return hebbCouplings(stored);
    case CouplingRule::PseudoInverse:
        return pseudoInverseCouplings(stored);
    case CouplingRule::Storkey:
        return storkeyCouplings(stored);
    case CouplingRule::Dreaming:
        return dreamingCouplings(stored, parameters.dreamingTime);
    case CouplingRule::Unlearning:
        return unlearningCouplings(stored, parameters.unlearning, rng);
    case CouplingRule::Boltzmann:
        return boltzmannCouplings(allExamples(examples()), parameters.boltzmann, rng);
    case CouplingRule::ExamplesSupervised:
        return supervisedCouplings(examples());
    case CouplingRule::ExamplesUnsupervised:
        return unsupervisedCouplings(examples());
    }
    return hebbCouplings(stored);
}

Eigen::MatrixXd couplingsFor(CouplingRule rule, const PatternSet& stored, double dreamingTime)
{
    RuleParameters parameters;
    parameters.dreamingTime = dreamingTime;
    return couplingsFor(rule, stored, parameters);
}

} // namespace hopfield
