#pragma once

#include "Figure.h"
#include "HeatMapRenderer.h"

#include <QPointF>
#include <QWidget>

namespace hopfield::ui {

/// A heat map of a grid of values with a colour bar, axes, a title and an overlay of lines,
/// markers and arrows (see HeatMapRenderer): a free-energy landscape over (m₁, m₂), a phase
/// diagram over (α, T), an energy under a phase plane, a coupling matrix.  It knows nothing
/// of networks: it takes plain values and reports the user's clicks and drags in data
/// coordinates.  Hovering shows the value under the cursor in a tooltip and in hovered().
class HeatMapView : public QWidget, public Figure {
    Q_OBJECT
public:
    explicit HeatMapView(QWidget* parent = nullptr);

    void setGrid(HeatMapGrid grid);
    const HeatMapGrid& grid() const noexcept { return m_renderer.grid(); }
    /// The data extent for a view with an overlay and no grid; setGrid() resets it.
    void setExtent(double x0, double x1, double y0, double y1);
    void setColorMap(ColorMap::Kind kind);
    /// A fixed value range for the colours; low >= high returns to the data's range.
    void setValueRange(double low, double high);
    /// y0 at the top, as rows of a matrix (see HeatMapRenderer::setYDown).
    void setYDown(bool down);
    /// Bilinear interpolation between cell centres instead of crisp cells.
    void setSmooth(bool smooth);
    void setLabels(HeatMapRenderer::Labels labels);
    void setOverlay(PlotOverlay overlay);
    const PlotOverlay& overlay() const noexcept { return m_renderer.overlay(); }
    void setLegendCorner(Qt::Corner corner);
    void setAspectLocked(bool locked);
    /// Projector mode: fonts and line widths times `scale` (1 = normal).
    void setPresentationScale(double scale);

    const HeatMapRenderer& renderer() const noexcept { return m_renderer; }
    /// The data area in widget coordinates, and the maps between it and data coordinates.
    QRectF plotRect() const;
    QPointF dataToWidget(QPointF data) const;
    QPointF widgetToData(QPointF pixel) const;

    void paintFigure(QPainter& painter, const QRectF& target) const override;
    QSize sizeHint() const override { return {560, 440}; }
    QSize minimumSizeHint() const override { return {240, 200}; }

signals:
    /// A click (press and release without a drag) inside the data area.
    void clicked(QPointF dataPoint);
    /// While dragging from a press inside the data area: the press point and where the
    /// cursor is now, emitted at every move.
    void dragged(QPointF from, QPointF to);
    /// The cursor over the data area and the value of the cell under it (NaN if none).
    void hovered(QPointF dataPoint, double value);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();
    void showValueAt(const QPointF& pixel, const QPoint& globalPos);

    HeatMapRenderer m_renderer;
    double m_scale = 1.0;
    bool m_pressed = false;
    bool m_dragging = false;
    QPointF m_pressPixel;
};

} // namespace hopfield::ui
