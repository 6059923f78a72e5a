#pragma once

#include "PlotOverlay.h"
#include "PlotStyle.h"
#include "PlotTransform.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <Qt>

class QPainter;

/// Paints a PlotOverlay (arrows, lines, markers) and its legend; shared by the plots that
/// draw with QPainter.  Free functions over plain values, so any view can reuse them.
namespace hopfield::ui::overlay {

/// Draws the overlay clipped to the transform's pixel rectangle.
void paint(QPainter& painter, const PlotOverlay& overlay, const PlotTransform& transform,
           const PlotStyle& style);

/// One marker centred on `centre`, `size` pixels wide, with a thin outline that keeps it
/// visible on any background.
void paintMarker(QPainter& painter, QPointF centre, MarkerShape shape, const QColor& color,
                 double size, const PlotStyle& style);

/// The legend box in a corner of `plot`, one row per distinct entry; nothing if the overlay
/// has no labels.
void paintLegend(QPainter& painter, const PlotOverlay& overlay, const QRectF& plot,
                 Qt::Corner corner, const PlotStyle& style);

/// Where a marker's text starts (its baseline's left end): above and to the right of a
/// marker `markerSize` wide, slid left or put below where that would leave `plot`, so a
/// long name by the edge ("−random 12") stays readable.
QPointF markerTextBaseline(QPointF centre, double markerSize, QSizeF text, const QRectF& plot);

/// Text with a halo of the background colour, readable over a heat map.
void paintHaloText(QPainter& painter, QPointF baselineStart, const QString& text, const QFont& font,
                   const PlotStyle& style);

} // namespace hopfield::ui::overlay
