#include "gui/continuous/PortraitOverlay.h"

#include "Palette.h"

#include <limits>

namespace hopfield::app {
namespace {

QPolygonF polygonOf(const ContourPolyline& line)
{
    QPolygonF polygon;
    polygon.reserve(static_cast<int>(line.size()));
    for (const ContourPoint& point : line)
        polygon.append(QPointF(point.x, point.y));
    return polygon;
}

void addLines(ui::PlotOverlay& overlay, const std::vector<ContourPolyline>& lines,
              const QColor& color, double width, Qt::PenStyle style, const QString& label)
{
    for (const ContourPolyline& line : lines)
        overlay.lines.push_back({polygonOf(line), color, width, style, label});
}

/// Trajectories take orange, bluish green and reddish purple from the palette: not the
/// sinks' vermillion, the sources' blue, the saddles' black or the nullclines' yellow and
/// sky blue, so that a path is never mistaken for another element.
QColor trajectoryColor(int id)
{
    static constexpr int kOrder[] = {1, 2, 4};
    return ui::palette::series(kOrder[id % 3]);
}

} // namespace

void StoredTrajectory::append(const TrajectoryChunk& chunk)
{
    if (!chunk.times.isEmpty() && chunk.times.front() == 0.0)
        *this = StoredTrajectory{};
    controlled = chunk.controlled;
    plane += chunk.plane;
    times += chunk.times;
    potentials += chunk.potentials;
    energy += chunk.energy;
    speed += chunk.speed;
    control += chunk.control;
    finished = chunk.finished;
    status = chunk.status;
}

ui::MarkerShape fixedPointShape(FixedPointKind kind)
{
    switch (kind) {
    case FixedPointKind::Sink:
    case FixedPointKind::Source:
        return ui::MarkerShape::Circle;
    case FixedPointKind::Saddle:
        return ui::MarkerShape::Cross;
    case FixedPointKind::StableSpiral:
    case FixedPointKind::UnstableSpiral:
        return ui::MarkerShape::Triangle;
    case FixedPointKind::Centre:
        return ui::MarkerShape::Diamond;
    case FixedPointKind::NonHyperbolic:
        break;
    }
    return ui::MarkerShape::Square;
}

QColor fixedPointColor(FixedPointKind kind)
{
    switch (kind) {
    case FixedPointKind::Sink:
    case FixedPointKind::StableSpiral:
        return QColor::fromRgb(0xffd55e00); // vermillion: attracting, "red" in the seed
    case FixedPointKind::Source:
    case FixedPointKind::UnstableSpiral:
        return QColor::fromRgb(0xff0072b2); // blue: repelling
    case FixedPointKind::Saddle:
        return Qt::black; // a cross with a white halo: visible on dark and light cells
    case FixedPointKind::Centre:
        return QColor::fromRgb(0xffcc79a7);
    case FixedPointKind::NonHyperbolic:
        break;
    }
    return ui::palette::neutral();
}

QString fixedPointLabel(FixedPointKind kind)
{
    return QString::fromStdString(fixedPointKindName(kind))
        .replace(QLatin1Char('-'), QLatin1Char(' '));
}

ui::HeatMapGrid heatMapGridOf(const ContourGrid& grid)
{
    ui::HeatMapGrid cells;
    if (grid.nx < 2 || grid.ny < 2)
        return cells;
    const double halfX = 0.5 * (grid.x1 - grid.x0) / (grid.nx - 1);
    const double halfY = 0.5 * (grid.y1 - grid.y0) / (grid.ny - 1);
    cells.nx = grid.nx;
    cells.ny = grid.ny;
    cells.x0 = grid.x0 - halfX;
    cells.x1 = grid.x1 + halfX;
    cells.y0 = grid.y0 - halfY;
    cells.y1 = grid.y1 + halfY;
    cells.values = grid.values; // both row by row from the bottom
    return cells;
}

ui::PlotOverlay portraitOverlay(const PortraitFrame& frame)
{
    const PhasePortrait& portrait = frame.portrait;
    ui::PlotOverlay overlay;
    ui::ArrowField arrows;
    for (const FieldArrow& arrow : portrait.arrows) {
        arrows.positions.append(QPointF(arrow.a, arrow.b));
        arrows.vectors.append(QPointF(arrow.da, arrow.db));
    }
    // Directions only: near the fixed points the field vanishes and scaled arrows would
    // disappear exactly where the picture is interesting.
    arrows.normalized = true;
    arrows.color = QColor(255, 255, 255, 200);
    arrows.width = 1.1;
    overlay.arrows.push_back(arrows);

    for (const EnergyContour& contour : portrait.energyContours)
        addLines(overlay, contour.lines, QColor(255, 255, 255, 110), 0.9, Qt::SolidLine,
                 QStringLiteral("energy contours"));
    addLines(overlay, portrait.nullclines.first, QColor::fromRgb(0xfff0e442), 1.8, Qt::DashLine,
             frame.axisA.startsWith(QLatin1Char('u')) ? QStringLiteral("nullcline du₁/dt = 0")
                                                      : QStringLiteral("nullcline da/dt = 0"));
    addLines(overlay, portrait.nullclines.second, QColor::fromRgb(0xff56b4e9), 1.8, Qt::DashLine,
             frame.axisA.startsWith(QLatin1Char('u')) ? QStringLiteral("nullcline du₂/dt = 0")
                                                      : QStringLiteral("nullcline db/dt = 0"));
    if (!frame.limitCycle.isEmpty()) {
        // A wide translucent band: the trajectories that wind onto it stay visible on top.
        overlay.lines.push_back(
            {frame.limitCycle, QColor(0, 0, 0, 110), 7.0, Qt::SolidLine,
             QStringLiteral("limit cycle, period %1").arg(frame.limitCyclePeriod, 0, 'f', 3)});
    }
    for (const PlaneFixedPoint& fixed : portrait.fixedPoints) {
        ui::PlotMarker marker;
        marker.position = QPointF(fixed.coordinates.x(), fixed.coordinates.y());
        marker.shape = fixedPointShape(fixed.point.kind);
        marker.color = fixedPointColor(fixed.point.kind);
        marker.size = 13.0;
        marker.label = fixedPointLabel(fixed.point.kind);
        overlay.markers.push_back(marker);
    }
    return overlay;
}

Qt::Corner quietestCorner(const PortraitFrame& frame)
{
    // A legend of five to eight rows covers about this much of a 500-pixel plot.
    constexpr double kWidthFraction = 0.35;
    constexpr double kHeightFraction = 0.3;
    const PlaneWindow& w = frame.window;
    const double width = kWidthFraction * (w.aMax - w.aMin);
    const double height = kHeightFraction * (w.bMax - w.bMin);
    Qt::Corner best = Qt::TopLeftCorner;
    int fewest = std::numeric_limits<int>::max();
    for (Qt::Corner corner :
         {Qt::TopLeftCorner, Qt::TopRightCorner, Qt::BottomLeftCorner, Qt::BottomRightCorner}) {
        const bool left = corner == Qt::TopLeftCorner || corner == Qt::BottomLeftCorner;
        const bool top = corner == Qt::TopLeftCorner || corner == Qt::TopRightCorner;
        int inside = 0;
        for (const PlaneFixedPoint& point : frame.portrait.fixedPoints) {
            const double a = point.coordinates.x();
            const double b = point.coordinates.y();
            const bool inA = left ? a <= w.aMin + width : a >= w.aMax - width;
            const bool inB = top ? b >= w.bMax - height : b <= w.bMin + height;
            inside += inA && inB ? 1 : 0;
        }
        if (inside < fewest) {
            fewest = inside;
            best = corner;
        }
    }
    return best;
}

ui::PlotOverlay phasePlaneOverlay(const ui::PlotOverlay& portrait,
                                  const TrajectoryMap& trajectories)
{
    ui::PlotOverlay overlay = portrait;
    bool labelled = false; // one legend entry for all trajectories, not one per colour
    for (const auto& [id, trajectory] : trajectories) {
        if (trajectory.plane.isEmpty())
            continue;
        const QColor color = trajectoryColor(id);
        QString label;
        if (!labelled)
            label = trajectory.controlled ? QStringLiteral("controlled trajectory")
                                          : QStringLiteral("trajectory (□ start)");
        labelled = true;
        overlay.lines.push_back({trajectory.plane, color, 2.6, Qt::SolidLine, label});
        ui::PlotMarker start;
        start.position = trajectory.plane.front();
        start.shape = ui::MarkerShape::Square;
        start.color = color;
        start.size = 8.0;
        overlay.markers.push_back(start);
    }
    return overlay;
}

} // namespace hopfield::app
