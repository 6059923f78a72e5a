#pragma once

#include "core/PatternSet.h"

#include <Eigen/Core>
#include <vector>

namespace hopfield {

/// How firmly one stored pattern sits in the couplings J.
struct PatternStabilityEntry {
    double stableBitFraction = 0.0; ///< fraction of sites i with Delta_i > 0
    double minStability = 0.0;      ///< min_i Delta_i (> 0: the pattern is a fixed point)
    double meanStability = 0.0;     ///< (1/N) sum_i Delta_i
    bool stable = false;            ///< every Delta_i > 0
};

/// The stabilities of every stored pattern, and their summaries over the whole set.
struct StabilityReport {
    std::vector<PatternStabilityEntry> patterns;
    double stableFraction = 0.0;    ///< fraction of patterns with every Delta_i > 0
    double stableBitFraction = 0.0; ///< fraction of all (mu, i) with Delta^mu_i > 0
    double minStability = 0.0;      ///< min over mu and i of Delta^mu_i
    double meanStability = 0.0;     ///< mean over mu and i of Delta^mu_i
};

/// Stabilities (Gardner 1988; SCIENCE.md section 2, Hebbian unlearning):
///   Delta^mu_i = xi^mu_i sum_j J_ij xi^mu_j / sqrt(sum_j J_ij^2),
/// a P x N matrix.  Delta^mu_i > 0 means a T = 0 update keeps bit i of pattern mu; the
/// normalisation makes Delta independent of the scale of J, so rules can be compared.
/// A row of J that is all zero gives Delta = 0 (not stable).  Throws
/// std::invalid_argument unless J is N x N with N = stored.neurons().
Eigen::MatrixXd stabilities(const PatternSet& stored, const Eigen::MatrixXd& couplings);

/// Summaries of stabilities(): per pattern and over the set.  An empty set gives zeros.
StabilityReport patternStability(const PatternSet& stored, const Eigen::MatrixXd& couplings);

} // namespace hopfield
