#include "learning/PatternStability.h"

#include "learning/CouplingRules.h"

#include <stdexcept>
#include <string>

namespace hopfield {

Eigen::MatrixXd stabilities(const PatternSet& stored, const Eigen::MatrixXd& couplings)
{
    if (couplings.rows() != stored.neurons() || couplings.cols() != stored.neurons())
        throw std::invalid_argument("couplings of " + std::to_string(couplings.rows()) + "x" +
                                    std::to_string(couplings.cols()) + " for patterns of " +
                                    std::to_string(stored.neurons()) + " neurons");
    const Eigen::MatrixXd xi = patternRows(stored);
    // (Xi J^T)(mu, i) = sum_j J_ij xi^mu_j: the field on site i in pattern mu.
    const Eigen::MatrixXd fields = xi * couplings.transpose();
    const Eigen::RowVectorXd rowNorms = couplings.rowwise().norm().transpose();
    Eigen::MatrixXd delta = xi.cwiseProduct(fields);
    for (Eigen::Index i = 0; i < delta.cols(); ++i)
        delta.col(i) = rowNorms(i) > 0.0 ? Eigen::VectorXd(delta.col(i) / rowNorms(i))
                                         : Eigen::VectorXd::Zero(delta.rows());
    return delta;
}

StabilityReport patternStability(const PatternSet& stored, const Eigen::MatrixXd& couplings)
{
    const Eigen::MatrixXd delta = stabilities(stored, couplings);
    StabilityReport report;
    if (delta.size() == 0)
        return report;
    int stablePatterns = 0;
    Eigen::Index stableBits = 0;
    for (Eigen::Index mu = 0; mu < delta.rows(); ++mu) {
        PatternStabilityEntry entry;
        const Eigen::Index positive = (delta.row(mu).array() > 0.0).count();
        entry.stableBitFraction = static_cast<double>(positive) / static_cast<double>(delta.cols());
        entry.minStability = delta.row(mu).minCoeff();
        entry.meanStability = delta.row(mu).mean();
        entry.stable = entry.minStability > 0.0;
        stablePatterns += entry.stable;
        stableBits += positive;
        report.patterns.push_back(entry);
    }
    report.stableFraction = static_cast<double>(stablePatterns) / static_cast<double>(delta.rows());
    report.stableBitFraction = static_cast<double>(stableBits) / static_cast<double>(delta.size());
    report.minStability = delta.minCoeff();
    report.meanStability = delta.mean();
    return report;
}

} // namespace hopfield
