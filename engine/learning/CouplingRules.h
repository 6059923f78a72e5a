#pragma once

#include "core/PatternSet.h"
#include "learning/BoltzmannLearning.h"
#include "learning/HebbianUnlearning.h"

#include <Eigen/Core>
#include <cstdint>
#include <string>
#include <vector>

namespace hopfield {

/// Learning rules as free functions: stored patterns in, an N x N coupling matrix J out,
/// always symmetric with a zero diagonal.  Each refuses (MemoryLimitError) a matrix that
/// would not fit in memory.  Formulas as in SCIENCE.md section 2.

/// Xi^T: the N x P matrix with pattern mu in column mu (as doubles), after checking that
/// it fits in memory.
Eigen::MatrixXd patternColumns(const PatternSet& stored);

/// Xi: the P x N matrix with pattern mu in row mu (as doubles), after checking that an
/// N x N coupling matrix fits in memory (every caller builds one next).
Eigen::MatrixXd patternRows(const PatternSet& stored);

/// Hebb: J = (1/N) sum_mu xi^mu xi^mu^T, J_ii = 0.
Eigen::MatrixXd hebbCouplings(const PatternSet& stored);

/// Pseudo-inverse (projection) rule: J = (1/N) Xi^T C^+ Xi with the pattern correlation
/// matrix C = (1/N) Xi Xi^T (C^+ its pseudo-inverse, so dependent patterns are allowed).
/// The diagonal is zeroed, as Kanter and Sompolinsky (1987) advise: a kept J_ii ~ alpha
/// freezes states and kills the basins.  Every pattern is a fixed point for alpha < 1.
Eigen::MatrixXd pseudoInverseCouplings(const PatternSet& stored);

/// Storkey (1997): patterns learnt one at a time,
///   W_ij += (1/N) [xi_i xi_j - xi_i h_ji - h_ij xi_j],  h_ij = sum_{k != i,j} W_ik xi_k.
/// Capacity grows as N / sqrt(2 ln N) against Hebb's N / (2 ln N).
Eigen::MatrixXd storkeyCouplings(const PatternSet& stored);

/// Dreaming kernel (Fachechi, Agliari, Barra 2019): J = (1/N) Xi^T (1 + t)(1 + t C)^-1 Xi,
/// zero diagonal; t = 0 is Hebb and t -> infinity the pseudo-inverse rule.  t >= 0.
Eigen::MatrixXd dreamingCouplings(const PatternSet& stored, double dreamingTime);

enum class CouplingRule {
    Hebb,
    PseudoInverse,
    Storkey,
    Dreaming,
    Unlearning,           ///< Hebb, then Hebbian unlearning (HebbianUnlearning.h)
    Boltzmann,            ///< Boltzmann learning from examples of the patterns
    ExamplesSupervised,   ///< learning from examples, grouped by a teacher
    ExamplesUnsupervised, ///< learning from examples, unlabelled
};

/// Every rule, in the order above.
std::vector<CouplingRule> allCouplingRules();

/// "hebb", "pseudo-inverse", "storkey", "dreaming", "unlearning", "boltzmann",
/// "examples-supervised", "examples-unsupervised"; throws std::invalid_argument.
CouplingRule couplingRuleFromName(const std::string& name);
std::string couplingRuleName(CouplingRule rule);

/// What the rules beyond Hebb need.  The stored patterns are the archetypes of the
/// example-based rules (Boltzmann, supervised, unsupervised): each gets
/// examplesPerArchetype examples of quality exampleQuality (ExampleLearning.h), drawn,
/// like the dreams of unlearning, from an Rng seeded with `seed`.
struct RuleParameters {
    double dreamingTime = 0.0;
    UnlearningOptions unlearning;
    BoltzmannOptions boltzmann;
    int examplesPerArchetype = 20;
    double exampleQuality = 0.6;
    std::uint64_t seed = 1;
};

/// The rule's couplings (symmetric, zero diagonal).
Eigen::MatrixXd couplingsFor(CouplingRule rule, const PatternSet& stored,
                             const RuleParameters& parameters);
/// The same with default parameters but for the dreaming time.
Eigen::MatrixXd couplingsFor(CouplingRule rule, const PatternSet& stored,
                             double dreamingTime = 0.0);

} // namespace hopfield
