#include "XYChartView.h"

#include "ChartStyle.h"
#include "ErrorBarsItem.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <limits>

namespace hopfield::ui {
namespace {

constexpr double kMarkerSize = 6.0;
constexpr double kHistogramFillAlpha = 0.35;
constexpr double kDataMargin = 0.05; // of the span, on each side of the data
constexpr int kMaxTicks = 7;

/// The smallest and largest of some values; empty until one is added.
struct Extent {
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    void add(double value)
    {
        if (!std::isfinite(value))
            return;
        low = std::min(low, value);
        high = std::max(high, value);
    }
    bool empty() const { return low > high; }
};

/// A linear axis over [low, high] with ticks at the nice multiples inside it, labelled
/// exactly (chart::setNiceRange).
void setValueRange(QAbstractAxis* axis, double low, double high, int ticks = kMaxTicks)
{
    chart::setNiceRange(static_cast<QCategoryAxis*>(axis), low, high, ticks);
}

/// The data's range with a margin on both sides, as in matplotlib, rather than stretched
/// to the next round numbers (which can nearly double it); a data range starting at 0
/// (counts, rates) keeps 0 as the axis start when `keepZero`.
void setPaddedRange(QAbstractAxis* axis, const Extent& extent, bool keepZero, double margin,
                    int ticks = kMaxTicks)
{
    if (extent.empty()) {
        setValueRange(axis, 0.0, 1.0, ticks);
        return;
    }
    const double span = extent.high - extent.low;
    const double pad = span > 0.0 ? margin * span : std::max(0.5, 0.5 * std::abs(extent.low));
    const double low = keepZero && extent.low == 0.0 ? 0.0 : extent.low - pad;
    setValueRange(axis, low, extent.high + pad, ticks);
}

bool drawable(QPointF point, bool logX)
{
    return std::isfinite(point.x()) && std::isfinite(point.y()) && (!logX || point.x() > 0.0);
}

} // namespace

XYChartView::XYChartView(const QString& title, const XYAxes& axes, QWidget* parent)
    : QWidget(parent), m_axes(axes), m_chart(new QChart), m_errorBars(new ErrorBarsItem(m_chart)),
      m_valueTicks(kMaxTicks)
{
    chart::styleChart(m_chart, title, chart::lookOf(*this, m_scale));
    m_view = chart::embedChart(m_chart, this);
    connect(m_chart, &QChart::plotAreaChanged, this, [this]() { m_errorBars->refresh(); });
    // Queued: a new tick count relabels the axis, which lays the chart out again.
    connect(m_chart, &QChart::plotAreaChanged, this, &XYChartView::fitValueTicks,
            Qt::QueuedConnection);
    rebuild();
}

// The chart view owns the chart, which owns the axes, the series and the error bars.
XYChartView::~XYChartView() = default;

void XYChartView::setPresentationScale(double scale)
{
    m_scale = std::max(0.5, scale);
    restyle();
}

void XYChartView::restyle()
{
    chart::styleChart(m_chart, m_chart->title(), chart::lookOf(*this, m_scale));
    m_errorBars->setScale(m_scale);
    rebuild();
}

void XYChartView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        restyle();
}

void XYChartView::setAxes(const XYAxes& axes)
{
    m_axes = axes;
    rebuild();
}

void XYChartView::setSeries(std::vector<XYSeries> series)
{
    m_series = std::move(series);
    rebuild();
}

void XYChartView::addSeries(XYSeries series)
{
    m_series.push_back(std::move(series));
    rebuild();
}

void XYChartView::addHistogram(Histogram histogram)
{
    m_histograms.push_back(std::move(histogram));
    rebuild();
}

void XYChartView::clear()
{
    m_series.clear();
    m_histograms.clear();
    rebuild();
}

void XYChartView::fitValueTicks(const QRectF& plot)
{
    const int fitting = chart::valueTicksFitting(plot.height(), m_yAxis->labelsFont(), kMaxTicks);
    if (fitting == m_valueTicks)
        return;
    m_valueTicks = fitting;
    fitRanges();
}

