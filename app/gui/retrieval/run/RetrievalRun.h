#pragma once

#include "analysis/PatternCorrelations.h"
#include "core/Pattern.h"
#include "core/Rng.h"
#include "discrete/SingleUnitModel.h"
#include "gui/retrieval/run/RetrievalFrame.h"
#include "gui/retrieval/run/RetrievalScene.h"
#include "gui/retrieval/run/RetrievalSetup.h"
#include "gui/retrieval/run/RunCheckpoint.h"

#include <atomic>
#include <cstdint>
#include <deque>
#include <memory>
#include <span>
#include <vector>

namespace hopfield::app {

/// One retrieval run of the Hopfield network (or the dense memory), stepped a few spin
/// updates at a time so it can be watched: the network, its random stream, and the place
/// in the current sweep.
/// A sweep visits the N spins in the order HopfieldNetwork::sweep does and draws the same
/// random numbers, so a run and hopfield-lab-cli retrieve with the same setup and seed
/// pass through the same states.  Plain C++: the worker thread owns it.
class RetrievalRun {
public:
    /// Builds the patterns, the start state and the network.  Throws (std::exception) a
    /// message naming the problem for a bad setup or a file that does not parse.
    explicit RetrievalRun(const RetrievalSetup& setup);

    int neurons() const { return m_model->units(); }
    /// The model the run steps, through the one model interface (issue 10): a
    /// HopfieldModel or a DenseAssociativeMemory.
    const SingleUnitModel& model() const noexcept { return *m_model; }
    /// The model's state as a pattern of the stored patterns' shape, named "state".
    Pattern statePattern() const;
    const Pattern& start() const noexcept { return m_start; }
    int sweep() const noexcept { return m_sweep; }
    bool converged() const noexcept { return m_converged; }

    /// Back to the start state and to the random stream the seed began with.
    void reset();
    /// Up to `updates` single-spin updates; returns how many were done: fewer when the
    /// run reaches a fixed point or `stop` becomes true.  A synchronous step counts as N
    /// updates and happens once N have been asked for.
    std::int64_t advance(std::int64_t updates, const std::atomic<bool>& stop);
    /// Runs to the end of the current sweep, or one whole sweep at a sweep boundary (for
    /// synchronous updates: one step, now).
    void completeSweep(const std::atomic<bool>& stop);
    /// One single-spin update, the next of the current sweep; returns the spin updated, or
    /// -1 when there is none to do (a fixed point, or synchronous updates, which move all
    /// spins at once).
    int stepSpin();
    /// Goes back to an earlier state of this run (a frame kept in the GUI's history): its
    /// spins, its sweep and its place in the sweep.  The random stream goes on from where
    /// it is, so the run branches off.  Throws std::invalid_argument for spins of the
    /// wrong size or not +-1.
    void restore(std::span<const Spin> spins, int sweep, double sweepFraction);
    /// Where the run stands besides its spins and sweep: its place in the sweep, the
    /// flips counted, the random stream and the visiting order.
    RunCheckpoint checkpoint() const;
    /// Puts the run exactly where a run of the same setup stood when it gave `spins`,
    /// `sweep` and `checkpoint` (a saved session), in O(N): the following updates are the
    /// ones that run would have made.  Without a generator state the stream goes on from
    /// the start's.  Throws std::invalid_argument for spins, a position or an order that
    /// do not fit this network.
    void resume(std::span<const Spin> spins, int sweep, const RunCheckpoint& checkpoint);
    /// A new temperature takes effect at the next update; T > 0 leaves a fixed point.
    void setTemperature(double temperature);

    RetrievalFrame frame() const;
    RetrievalScene scene() const;
    /// Keeps a frame of every sweep end for takeSweepEnds() (off by default: trials
    /// need none).
    void setRecordingSweepEnds(bool record) { m_recordSweepEnds = record; }
    /// The frames of the sweep ends since the last call, oldest first: the worker
    /// publishes at most ~60 frames a second, yet the history and the exports hold every
    /// sweep.  At most kKeptSweepEnds are kept (the GUI's history holds no more).
    std::vector<RetrievalFrame> takeSweepEnds();
    static constexpr std::size_t kKeptSweepEnds = 500;

private:
    struct Prepared {
        PatternSet stored;
        Pattern start;
        Rng rng;
    };
    static Prepared prepare(const RetrievalSetup& setup);
    RetrievalRun(const RetrievalSetup& setup, Prepared prepared);
    void endSweep();
    /// The current state's reading from its overlaps (the model keeps them: O(P)) and the
    /// cached pattern correlations, instead of two passes over N x P.
    StateClassification classify(std::span<const double> overlaps) const;
    void clearAverages();
    void clearReading();
    /// Forgets the flips, the last update, the convergence and the averages.
    void clearProgress();

    RetrievalSetup m_setup;
    std::unique_ptr<SingleUnitModel> m_model;
    /// Of m_model's patterns; a cache, so filled in by const readings too.
    mutable PatternCorrelations m_correlations;
    Pattern m_start;
    QStringList m_names;
    Rng m_rngAtStart;
    Rng m_rng;
    double m_temperature;
    QVector<int> m_order; ///< the visiting order of the current sweep, shared with checkpoints
    std::deque<RetrievalFrame> m_sweepEnds; ///< not yet taken, at most kKeptSweepEnds
    bool m_recordSweepEnds = false;
    int m_position = 0; ///< updates done in the current sweep
    int m_sweep = 0;
    int m_flipsThisSweep = 0;
    int m_flipsLastSweep = -1;
    int m_lastUpdated = -1;
    std::int64_t m_synchronousCredit = 0;
    bool m_converged = false;
    /// At T > 0 the attractor is named only once the reading at the sweep ends has stayed
    /// the same for kSettledSweeps sweeps: before that the badge says "not settled yet".
    static constexpr int kSettledSweeps = 5;
    StateClassification m_sweepReading;
    int m_stableSweeps = 0;
    std::vector<double> m_spinSums; ///< sum of each spin at the sweep ends since clearAverages()
    int m_averagedSweeps = 0;
};

} // namespace hopfield::app
