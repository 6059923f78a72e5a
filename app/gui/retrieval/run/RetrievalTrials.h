#pragma once

#include "analysis/StateClassification.h"
#include "gui/retrieval/run/RetrievalSetup.h"

#include <QMetaType>
#include <array>
#include <atomic>

namespace hopfield::app {

/// Running counts of the attractors reached by repeated runs from fresh corruptions
/// ("run 50 trials"): how often the network retrieves, reverses, mixes or gets lost.
struct TrialCounts {
    int done = 0;
    int total = 0;
    bool cancelled = false;
    std::array<int, 4> byKind{}; ///< indexed by StateKind

    int count(StateKind kind) const { return byKind[static_cast<std::size_t>(kind)]; }
    void add(StateKind kind) { ++byKind[static_cast<std::size_t>(kind)]; }
    bool finished() const { return cancelled || done >= total; }
};

/// Sweeps a trial runs at T > 0, where no fixed point ends it: enough for the letters
/// and for N = 10,000 at load 0.05 to settle (both converge within ~5 sweeps at T = 0).
inline constexpr int kTrialSweepsAtFiniteT = 30;
/// The most sweeps a T = 0 trial takes: synchronous runs may end in a 2-cycle instead.
inline constexpr int kMaxTrialSweeps = 100;

/// Trial `trial` of `setup`: the same setup with seed setup.seed + 1 + trial, i.e. a fresh
/// corruption (and, for random patterns, fresh patterns), run to a fixed point (T = 0,
/// at most kMaxTrialSweeps sweeps) or for kTrialSweepsAtFiniteT sweeps (T > 0); returns
/// the kind of the final state.  Throws what RetrievalRun throws for a bad setup.
StateKind runTrial(const RetrievalSetup& setup, int trial, const std::atomic<bool>& stop);

} // namespace hopfield::app

Q_DECLARE_METATYPE(hopfield::app::TrialCounts)
