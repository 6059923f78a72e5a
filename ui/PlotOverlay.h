#pragma once

#include <QColor>
#include <QPointF>
#include <QPolygonF>
#include <QString>
#include <QVector>
#include <vector>

/// What a plot draws on top of its data, in data coordinates: lines, markers and arrow
/// fields.  Plain values: whoever computes contours, nullclines, theory lines, fixed points
/// or a vector field hands them over as these.  Sizes and widths are in logical pixels
/// (1/96 inch), multiplied by the plot's presentation scale.
namespace hopfield::ui {

/// A polyline: a contour, a nullcline, a theory line or a trajectory.  A point with a NaN
/// coordinate breaks the line in two.
struct PlotLine {
    QPolygonF points;
    QColor color = Qt::black;
    double width = 2.0;
    Qt::PenStyle style = Qt::SolidLine;
    /// Legend text; empty for none.  Lines with the same label, colour and style share one
    /// legend entry (e.g. every piece of one contour level).
    QString label;
};

enum class MarkerShape { Circle, Square, Triangle, Diamond, Cross };

/// A point marker, e.g. a fixed point or a minimum, with optional text beside it.
struct PlotMarker {
    QPointF position;
    MarkerShape shape = MarkerShape::Circle;
    QColor color = Qt::black;
    double size = 11.0; ///< the width of the shape
    QString text;       ///< drawn beside the marker, e.g. "A" or "mixture"
    QString label;      ///< legend text; markers with equal label, shape and colour share one
};

/// A vector field: one arrow per position, centred on it.  Arrows are scaled so the longest
/// spans about 85% of the spacing of the positions (the grid cell); `normalized` draws all
/// at that length, showing only the direction.
struct ArrowField {
    QVector<QPointF> positions;
    QVector<QPointF> vectors; ///< in data units per unit time, one per position
    QColor color = Qt::black;
    double width = 1.2;
    bool normalized = false;
    QString label;
};

/// Everything drawn on a plot's data: arrows first, then lines, then markers on top.
struct PlotOverlay {
    std::vector<ArrowField> arrows;
    std::vector<PlotLine> lines;
    std::vector<PlotMarker> markers;
};

} // namespace hopfield::ui
