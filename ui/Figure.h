#pragma once

class QPainter;
class QRectF;

namespace hopfield::ui {

/// A view that draws itself, background included, onto any QPainter: a widget on screen, a
/// QImage at any DPI, an SVG or a PDF.  FigureExport uses it so that vector files hold real
/// vectors and text rather than a screenshot.  `target` is in logical pixels (1/96 inch).
class Figure {
public:
    virtual ~Figure() = default;
    virtual void paintFigure(QPainter& painter, const QRectF& target) const = 0;

protected:
    Figure() = default;
    Figure(const Figure&) = default;
    Figure& operator=(const Figure&) = default;
};

} // namespace hopfield::ui
