#pragma once

#include "core/Rng.h"
#include "discrete/DiscreteModel.h"
#include "discrete/HopfieldNetwork.h"
#include "discrete/UpdateMode.h"

#include <functional>
#include <vector>

namespace hopfield {

struct DynamicsOptions {
    UpdateMode mode = UpdateMode::RandomAsync;
    double temperature = 0.0;
    int maxSweeps = 100;
    /// false: the trace keeps the initial record and the latest one only, for runs too long
    /// to hold (the observer still sees every record as it is made).
    bool keepTrace = true;
};

/// What the network looked like after a sweep (sweep 0 is the initial state).
struct SweepRecord {
    int sweep = 0;
    int flips = 0;
    double energy = 0.0;
    std::vector<double> overlaps;
};

struct DynamicsResult {
    std::vector<SweepRecord> trace; ///< the initial state, then one record per sweep
    bool converged = false;         ///< T = 0 and a sweep flipped nothing: a fixed point
    bool twoCycle =
        false; ///< synchronous T = 0 dynamics returned to the state of two sweeps before
    bool cancelled = false; ///< the observer asked to stop
    /// The sweeps run: the last record's number (the trace may hold only the ends).
    int sweeps() const noexcept { return trace.empty() ? 0 : trace.back().sweep; }
};

/// Runs model.step(1) from the model's current state until a fixed point (T = 0), a
/// synchronous 2-cycle, maxSweeps, or the observer returning false.  The model steps by its
/// own dynamics; options.mode and options.temperature say what those are (they choose the
/// stop rules), so they must match the model's (a DenseAssociativeMemory: RandomAsync, 0).
DynamicsResult runDynamics(DiscreteModel& model, const DynamicsOptions& options, Rng& rng,
                           const std::function<bool(const SweepRecord&)>& observer = {});

/// The same for a bare network, stepped by HopfieldNetwork::sweep(options.mode,
/// options.temperature, rng).
DynamicsResult runDynamics(HopfieldNetwork& network, const DynamicsOptions& options, Rng& rng,
                           const std::function<bool(const SweepRecord&)>& observer = {});

} // namespace hopfield
