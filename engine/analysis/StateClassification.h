#pragma once

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
};

/// Retrieval of mu (m_mu >= pure, others small), Reversed (m_mu <= -pure), Mixture
/// (two or more overlaps above the involvement threshold, roughly equal in size), or
/// SpinGlass (anything else: no clear macroscopic overlap structure).
StateClassification classifyState(std::span<const double> overlaps, int neurons,
                                  const ClassificationThresholds& thresholds = {});

/// "retrieval", "reversed", "mixture" or "spin-glass" (the CLI's JSON names).
std::string kindName(StateKind kind);

} // namespace hopfield
