#pragma once

#include <QPointF>
#include <QRectF>

namespace hopfield::ui {

/// The affine map between data coordinates [x0, x1] x [y0, y1] and a pixel rectangle, with
/// y growing upwards in data and downwards in pixels.
struct PlotTransform {
    QRectF pixels;
    double x0 = 0.0;
    double x1 = 1.0;
    double y0 = 0.0;
    double y1 = 1.0;

    double xScale() const { return pixels.width() / (x1 - x0); }
    double yScale() const { return pixels.height() / (y1 - y0); }
    QPointF toPixel(QPointF data) const
    {
        return {pixels.left() + (data.x() - x0) * xScale(),
                pixels.bottom() - (data.y() - y0) * yScale()};
    }
    QPointF toData(QPointF pixel) const
    {
        return {x0 + (pixel.x() - pixels.left()) / xScale(),
                y0 + (pixels.bottom() - pixel.y()) / yScale()};
    }
};

} // namespace hopfield::ui
