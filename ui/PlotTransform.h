#pragma once

#include <QPointF>
#include <QRectF>

namespace hopfield::ui {

/// The affine map between data coordinates [x0, x1] x [y0, y1] and a pixel rectangle: y0 at
/// the bottom as in a graph, or at the top (yDown) as in a matrix, row 0 first.
struct PlotTransform {
    QRectF pixels;
    double x0 = 0.0;
    double x1 = 1.0;
    double y0 = 0.0;
    double y1 = 1.0;
    bool yDown = false;

    double xScale() const { return pixels.width() / (x1 - x0); }
    double yScale() const { return pixels.height() / (y1 - y0); }
    QPointF toPixel(QPointF data) const
    {
        const double down = (data.y() - y0) * yScale();
        return {pixels.left() + (data.x() - x0) * xScale(),
                yDown ? pixels.top() + down : pixels.bottom() - down};
    }
    QPointF toData(QPointF pixel) const
    {
        const double down = yDown ? pixel.y() - pixels.top() : pixels.bottom() - pixel.y();
        return {x0 + (pixel.x() - pixels.left()) / xScale(), y0 + down / yScale()};
    }
};

} // namespace hopfield::ui
