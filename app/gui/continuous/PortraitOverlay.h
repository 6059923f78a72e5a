#pragma once
// The continuous lab's phase plane as plot values: the engine's portrait and the
// trajectories turned into a heat map and a PlotOverlay for ui::HeatMapView.

#include "HeatMapGrid.h"
#include "PlotOverlay.h"
#include "gui/continuous/ContinuousFrames.h"

#include <QColor>
#include <QString>
#include <map>

namespace hopfield::app {

/// One trajectory as the GUI keeps it: every sample so far.
struct StoredTrajectory {
    bool controlled = false;
    QVector<QPointF> plane;
    QVector<double> times;
    QVector<QVector<double>> potentials;
    QVector<double> energy;
    QVector<double> speed;
    QVector<double> control;
    bool finished = false;
    QString status;

    /// Appends a chunk; a chunk starting at t = 0 starts the trajectory afresh (a restart
    /// after a drag or a new parameter).
    void append(const TrajectoryChunk& chunk);
};
using TrajectoryMap = std::map<int, StoredTrajectory>;

/// The colour code of the fixed points: sinks red and sources blue as in the seed's
/// figures (Okabe-Ito vermillion and blue), and a distinct shape for every other kind.
ui::MarkerShape fixedPointShape(FixedPointKind kind);
QColor fixedPointColor(FixedPointKind kind);
/// "sink", "source", "saddle", "stable spiral", ... for the legend.
QString fixedPointLabel(FixedPointKind kind);

/// The node-sampled grid as heat-map cells centred on the nodes.
ui::HeatMapGrid heatMapGridOf(const ContourGrid& grid);

/// Arrows, nullclines, energy contours and the classified fixed points of a portrait.
ui::PlotOverlay portraitOverlay(const PortraitFrame& frame);
/// The corner of the plane for the legend: the one with the fewest fixed points under a
/// legend-sized box (top left on a tie).
Qt::Corner quietestCorner(const PortraitFrame& frame);

/// The portrait's overlay with the trajectories drawn on top (their starts as open
/// circles, the current heads as dots).
ui::PlotOverlay phasePlaneOverlay(const ui::PlotOverlay& portrait,
                                  const TrajectoryMap& trajectories);

} // namespace hopfield::app
