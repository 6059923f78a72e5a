#pragma once

#include "core/PatternSet.h"
#include "core/Rng.h"

#include <Eigen/Core>
#include <vector>

namespace hopfield {

/// K archetypes and M noisy examples of each (seed 001; SCIENCE.md section 3):
/// eta^{mu,a}_i = xi^mu_i chi^{mu,a}_i with P(chi = +1) = (1 + r)/2.
struct ExampleDataset {
    PatternSet archetypes;            ///< xi^1..xi^K (never shown to the learner)
    std::vector<PatternSet> examples; ///< examples[mu] holds eta^{mu,1..M}
    double quality = 1.0;             ///< r in (0, 1]
    int examplesPerArchetype = 1;     ///< M >= 1
};

/// Draws M examples of each archetype at quality r.  Throws std::invalid_argument for
/// M < 1, r outside (0, 1] or no archetypes.
ExampleDataset generateExamples(const PatternSet& archetypes, int examplesPerArchetype,
                                double quality, Rng& rng);

/// Every example of the dataset in one set (archetype by archetype), the unlabelled data
/// of Boltzmann learning.
PatternSet allExamples(const ExampleDataset& dataset);

/// Dataset entropy rho = (1 - r^2) / (M r^2).
double datasetEntropy(double quality, int examplesPerArchetype);
/// The quality r = 1 / sqrt(1 + M rho) that gives dataset entropy rho with M examples
/// (rho >= 0, M >= 1; else std::invalid_argument): the (alpha, T) diagrams at fixed rho.
double qualityForEntropy(double entropy, int examplesPerArchetype);
/// Normalisation R = r^2 + (1 - r^2)/M = r^2 (1 + rho).
double exampleNormalisation(double quality, int examplesPerArchetype);

/// Supervised (the teacher groups the examples by archetype):
///   J = (1/(R N)) sum_mu xbar^mu xbar^mu^T, xbar^mu = (1/M) sum_a eta^{mu,a}, J_ii = 0.
Eigen::MatrixXd supervisedCouplings(const ExampleDataset& dataset);

/// Unsupervised (no labels): J = (1/(R N M)) sum_mu sum_a eta^{mu,a} eta^{mu,a}^T, J_ii = 0.
Eigen::MatrixXd unsupervisedCouplings(const ExampleDataset& dataset);

/// The retrieval the learning curve reports: for each archetype mu, asynchronous T = 0
/// dynamics with couplings J started at xi^mu itself, run to a fixed point (at most
/// maxSweeps sweeps); returns the mean over mu of the final overlap m_mu.  Near 1 when the
/// archetypes are attractors although the network only saw examples.
double archetypeOverlap(const PatternSet& archetypes, const Eigen::MatrixXd& couplings,
                        int maxSweeps, Rng& rng);

/// One point of the learning curve of seed 001: M examples per archetype.
struct ExampleCurvePoint {
    int examplesPerArchetype = 0;
    double entropy = 0.0;      ///< rho
    double theory = 0.0;       ///< archetypeOverlapTheory(r, M)
    double supervised = 0.0;   ///< archetypeOverlap() with supervisedCouplings()
    double unsupervised = 0.0; ///< archetypeOverlap() with unsupervisedCouplings()
    /// Fraction of the examples that are fixed points (every stability > 0) of the
    /// supervised couplings, estimated on the first (at most) 10 examples of each
    /// archetype (the check costs O(N^2) per example): 1 while the network stores the
    /// examples, falling to 0 as M grows and the archetype takes over (seed 001).
    double exampleStableFraction = 0.0;
};

/// For each M in `examplesPerArchetype`, a fresh dataset at quality r, both rules'
/// archetype overlaps (50 sweeps at most) beside the low-load theory.
std::vector<ExampleCurvePoint> exampleLearningCurve(const PatternSet& archetypes,
                                                    const std::vector<int>& examplesPerArchetype,
                                                    double quality, Rng& rng);

/// The archetype overlap at low load and T = 0 (SCIENCE.md section 3): the attractor is
/// the majority vote sign(xbar^mu), whose overlap with xi^mu is
///   m = 2 P[Bin(M, (1 + r)/2) > M/2] - 1,
/// computed exactly from the binomial.  For even M a tie (probability of M/2 votes each
/// way) leaves the bit to chance and counts zero.  Tends to erf(1/sqrt(2 rho)).
double archetypeOverlapTheory(double quality, int examplesPerArchetype);

} // namespace hopfield