QRectF XYChartView::plotArea() const
{
    return m_chart->plotArea();
}

QList<QPointF> XYChartView::drawnPoints(int index) const
{
    return m_curves.at(index)->points();
}

QPointF XYChartView::xRange() const
{
    if (const auto* log = qobject_cast<const QLogValueAxis*>(m_xAxis))
        return {log->min(), log->max()};
    const auto* value = qobject_cast<const QValueAxis*>(m_xAxis);
    return {value->min(), value->max()};
}

QStringList XYChartView::yTickLabels() const
{
    return static_cast<QCategoryAxis*>(m_yAxis)->categoriesLabels();
}

QStringList XYChartView::legendNames() const
{
    QStringList names;
    for (const QLegendMarker* marker : m_chart->legend()->markers())
        if (marker->isVisible())
            names << marker->label();
    return names;
}

QPointF XYChartView::yRange() const
{
    const auto* value = qobject_cast<const QValueAxis*>(m_yAxis);
    return {value->min(), value->max()};
}

void XYChartView::paintFigure(QPainter& painter, const QRectF& target) const
{
    chart::paintChart(m_view, m_chart, painter, target);
}

QColor XYChartView::colorOf(const QColor& chosen, int index) const
{
    return chosen.isValid() ? chosen : chart::seriesColour(index, chart::lookOf(*this));
}

void XYChartView::rebuild()
{
    m_chart->removeAllSeries();
    m_curves.clear();
    rebuildAxes();
    // Histograms first, so the curves are drawn over them; colours continue across both.
    int colorIndex = 0;
    for (const Histogram& histogram : m_histograms)
        addHistogramArea(histogram, colorIndex++);
    QList<ErrorBarsItem::Bars> bars;
    for (const XYSeries& series : m_series) {
        addCurve(series, colorIndex);
        if (!series.errors.isEmpty()) {
            ErrorBarsItem::Bars entry{m_curves.back(), {}, {}, colorOf(series.color, colorIndex)};
            const auto count = std::min(series.points.size(), series.errors.size());
            for (qsizetype k = 0; k < count; ++k)
                if (drawable(series.points[k], m_axes.logX)) {
                    entry.points.append(series.points[k]);
                    entry.errors.append(series.errors[k]);
                }
            bars.append(entry);
        }
        ++colorIndex;
    }
    m_errorBars->setBars(bars);
    fitRanges();
}

void XYChartView::rebuildAxes()
{
    // Axes are replaced only when the x scale changes: the chart deletes a removed axis's
    // items later, from the event loop, so an export before then would still show them.
    const bool isLog = qobject_cast<QLogValueAxis*>(m_xAxis) != nullptr;
    if (m_xAxis == nullptr || isLog != m_axes.logX) {
        if (m_xAxis != nullptr) {
            m_chart->removeAxis(m_xAxis);
            delete m_xAxis;
        }
        if (m_axes.logX) {
            auto* log = new QLogValueAxis;
            log->setBase(10.0);
            log->setMinorTickCount(8);
            m_xAxis = log;
        } else {
            m_xAxis = new QCategoryAxis;
        }
        m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    }
    if (m_yAxis == nullptr) {
        m_yAxis = new QCategoryAxis;
        m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    }
    const chart::Look look = chart::lookOf(*this, m_scale);
    chart::styleAxis(m_xAxis, m_axes.xTitle, look);
    chart::styleAxis(m_yAxis, m_axes.yTitle, look);
}

