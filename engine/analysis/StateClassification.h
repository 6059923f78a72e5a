#pragma once

#include "analysis/PatternCorrelations.h"
#include "core/Pattern.h"
#include "core/PatternSet.h"

#include <span>
#include <string>
#include <vector>

namespace hopfield {

enum class StateKind { Retrieval, Reversed, Mixture, SpinGlass };

/// What attractor a state is, read off its overlaps m_mu with the stored patterns.
struct StateClassification {
    StateKind kind = StateKind::SpinGlass;
    std::vector<int> patterns; ///< the patterns involved, in index order
    std::vector<int> signs;    ///< the sign of each one's overlap (+1 or -1)
};

/// Thresholds of classifyState(), documented in README.md ("Reading a final state").
struct ClassificationThresholds {
    /// |m_mu| at or above this makes a pure state: well above a 3-mixture's 1/2 and
    /// below the T = 0.7 retrieval overlap 0.83 (m = tanh(m / T)).
    double pure = 0.75;
    /// The other overlaps of a pure state stay under this.
    double others = 0.35;
    /// An overlap counts as part of a mixture above max(this, 4 / sqrt(N)) -- four
    /// standard deviations of a random state's overlap 1/sqrt(N).
    double involved = 0.15;
    /// In a symmetric mixture every involved |m| lies within this of their mean.
    double symmetry = 0.15;
    /// A state is a mixture of mu_1..mu_k when it agrees with sgn(sum_j s_j xi^mu_j) on at
    /// least this fraction of the sites (a site where the sum is 0 counting one half).
    double mixtureMatch = 0.9;
};

/// Retrieval of mu (m_mu >= pure, others small), Reversed (m_mu <= -pure), Mixture
/// (two or more overlaps above the involvement threshold, roughly equal in size), or
/// SpinGlass (anything else: no clear macroscopic overlap structure).
StateClassification classifyState(std::span<const double> overlaps, int neurons,
                                  const ClassificationThresholds& thresholds = {});

/// The same reading judged against what the stored patterns themselves imply, so it is
/// true for correlated patterns (drawn letters, digits) as well as random ones:
/// - retrieval of mu (or reversed): |m_mu| >= pure and every other overlap is the one
///   pattern mu alone would give, |m_nu - m_mu C_mu,nu| < others, where
///   C_mu,nu = xi^mu . xi^nu / N (for random patterns C ~ 1/sqrt(N): the rule above);
/// - mixture of mu_1..mu_k (2 <= k <= 7, the strongest involved overlaps with their
///   signs): the state agrees with sgn(sum_j s_j xi^mu_j) on at least mixtureMatch of
///   the sites (a tie counting one half); the best-matching k wins, the smaller on a tie;
/// - spin glass: anything else.
StateClassification classifyState(std::span<const Spin> state, const PatternSet& patterns,
                                  const ClassificationThresholds& thresholds = {});

/// The same reading from overlaps already known (`overlaps`: m_mu of `state` with each
/// of `patterns`, as a model keeps them) and correlations kept across calls: O(P) for a
/// pure state instead of two passes of N P.  `correlations` must be of `patterns`.
StateClassification classifyState(std::span<const Spin> state, const PatternSet& patterns,
                                  std::span<const double> overlaps,
                                  PatternCorrelations& correlations,
                                  const ClassificationThresholds& thresholds = {});

/// "retrieval", "reversed", "mixture" or "spin-glass" (the CLI's JSON names).
std::string kindName(StateKind kind);

} // namespace hopfield
