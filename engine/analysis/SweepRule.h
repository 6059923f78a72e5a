#pragma once

#include "core/Pattern.h"
#include "core/PatternSet.h"
#include "core/Rng.h"
#include "learning/CouplingRules.h"

#include <functional>
#include <span>
#include <string>
#include <vector>

namespace hopfield {

/// One retrieval trial of a sweep: the network built from `stored` by some learning
/// rule, started in `start`, run at `temperature` with randomness from `rng`; returns
/// the final state.  Any rule plugs in this way (unlearning, dense memories, ...).
using RetrievalTrial = std::function<std::vector<Spin>(
    const PatternSet& stored, std::span<const Spin> start, double temperature, Rng& rng)>;

/// A rule as the sweep sees it: `name` identifies it, with every parameter that changes
/// its results, in the SweepCache key; `run` must be safe to call from several threads.
struct SweepRule {
    std::string name;
    RetrievalTrial run;
    /// Hebb couplings with Glauber random-order dynamics for this many sweeps at most, or
    /// 0.  When set, runSweep() may run a point's samples together as HebbReplicas, whose
    /// results equal `run`'s sample for sample.
    int hebbReplicaSweeps = 0;
};

/// Glauber dynamics (random asynchronous order) for at most maxSweeps sweeps (stopping
/// early at a T = 0 fixed point) with the rule's couplings: Hebb in the O(P)-per-update
/// overlap form, the others as a dense J from couplingsFor().  maxSweeps >= 1.
SweepRule couplingSweepRule(CouplingRule rule, int maxSweeps, double dreamingTime = 0.0);

} // namespace hopfield
