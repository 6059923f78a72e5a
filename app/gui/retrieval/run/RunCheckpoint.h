#pragma once

#include "core/Pattern.h"
#include "core/Rng.h"

#include <QVector>
#include <optional>
#include <vector>

namespace hopfield::app {

/// Where a retrieval run stands besides its spins and sweep count: enough to go on
/// exactly as the run would have (a saved session reopens on the state on screen and
/// continues the same trajectory), restored in O(N) without replaying a sweep.
struct RunCheckpoint {
    int position = 0;        ///< single-spin updates done in the current sweep, in [0, N)
    int flipsThisSweep = 0;  ///< flips so far in the current sweep
    int flipsLastSweep = -1; ///< flips in the last whole sweep; -1 before one has completed
    /// The random stream's state; absent (an old session file), the stream goes on from
    /// where the seed left it after drawing the patterns and the start.
    std::optional<Rng::State> generator;
    /// The visiting order of the current sweep (random asynchronous updates shuffle it in
    /// place each sweep, as HopfieldNetwork::sweep does); empty means 0, 1, ..., N - 1.
    /// Implicitly shared with the run, so a frame (~60 a second, and one per sweep end)
    /// does not copy N ints; the run's next shuffle detaches it.
    QVector<int> order;

    bool operator==(const RunCheckpoint&) const = default;
};

/// A run to take up again where it stood: its spins, its sweeps done and its checkpoint.
struct RunResume {
    std::vector<Spin> spins;
    int sweep = 0;
    RunCheckpoint checkpoint;
};

} // namespace hopfield::app
