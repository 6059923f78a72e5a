#pragma once

#include "analysis/StateClassification.h"
#include "gui/retrieval/run/RunCheckpoint.h"

#include <QMetaType>
#include <QString>
#include <QVector>

namespace hopfield::app {

/// A snapshot of a retrieval run, published by the worker thread at most ~60 times a
/// second and copied to the GUI: everything a view needs, nothing it must compute.
struct RetrievalFrame {
    int sweep = 0;              ///< sweeps completed
    double sweepFraction = 0.0; ///< of the current sweep done, in [0, 1)
    QVector<qint8> spins;
    /// At T > 0, each spin's average over the sweeps since the last reset or change of T
    /// (sampled at sweep ends); empty at T = 0 or before a sweep has completed.
    QVector<float> meanSpins;
    int averagedSweeps = 0;   ///< the sweeps behind meanSpins
    QVector<double> overlaps; ///< m_mu for every stored pattern
    double energyPerNeuron = 0.0;
    int flipsLastSweep = -1; ///< -1 until a sweep has completed
    int lastUpdated = -1;    ///< the spin just updated, -1 for none
    bool converged = false;  ///< T = 0 and a whole sweep flipped nothing: a fixed point
    /// A fixed point (T = 0) or, at T > 0, the same reading over the last sweeps: only
    /// then is kind the attractor reached rather than where the state is passing.
    bool settled = false;
    StateKind kind = StateKind::SpinGlass;
    /// "retrieved A · fixed point", "mixture of A, I, M · stable for 5 sweeps", or
    /// "not settled yet".
    QString attractor;
    double updatesPerSecond = 0.0; ///< the speed achieved recently
    /// The run's place in its sweep, flips, random stream and order at this frame: a
    /// session saved from this frame goes on exactly as the run did.
    RunCheckpoint checkpoint;

    /// Time in sweeps, the charts' horizontal axis.
    double time() const { return sweep + sweepFraction; }
};

} // namespace hopfield::app

Q_DECLARE_METATYPE(hopfield::app::RetrievalFrame)
