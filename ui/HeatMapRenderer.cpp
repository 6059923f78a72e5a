#include "HeatMapRenderer.h"

#include "NiceTicks.h"
#include "OverlayPainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <vector>

namespace hopfield::ui {
namespace {

// Lengths at presentation scale 1, in logical pixels.
constexpr double kPad = 8.0;        // around the figure and between its parts
constexpr double kTickLength = 5.0; // ticks point outwards, away from the data
constexpr double kTickGap = 3.0;    // between a tick and its label
constexpr double kBarGap = 16.0;    // between the plot and the colour bar
constexpr double kBarWidth = 16.0;
constexpr std::size_t kColorTableSize = 4096;
constexpr int kImageSide = 1000;       // pixels along the longer side of the cell image
constexpr int kMaxImageFactor = 16;    // a 2 x 2 grid need not become 1000 x 1000
constexpr double kXTickSpacing = 80.0; // wanted pixels between x ticks
constexpr double kYTickSpacing = 60.0;
constexpr int kTitleFlags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;
// The title's type size relative to the ticks': a title too wide for one line shrinks
// towards body size before it wraps ("f of stored ξ, T =" over a lone "0.00").
constexpr double kTitleScale = 1.25;
constexpr double kSmallestTitleScale = 1.0;
constexpr double kTitleScaleStep = 0.025;

/// The largest title size, down to kSmallestTitleScale, at which `title` fits `width`.
double titleScaleToFit(const PlotStyle& style, const QString& title, double width)
{
    double scale = kTitleScale;
    while (scale > kSmallestTitleScale &&
           QFontMetricsF(style.font(scale, true)).horizontalAdvance(title) > width)
        scale = std::max(scale - kTitleScaleStep, kSmallestTitleScale);
    return scale;
}

int tickCount(double pixels, double spacing)
{
    return std::max(2, static_cast<int>(pixels / spacing) + 1);
}

double widestLabel(const QFontMetricsF& metrics, double low, double high, int maxTicks)
{
    const double step = ticks::niceStep(low, high, maxTicks);
    double widest = 0.0;
    for (double tick : ticks::niceTicks(low, high, maxTicks))
        widest = std::max(widest, metrics.horizontalAdvance(ticks::tickLabel(tick, step)));
    return widest;
}

} // namespace

HeatMapRenderer::HeatMapRenderer() = default;

void HeatMapRenderer::setGrid(HeatMapGrid grid)
{
    m_grid = std::move(grid);
    if (m_grid.isValid())
        setExtent(m_grid.x0, m_grid.x1, m_grid.y0, m_grid.y1);
    rebuildImage();
}

void HeatMapRenderer::setExtent(double x0, double x1, double y0, double y1)
{
    if (!(x0 < x1) || !(y0 < y1) || !std::isfinite(x1 - x0) || !std::isfinite(y1 - y0))
        return;
    m_x0 = x0;
    m_x1 = x1;
    m_y0 = y0;
    m_y1 = y1;
}

PlotTransform HeatMapRenderer::transform(const QRectF& plot) const
{
    return {plot, m_x0, m_x1, m_y0, m_y1, m_yDown};
}

void HeatMapRenderer::setColorMap(ColorMap map)
{
    m_colorMap = map;
    rebuildImage();
}

void HeatMapRenderer::setValueRange(double low, double high)
{
    m_fixedRange = low < high && std::isfinite(low) && std::isfinite(high);
    m_low = low;
    m_high = high;
    rebuildImage();
}

std::pair<double, double> HeatMapRenderer::valueRange() const
{
    if (m_fixedRange)
        return {m_low, m_high};
    auto [low, high] = m_grid.isValid() ? m_grid.finiteRange() : std::pair{0.0, 1.0};
    if (std::isnan(low))
        return {0.0, 1.0};
    if (m_colorMap.isDiverging()) {
        const double reach = std::max(std::abs(low), std::abs(high));
        low = -reach;
        high = reach;
    }
    if (!(low < high)) {
        // A constant field: centre it in a unit-wide range so it gets a colour, not NaN.
        const double half = std::max(0.5, 0.5 * std::abs(low));
        return {low - half, high + half};
    }
    return {low, high};
}

QColor HeatMapRenderer::colorFor(double value) const
{
    const auto [low, high] = valueRange();
    return m_colorMap.at((value - low) / (high - low));
}

void HeatMapRenderer::rebuildImage()
{
    if (!m_grid.isValid()) {
        m_image = QImage();
        return;
    }
    const auto [low, high] = valueRange();
    // A table of the map, so that a million pixels cost a lookup each, not an interpolation
    // between stops: 4096 entries keep every channel within one level of the exact map.
    std::vector<QRgb> table(kColorTableSize);
    for (std::size_t k = 0; k < table.size(); ++k)
        table[k] = m_colorMap.rgbAt(static_cast<double>(k) / (kColorTableSize - 1));
    const double toIndex = (kColorTableSize - 1) / (high - low);
    const auto colorOf = [&table, low, toIndex](double value) -> QRgb {
        if (std::isnan(value))
            return 0; // transparent: the background shows
        const double index = std::clamp((value - low) * toIndex, 0.0, kColorTableSize - 1.0);
        return table[static_cast<std::size_t>(index + 0.5)];
    };
    // One pixel per cell; the top row is the highest y (the lowest when y points down).
    QImage cells(m_grid.nx, m_grid.ny, QImage::Format_ARGB32);
    for (int j = 0; j < m_grid.ny; ++j) {
        auto* line = reinterpret_cast<QRgb*>(cells.scanLine(m_yDown ? j : m_grid.ny - 1 - j));
        for (int i = 0; i < m_grid.nx; ++i)
            line[i] = colorOf(m_grid.value(i, j));
    }
    // Enlarged here, not by whoever draws it: SVG and PDF viewers smooth embedded images,
    // which would blur crisp cells; at about kImageSide pixels their smoothing stays within
    // a small part of a cell.
    const int factor = std::clamp(kImageSide / std::max(m_grid.nx, m_grid.ny), 1, kMaxImageFactor);
    if (!m_smooth) {
        m_image = factor == 1 ? cells
                              : cells.scaled(m_grid.nx * factor, m_grid.ny * factor,
                                             Qt::IgnoreAspectRatio, Qt::FastTransformation);
        return;
    }
    m_image = QImage(m_grid.nx * factor, m_grid.ny * factor, QImage::Format_ARGB32);
    const std::vector<Stencil> columns = stencils(m_grid.nx, factor);
    const std::vector<Stencil> rows = stencils(m_grid.ny, factor);
    for (int row = 0; row < m_image.height(); ++row) {
        auto* line =
            reinterpret_cast<QRgb*>(m_image.scanLine(m_yDown ? row : m_image.height() - 1 - row));
        const Stencil& r = rows[static_cast<std::size_t>(row)];
        for (int column = 0; column < m_image.width(); ++column) {
            const Stencil& c = columns[static_cast<std::size_t>(column)];
            const double a = m_grid.value(c.first, r.first);
            const double b = m_grid.value(c.first + c.step, r.first);
            const double d = m_grid.value(c.first, r.first + r.step);
            const double e = m_grid.value(c.first + c.step, r.first + r.step);
            // Next to a NaN cell, the cell's own value: missing data is not smeared.
            const double value = std::isnan(a + b + d + e)
                                     ? m_grid.value(column / factor, row / factor)
                                     : (1 - r.weight) * ((1 - c.weight) * a + c.weight * b) +
                                           r.weight * ((1 - c.weight) * d + c.weight * e);
            line[column] = colorOf(value);
        }
    }
}

std::vector<HeatMapRenderer::Stencil> HeatMapRenderer::stencils(int cells, int factor)
{
    // Bilinear in the values between cell centres (interpolating the colours instead would
    // leave the colour map: purple and yellow mix to brown, not to viridis' green), clamped
    // at the border.  Pixel p's centre lies at (p + 0.5) / factor - 0.5 in cell-centre units.
    std::vector<Stencil> result(static_cast<std::size_t>(cells) * factor);
    for (std::size_t p = 0; p < result.size(); ++p) {
        const double u = std::clamp((p + 0.5) / factor - 0.5, 0.0, cells - 1.0);
        const int first = std::min(static_cast<int>(u), std::max(0, cells - 2));
        result[p] = {first, cells > 1 ? 1 : 0, u - first};
    }
    return result;
}

void HeatMapRenderer::setYDown(bool down)
{
    m_yDown = down;
    rebuildImage();
}

void HeatMapRenderer::setSmooth(bool smooth)
{
    m_smooth = smooth;
    rebuildImage();
}

HeatMapRenderer::Layout HeatMapRenderer::layout(const QRectF& target) const
{
    const QFontMetricsF tickMetrics(m_style.font());
    const QFontMetricsF axisMetrics(m_style.font(1.1));
    const double pad = m_style.scaled(kPad);
    const double tick = m_style.scaled(kTickLength) + m_style.scaled(kTickGap);

    Layout result;
    double top = pad;
    if (!m_labels.title.isEmpty()) {
        // Wider than the figure at body size, the title wraps rather than runs off its sides.
        const QRectF band(target.left() + pad, target.top() + pad, target.width() - 2 * pad, 0.0);
        result.titleScale = titleScaleToFit(m_style, m_labels.title, band.width());
        const QFontMetricsF titleMetrics(m_style.font(result.titleScale, true));
        const double height = titleMetrics.boundingRect(band, kTitleFlags, m_labels.title).height();
        result.title = QRectF(band.topLeft(), QSizeF(band.width(), height));
        top += height + pad;
    }
    const double bottom = tick + tickMetrics.height() + pad +
                          (m_labels.xTitle.isEmpty() ? 0.0 : axisMetrics.height() + pad);
    // At most as many ticks as the plot's height holds (paintAxes spaces them by it): a
    // short plot's coarser ticks have shorter labels.
    const int yTicks = tickCount(target.height() - top - bottom, m_style.scaled(kYTickSpacing));
    const double left = pad + (m_labels.yTitle.isEmpty() ? 0.0 : axisMetrics.height() + pad) +
                        widestLabel(tickMetrics, m_y0, m_y1, yTicks) + tick;
    // Room for half of the last x tick label.
    const double edge = pad + 0.5 * tickMetrics.horizontalAdvance(QStringLiteral("0.00"));
    const double valueTitle = m_labels.valueTitle.isEmpty() ? 0.0 : axisMetrics.height() + pad;
    QRectF plot = target.adjusted(left, top, -edge, -bottom);
    if (m_grid.isValid()) {
        const auto [low, high] = valueRange();
        const double beside = m_style.scaled(kBarGap) + m_style.scaled(kBarWidth) + tick +
                              widestLabel(tickMetrics, low, high, yTicks) + pad + valueTitle;
        const double under =
            m_style.scaled(kBarWidth) + tick + tickMetrics.height() + pad + valueTitle;
        const QRectF besidePlot = target.adjusted(left, top, -beside, -bottom);
        const QRectF underPlot = target.adjusted(left, top, -edge, -bottom - under);
        // The bar goes where the plot keeps the larger square: beside it in a wide figure,
        // under it in a narrow column, where beside it would squeeze the plot to a sliver.
        const auto side = [](const QRectF& rect) {
            return std::min(rect.width(), rect.height());
        };
        result.barUnder = side(underPlot) > side(besidePlot);
        plot = result.barUnder ? underPlot : besidePlot;
    }
    if (plot.width() < 10.0 || plot.height() < 10.0)
        plot = target.adjusted(2, 2, -2, -2);
    if (m_aspectLocked) {
        const double unit = std::min(plot.width() / (m_x1 - m_x0), plot.height() / (m_y1 - m_y0));
        const QSizeF size(unit * (m_x1 - m_x0), unit * (m_y1 - m_y0));
        plot =
            QRectF(plot.left() + 0.5 * (plot.width() - size.width()),
                   plot.top() + 0.5 * (plot.height() - size.height()), size.width(), size.height());
    }
    result.plot = plot;
    if (!m_grid.isValid())
        return result;
    const double barWidth = m_style.scaled(kBarWidth);
    result.colorBar =
        result.barUnder
            ? QRectF(plot.left(), plot.bottom() + bottom, plot.width(), barWidth)
            : QRectF(plot.right() + m_style.scaled(kBarGap), plot.top(), barWidth, plot.height());
    return result;
}

void HeatMapRenderer::paint(QPainter& painter, const QRectF& target) const
{
    painter.save();
    painter.fillRect(target, m_style.background);
    const Layout parts = layout(target);
    const PlotTransform data = transform(parts.plot);

    if (!m_image.isNull()) {
        const QRectF cells =
            QRectF(data.toPixel({m_grid.x0, m_grid.y1}), data.toPixel({m_grid.x1, m_grid.y0}))
                .normalized();
        painter.save();
        painter.setClipRect(parts.plot);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
        painter.drawImage(cells, m_image);
        painter.restore();
    }
    overlay::paint(painter, m_overlay, data, m_style);
    paintAxes(painter, data);
    if (parts.barUnder)
        paintColorBarUnder(painter, parts.colorBar, target);
    else if (!parts.colorBar.isEmpty())
        paintColorBar(painter, parts.colorBar);
    overlay::paintLegend(painter, m_overlay, parts.plot, m_legendCorner, m_style);

    if (!m_labels.title.isEmpty()) {
        painter.setFont(m_style.font(parts.titleScale, true));
        painter.setPen(m_style.foreground);
        painter.drawText(parts.title, kTitleFlags, m_labels.title);
    }
    painter.restore();
}

void HeatMapRenderer::paintAxes(QPainter& painter, const PlotTransform& transform) const
{
    const QRectF plot = transform.pixels;
    const double tickLength = m_style.scaled(kTickLength);
    const double gap = m_style.scaled(kTickGap);
    const QFont tickFont = m_style.font();
    const QFontMetricsF metrics(tickFont);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(m_style.foreground, m_style.scaled(1.0)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(plot);
    painter.setFont(tickFont);

    const int xTicks = tickCount(plot.width(), m_style.scaled(kXTickSpacing));
    const double xStep = ticks::niceStep(m_x0, m_x1, xTicks);
    for (double x : ticks::niceTicks(m_x0, m_x1, xTicks)) {
        const double px = transform.toPixel({x, m_y0}).x();
        painter.drawLine(QPointF(px, plot.bottom()), QPointF(px, plot.bottom() + tickLength));
        const QString text = ticks::tickLabel(x, xStep);
        const double width = metrics.horizontalAdvance(text);
        painter.drawText(
            QRectF(px - width, plot.bottom() + tickLength + gap, 2 * width, metrics.height()),
            Qt::AlignHCenter | Qt::AlignTop, text);
    }
    const int yTicks = tickCount(plot.height(), m_style.scaled(kYTickSpacing));
    const double yStep = ticks::niceStep(m_y0, m_y1, yTicks);
    double widest = 0.0;
    for (double y : ticks::niceTicks(m_y0, m_y1, yTicks)) {
        const double py = transform.toPixel({m_x0, y}).y();
        painter.drawLine(QPointF(plot.left() - tickLength, py), QPointF(plot.left(), py));
        const QString text = ticks::tickLabel(y, yStep);
        widest = std::max(widest, metrics.horizontalAdvance(text));
        painter.drawText(QRectF(plot.left() - tickLength - gap - 200.0, py - metrics.height(),
                                200.0, 2 * metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, text);
    }

    const QFont axisFont = m_style.font(1.1);
    const QFontMetricsF axisMetrics(axisFont);
    painter.setFont(axisFont);
    if (!m_labels.xTitle.isEmpty()) {
        const double top = plot.bottom() + tickLength + gap + metrics.height() + gap;
        painter.drawText(QRectF(plot.left(), top, plot.width(), axisMetrics.height()),
                         Qt::AlignHCenter | Qt::AlignTop, m_labels.xTitle);
    }
    if (!m_labels.yTitle.isEmpty()) {
        const double centreX = plot.left() - tickLength - gap - widest - m_style.scaled(kPad) -
                               0.5 * axisMetrics.height();
        painter.translate(centreX, plot.center().y());
        painter.rotate(-90.0);
        painter.drawText(QRectF(-0.5 * plot.height(), -0.5 * axisMetrics.height(), plot.height(),
                                axisMetrics.height()),
                         Qt::AlignCenter, m_labels.yTitle);
    }
    painter.restore();
}

void HeatMapRenderer::paintBarStrip(QPainter& painter, const QRectF& bar,
                                    Qt::Orientation orientation) const
{
    // The map in 256 steps, its highest value on top or on the right, framed.
    const bool vertical = orientation == Qt::Vertical;
    QImage strip(vertical ? 1 : 256, vertical ? 256 : 1, QImage::Format_ARGB32);
    for (int k = 0; k < 256; ++k)
        strip.setPixel(vertical ? 0 : k, vertical ? 255 - k : 0, m_colorMap.rgbAt(k / 255.0));
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(bar, strip);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(m_style.foreground, m_style.scaled(1.0)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(bar);
}

void HeatMapRenderer::paintColorBar(QPainter& painter, const QRectF& bar) const
{
    const auto [low, high] = valueRange();
    painter.save();
    paintBarStrip(painter, bar, Qt::Vertical);

    const QFont tickFont = m_style.font();
    const QFontMetricsF metrics(tickFont);
    painter.setFont(tickFont);
    const double tickLength = m_style.scaled(kTickLength);
    const double gap = m_style.scaled(kTickGap);
    const int count = tickCount(bar.height(), m_style.scaled(kYTickSpacing));
    const double step = ticks::niceStep(low, high, count);
    double widest = 0.0;
    for (double value : ticks::niceTicks(low, high, count)) {
        const double py = bar.bottom() - (value - low) / (high - low) * bar.height();
        painter.drawLine(QPointF(bar.right(), py), QPointF(bar.right() + tickLength, py));
        const QString text = ticks::tickLabel(value, step);
        widest = std::max(widest, metrics.horizontalAdvance(text));
        painter.drawText(QRectF(bar.right() + tickLength + gap, py - metrics.height(), 200.0,
                                2 * metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, text);
    }
    if (!m_labels.valueTitle.isEmpty()) {
        const QFont axisFont = m_style.font(1.1);
        const QFontMetricsF axisMetrics(axisFont);
        painter.setFont(axisFont);
        const double centreX = bar.right() + tickLength + gap + widest + m_style.scaled(kPad) +
                               0.5 * axisMetrics.height();
        painter.translate(centreX, bar.center().y());
        painter.rotate(-90.0);
        painter.drawText(QRectF(-0.5 * bar.height() - 100.0, -0.5 * axisMetrics.height(),
                                bar.height() + 200.0, axisMetrics.height()),
                         Qt::AlignCenter, m_labels.valueTitle);
    }
    painter.restore();
}

void HeatMapRenderer::paintColorBarUnder(QPainter& painter, const QRectF& bar,
                                         const QRectF& target) const
{
    const auto [low, high] = valueRange();
    painter.save();
    paintBarStrip(painter, bar, Qt::Horizontal);

    const QFont tickFont = m_style.font();
    const QFontMetricsF metrics(tickFont);
    painter.setFont(tickFont);
    const double tickLength = m_style.scaled(kTickLength);
    const double gap = m_style.scaled(kTickGap);
    // A narrow bar carries fewer ticks; spaced as the vertical bar's (its labels are short
    // values), not as the x axis', so that a side column's bar still shows two or three.
    const int count = tickCount(bar.width(), m_style.scaled(kYTickSpacing));
    const double step = ticks::niceStep(low, high, count);
    for (double value : ticks::niceTicks(low, high, count)) {
        const double px = bar.left() + (value - low) / (high - low) * bar.width();
        painter.drawLine(QPointF(px, bar.bottom()), QPointF(px, bar.bottom() + tickLength));
        const QString text = ticks::tickLabel(value, step);
        const double width = metrics.horizontalAdvance(text);
        painter.drawText(
            QRectF(px - width, bar.bottom() + tickLength + gap, 2 * width, metrics.height()),
            Qt::AlignHCenter | Qt::AlignTop, text);
    }
    if (!m_labels.valueTitle.isEmpty()) {
        const QFont axisFont = m_style.font(1.1);
        const QFontMetricsF axisMetrics(axisFont);
        painter.setFont(axisFont);
        // Centred under the bar, as wide as the figure lets it be.
        const double pad = m_style.scaled(kPad);
        const double half =
            std::min(bar.center().x() - target.left(), target.right() - bar.center().x()) - pad;
        const QRectF band(bar.center().x() - half,
                          bar.bottom() + tickLength + 2 * gap + metrics.height(), 2 * half,
                          axisMetrics.height());
        painter.drawText(band, Qt::AlignHCenter | Qt::AlignTop,
                         axisMetrics.elidedText(m_labels.valueTitle, Qt::ElideRight, band.width()));
    }
    painter.restore();
}

} // namespace hopfield::ui