void XYChartView::addCurve(const XYSeries& series, int index)
{
    const QColor color = colorOf(series.color, index);
    QXYSeries* curve = nullptr;
    if (series.style == Qt::NoPen) {
        auto* scatter = new QScatterSeries;
        scatter->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        scatter->setMarkerSize(kMarkerSize * m_scale * chart::lineWidthFactor());
        scatter->setColor(color);
        scatter->setBorderColor(chart::lookOf(*this).background);
        curve = scatter;
    } else {
        auto* line = new QLineSeries;
        const double width = chart::kSeriesLineWidth * m_scale * chart::lineWidthFactor();
        line->setPen(QPen(color, width, series.style, Qt::RoundCap, Qt::RoundJoin));
        line->setPointsVisible(series.markers);
        line->setMarkerSize(kMarkerSize * m_scale * chart::lineWidthFactor());
        curve = line;
    }
    curve->setName(series.name);
    QList<QPointF> points;
    for (const QPointF& point : series.points)
        if (drawable(point, m_axes.logX))
            points.append(point);
    curve->replace(points);
    m_chart->addSeries(curve);
    curve->attachAxis(m_xAxis);
    curve->attachAxis(m_yAxis);
    for (QLegendMarker* marker : m_chart->legend()->markers(curve))
        marker->setVisible(series.inLegend);
    m_curves.append(curve);
}

void XYChartView::addHistogramArea(const Histogram& histogram, int index)
{
    const QColor color = colorOf(histogram.color, index);
    auto* area = new QAreaSeries;
    auto* outline = new QLineSeries(area);
    const std::size_t bins = std::min(histogram.counts.size(), histogram.edges.size() - 1);
    if (histogram.edges.size() >= 2 && bins > 0) {
        // The step outline: up at each left edge, across the bin, down at the last edge.
        QList<QPointF> steps{{histogram.edges[0], 0.0}};
        for (std::size_t k = 0; k < bins; ++k) {
            steps.append({histogram.edges[k], histogram.counts[k]});
            steps.append({histogram.edges[k + 1], histogram.counts[k]});
        }
        steps.append({histogram.edges[bins], 0.0});
        outline->replace(steps);
    }
    area->setUpperSeries(outline);
    area->setName(histogram.name);
    QColor fill = color;
    fill.setAlphaF(kHistogramFillAlpha);
    area->setBrush(fill);
    area->setPen(QPen(color, 1.5 * m_scale * chart::lineWidthFactor()));
    m_chart->addSeries(area);
    area->attachAxis(m_xAxis);
    area->attachAxis(m_yAxis);
    // "From series" gives an area an empty box and clips its label: use a filled square.
    for (QLegendMarker* marker : m_chart->legend()->markers(area))
        marker->setShape(QLegend::MarkerShapeRectangle);
}

void XYChartView::fitRanges()
{
    Extent x;
    Extent y;
    for (const XYSeries& series : m_series)
        for (qsizetype k = 0; k < series.points.size(); ++k) {
            const QPointF point = series.points[k];
            if (!drawable(point, m_axes.logX))
                continue;
            const double error = k < series.errors.size() ? std::abs(series.errors[k]) : 0.0;
            x.add(point.x());
            y.add(point.y() - (std::isfinite(error) ? error : 0.0));
            y.add(point.y() + (std::isfinite(error) ? error : 0.0));
        }
    for (const Histogram& histogram : m_histograms) {
        for (double edge : histogram.edges)
            if (!m_axes.logX || edge > 0.0)
                x.add(edge);
        y.add(0.0);
        for (double count : histogram.counts)
            y.add(count);
    }

    if (m_axes.xMin < m_axes.xMax) {
        setValueRange(m_xAxis, m_axes.xMin, m_axes.xMax);
    } else if (m_axes.logX) {
        // Whole decades around the data, so the log axis labels powers of ten.
        const double low = x.empty() ? 1.0 : std::pow(10.0, std::floor(std::log10(x.low)));
        double high = x.empty() ? 10.0 : std::pow(10.0, std::ceil(std::log10(x.high)));
        if (high <= low)
            high = low * 10.0;
        m_xAxis->setRange(low, high);
    } else {
        // Histograms alone end at their outer bin edges.
        setPaddedRange(m_xAxis, x, false, m_series.empty() ? 0.0 : kDataMargin);
    }
    if (m_axes.yMin < m_axes.yMax)
        setValueRange(m_yAxis, m_axes.yMin, m_axes.yMax, m_valueTicks);
    else
        setPaddedRange(m_yAxis, y, true, kDataMargin, m_valueTicks);
    m_errorBars->refresh();
}

} // namespace hopfield::ui
