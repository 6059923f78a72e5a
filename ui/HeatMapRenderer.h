#pragma once

#include "ColorMap.h"
#include "HeatMapGrid.h"
#include "PlotOverlay.h"
#include "PlotStyle.h"
#include "PlotTransform.h"

#include <QImage>
#include <QString>
#include <Qt>
#include <vector>

class QPainter;

namespace hopfield::ui {

/// Paints a heat map of a HeatMapGrid with a colour bar, axes with nice ticks, axis titles,
/// a title, an overlay (lines, markers, arrows) and its legend into any rectangle of any
/// QPainter.  A plain class, not a widget: the view adds mouse handling, tests render into a
/// QImage, and FigureExport renders the same drawing into PNG, SVG and PDF.
class HeatMapRenderer {
public:
    struct Labels {
        QString title;
        QString xTitle;     ///< e.g. "m₁"
        QString yTitle;     ///< e.g. "m₂"
        QString valueTitle; ///< the colour bar's label, e.g. "free energy f"
    };

    /// Where the parts of the figure go inside a target rectangle.  In a narrow one (a side
    /// column) the colour bar lies under the plot, and the title shrinks, then wraps.
    struct Layout {
        QRectF plot;             ///< the data area
        QRectF colorBar;         ///< empty when there is no grid to colour
        bool barUnder = false;   ///< a horizontal colour bar under the plot, not beside it
        QRectF title;            ///< the band the (wrapped) title fills; empty without one
        double titleScale = 1.0; ///< the title's type size, shrunk to fit one line if it can
    };

    HeatMapRenderer();

    /// Sets the values and, from the grid, the data extent.  An invalid grid draws no cells.
    void setGrid(HeatMapGrid grid);
    const HeatMapGrid& grid() const noexcept { return m_grid; }
    /// The data extent shown, for plots with an overlay but no grid; setGrid() resets it.
    void setExtent(double x0, double x1, double y0, double y1);
    PlotTransform transform(const QRectF& plot) const;

    void setColorMap(ColorMap map);
    const ColorMap& colorMap() const noexcept { return m_colorMap; }
    /// Fixes the range of values spread over the colour map; low >= high (or non-finite)
    /// returns to the automatic range: the data's range, made symmetric about 0 for a
    /// diverging map.
    void setValueRange(double low, double high);
    /// The range in use, {low, high} with low < high.
    std::pair<double, double> valueRange() const;
    /// The colour of a value; NaN gives an invalid colour (the cell shows the background).
    QColor colorFor(double value) const;

    /// y0 at the top and y growing downwards, as rows of a matrix (e.g. couplings J_ij with
    /// i on y), instead of at the bottom as in a graph.
    void setYDown(bool down);
    bool isYDown() const noexcept { return m_yDown; }
    /// Bilinear interpolation between cell centres instead of crisp cells (landscapes).
    void setSmooth(bool smooth);
    bool isSmooth() const noexcept { return m_smooth; }

    void setLabels(Labels labels) { m_labels = std::move(labels); }
    const Labels& labels() const noexcept { return m_labels; }
    void setOverlay(PlotOverlay overlay) { m_overlay = std::move(overlay); }
    const PlotOverlay& overlay() const noexcept { return m_overlay; }
    void setStyle(const PlotStyle& style) { m_style = style; }
    const PlotStyle& style() const noexcept { return m_style; }
    void setLegendCorner(Qt::Corner corner) { m_legendCorner = corner; }
    /// Equal data units on both axes (e.g. a phase plane), the plot centred in its space.
    void setAspectLocked(bool locked) { m_aspectLocked = locked; }

    Layout layout(const QRectF& target) const;
    void paint(QPainter& painter, const QRectF& target) const;

private:
    void rebuildImage();
    /// Where a pixel of an image `factor` times larger than the grid reads its value: cells
    /// `first` and `first + step` of a row or column, mixed with `weight` on the second.
    struct Stencil {
        int first;
        int step;
        double weight;
    };
    static std::vector<Stencil> stencils(int cells, int factor);
    void paintAxes(QPainter& painter, const PlotTransform& transform) const;
    /// The colour bar's gradient and frame; the callers add ticks and the value title.
    void paintBarStrip(QPainter& painter, const QRectF& bar, Qt::Orientation orientation) const;
    void paintColorBar(QPainter& painter, const QRectF& bar) const;
    /// The value title may take the target's width, wider than the bar.
    void paintColorBarUnder(QPainter& painter, const QRectF& bar, const QRectF& target) const;

    HeatMapGrid m_grid;
    QImage m_image;
    double m_x0 = 0.0;
    double m_x1 = 1.0;
    double m_y0 = 0.0;
    double m_y1 = 1.0;
    ColorMap m_colorMap;
    bool m_fixedRange = false;
    double m_low = 0.0;
    double m_high = 1.0;
    Labels m_labels;
    PlotOverlay m_overlay;
    PlotStyle m_style;
    Qt::Corner m_legendCorner = Qt::TopRightCorner;
    bool m_aspectLocked = false;
    bool m_smooth = false;
    bool m_yDown = false;
};

} // namespace hopfield::ui
