#pragma once
// The values the continuous lab's worker hands to the GUI thread: plain copies, never
// references into the worker's state.

#include "continuous/PhasePortrait.h"

#include <Eigen/Core>
#include <QMetaType>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>
#include <vector>

namespace hopfield::app {

/// The phase plane of the current model (for a controlled run: of A + xi(t) at `time`).
struct PortraitFrame {
    quint64 request = 0;
    PhasePortrait portrait;
    PlaneWindow window;
    /// What the heat map under the field shows: the energy for a model with a Lyapunov
    /// energy, otherwise log10 |X|, the speed of the flow (slow regions are dark).
    ContourGrid heat;
    bool heatIsEnergy = false;
    QString axisA; ///< the plane's axis titles, e.g. "u₁" or "along ξ¹"
    QString axisB;
    double time = 0.0; ///< the controlled model's time; 0 for a plain model
    QString stage;     ///< of a recording sequence: "recording 2 of 3"; empty otherwise
    /// A model without an energy may oscillate: the attracting cycle reached from the
    /// preset's first start (detectLimitCycle), one period of it; empty if there is none.
    QVector<QPointF> limitCycle;
    double limitCyclePeriod = 0.0;
};

/// New samples of one trajectory since the previous frame.
struct TrajectoryChunk {
    int id = 0; ///< trajectories are numbered from 0 per request
    bool controlled = false;
    QVector<QPointF> plane; ///< plane coordinates of each sample
    QVector<double> times;
    QVector<QVector<double>> potentials; ///< u(t) per sample
    QVector<double> energy;              ///< NaN without a Lyapunov energy
    QVector<double> speed;               ///< |X(t)|
    QVector<double> control;             ///< |xi(t)| (controlled runs only)
    bool finished = false;
    /// When finished: "equilibrium", "converged to the sink at (a, b)" (out of time at a
    /// stable equilibrium), "time-limit", or the end of the horizon.
    QString status;
};

/// One animation frame: at most one per display frame (<= ~60 per second).
struct ContinuousFrame {
    quint64 request = 0;
    std::vector<TrajectoryChunk> chunks;
    Eigen::MatrixXd couplings; ///< A + xi(t) of a controlled run; empty otherwise
};

/// What a controlled run ended in (ControlRun, summarised).
struct ControlSummary {
    quint64 request = 0;
    QString outcome; ///< outcomeName(): recognised, recorded, limit-cycle, wandering
    double cost = 0.0;
    double maxControlExisting = 0.0;
    double maxControlSilent = 0.0;
    Eigen::VectorXd equilibrium; ///< empty unless recognised or recorded
    double period = 0.0;
    Eigen::MatrixXd finalCouplings; ///< A + xi_inf
    /// For a recording sequence (forget-recover): one line per recording, its outcome and
    /// the fate of the tracked memories.
    QStringList sequence;
};

/// The Pareto trade-off of a controlled preset shown side by side (SCIENCE.md section 6):
/// the same cue solved with a conservative and with an innovative weight mu, each with the
/// landscape of its final network A + xi_inf and its controlled path.
struct ParetoSide {
    double mu = 0.0;
    PortraitFrame portrait;
    QVector<QPointF> path;
    QString outcome;
    double cost = 0.0;
};
struct ParetoFrame {
    quint64 request = 0;
    ParetoSide conservative;
    ParetoSide innovative;
};

} // namespace hopfield::app

Q_DECLARE_METATYPE(hopfield::app::PortraitFrame)
Q_DECLARE_METATYPE(hopfield::app::ParetoFrame)
Q_DECLARE_METATYPE(hopfield::app::ContinuousFrame)
Q_DECLARE_METATYPE(hopfield::app::ControlSummary)
