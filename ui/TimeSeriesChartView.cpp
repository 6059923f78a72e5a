#include "TimeSeriesChartView.h"

#include "ChartStyle.h"
#include "NiceTicks.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFontMetrics>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace hopfield::ui {
namespace {

constexpr double kEmphasizedLineWidth = 3.5;
constexpr int kMaxValueTicks = 7;
constexpr int kTitleMargin = 8;     ///< pixels on each side of the title, in all
constexpr int kLeastPlotWidth = 16; ///< characters: tick labels, axis title and some data
/// Characters of the chart's width per time tick: a label ("1500"), its gap, the y axis.
constexpr int kCharsPerTimeTick = 8;
/// Qt Charts' margins, tick spacing and least plot width, in heights of the axis title's
/// font, beside the value axis's labels and title: measured, a 14 px title and 27 px labels
/// began to elide below 170 px, so 130 px = 9.3 title heights; 10 keeps a margin.
constexpr int kValueAxisChromeInTitleHeights = 10;

} // namespace

TimeSeriesChartView::TimeSeriesChartView(const QString& title, const ChartAxes& axes,
                                         QWidget* parent)
    : QWidget(parent), m_axes(axes), m_chart(new QChart), m_xAxis(new QValueAxis),
      m_yAxis(new QCategoryAxis), m_valueTicks(kMaxValueTicks)
{
    m_chart->setTitle(title);
    restyle();
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    // The time axis counts up from 0, where Qt's running sum of the interval is exact
    // enough for "%g"; the value axis crosses 0 and labels its ticks exactly.
    m_xAxis->setTickType(QValueAxis::TicksDynamic);
    m_xAxis->setTickAnchor(0.0);
    setTimeSpan(axes.minXSpan);
    if (valueAxisFixed()) {
        const int ticks =
            axes.yTickInterval > 0.0
                ? static_cast<int>(std::lround((axes.yMax - axes.yMin) / axes.yTickInterval)) + 1
                : kMaxValueTicks;
        chart::setNiceRange(m_yAxis, axes.yMin, axes.yMax, ticks);
    } else {
        chart::setNiceRange(m_yAxis, -1.0, 0.0, kMaxValueTicks);
    }
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);

    m_view = chart::embedChart(m_chart, this);
    // Queued: the handler relabels the axis, which lays the chart out again.
    connect(m_chart, &QChart::plotAreaChanged, this, &TimeSeriesChartView::fitValueTicks,
            Qt::QueuedConnection);
}

// The chart view owns the chart, which owns the axes and the series.
TimeSeriesChartView::~TimeSeriesChartView() = default;

void TimeSeriesChartView::paintFigure(QPainter& painter, const QRectF& target) const
{
    chart::paintChart(m_view, m_chart, painter, target);
}

QSize TimeSeriesChartView::minimumSizeHint() const
{
    // Qt elides a title that does not fit ("Overlaps with me..."); the chart asks for it.
    const QFontMetrics title(m_chart->titleFont());
    const int least = std::max(title.horizontalAdvance(m_chart->title()) + 4 * kTitleMargin,
                               kLeastPlotWidth * fontMetrics().averageCharWidth());
    return QWidget::minimumSizeHint().expandedTo(QSize(least, 0));
}

void TimeSeriesChartView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    setTimeSpan(m_xAxis->max()); // the tick interval follows the width
    fitValueTitle();
}

void TimeSeriesChartView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        restyle();
}

void TimeSeriesChartView::restyle()
{
    const chart::Look look = chart::lookOf(*this);
    chart::styleChart(m_chart, m_chart->title(), look);
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    chart::styleAxis(m_xAxis, m_axes.xTitle, look);
    chart::styleAxis(m_yAxis, m_axes.yTitle, look);
    for (int i = 0; i < m_series.size(); ++i) {
        QPen pen = m_series[i]->pen();
        pen.setColor(chart::seriesColour(i, look));
        pen.setWidthF(lineWidth(i));
        m_series[i]->setPen(pen);
    }
    updateGeometry(); // the title's width, so the least width, follows the font
    fitValueTitle();
}

double TimeSeriesChartView::lineWidth(int series) const
{
    return (series == m_emphasized ? kEmphasizedLineWidth : chart::kSeriesLineWidth) *
           chart::lineWidthFactor();
}

void TimeSeriesChartView::setSeriesNames(const QStringList& names)
{
    m_chart->removeAllSeries();
    m_series.clear();
    m_buffers.assign(static_cast<std::size_t>(names.size()), PointBuffer());
    for (int i = 0; i < names.size(); ++i) {
        auto* series = new QLineSeries;
        series->setName(names[i]);
        series->setPen(QPen(chart::seriesColour(i, chart::lookOf(*this)), lineWidth(i)));
        m_chart->addSeries(series);
        series->attachAxis(m_xAxis);
        series->attachAxis(m_yAxis);
        m_series.append(series);
    }
    clearPoints();
}

void TimeSeriesChartView::setEmphasized(int series)
{
    m_emphasized = series;
    for (int i = 0; i < m_series.size(); ++i) {
        QPen pen = m_series[i]->pen();
        pen.setWidthF(lineWidth(i));
        m_series[i]->setPen(pen);
    }
}

void TimeSeriesChartView::appendPoint(double x, const QVector<double>& values)
{
    const int count = std::min(static_cast<int>(values.size()), seriesCount());
    if (count == 0)
        return;
    const auto [low, high] = std::minmax_element(values.begin(), values.begin() + count);
    for (int i = 0; i < count; ++i) {
        auto& buffer = m_buffers[static_cast<std::size_t>(i)];
        buffer.append(QPointF(x, values[i]));
        m_series[i]->replace(buffer.points());
    }
    growTimeAxis(x);
    if (!valueAxisFixed())
        fitValueAxis(*low, *high);
}

void TimeSeriesChartView::clearPoints()
{
    for (int i = 0; i < m_series.size(); ++i) {
        m_buffers[static_cast<std::size_t>(i)].clear();
        m_series[i]->clear();
    }
    m_hasData = false;
    setTimeSpan(m_axes.minXSpan);
}

QList<QPointF> TimeSeriesChartView::points(int series) const
{
    return m_buffers.at(static_cast<std::size_t>(series)).points();
}

QPointF TimeSeriesChartView::xRange() const
{
    return {m_xAxis->min(), m_xAxis->max()};
}

QStringList TimeSeriesChartView::valueTickLabels() const
{
    return m_yAxis->categoriesLabels();
}

QRectF TimeSeriesChartView::plotArea() const
{
    return m_chart->plotArea();
}

bool TimeSeriesChartView::valueTitleVisible() const
{
    return m_yAxis->isTitleVisible();
}

QPointF TimeSeriesChartView::yRange() const
{
    return {m_yAxis->min(), m_yAxis->max()};
}

void TimeSeriesChartView::growTimeAxis(double x)
{
    if (x <= m_xAxis->max())
        return;
    // Grow in nice steps with headroom, so the axis relabels rarely.
    setTimeSpan(x * 1.25);
}

void TimeSeriesChartView::setTimeSpan(double atLeast)
{
    const double span = ticks::niceCeiling(atLeast);
    // At most six intervals, fewer on a narrow chart, so the labels never elide ("0 ... 1").
    const int fitting =
        width() / (kCharsPerTimeTick * std::max(1, fontMetrics().averageCharWidth()));
    const double interval = ticks::niceCeiling(span / std::clamp(fitting, 2, 6));
    // Qt Charts lays out every dynamic tick of the range at once: widening the range
    // before the interval (a run opened at sweep 2^31) would ask for billions of ticks.
    // So the interval grows first and shrinks last.
    if (interval > m_xAxis->tickInterval()) {
        m_xAxis->setTickInterval(interval);
        m_xAxis->setRange(0.0, span);
    } else {
        m_xAxis->setRange(0.0, span);
        m_xAxis->setTickInterval(interval);
    }
}

void TimeSeriesChartView::fitValueAxis(double low, double high)
{
    if (!m_hasData) {
        m_dataMin = low;
        m_dataMax = high;
        m_hasData = true;
    } else {
        m_dataMin = std::min(m_dataMin, low);
        m_dataMax = std::max(m_dataMax, high);
    }
    const bool inside = m_dataMin >= m_yAxis->min() && m_dataMax <= m_yAxis->max();
    if (inside && m_yAxis->max() - m_yAxis->min() <= 4.0 * (m_dataMax - m_dataMin) + 1e-9)
        return;
    spanValueAxis();
}

void TimeSeriesChartView::spanValueAxis()
{
    // The data with a margin, widened to whole ticks (as QValueAxis::applyNiceNumbers did).
    const double pad = std::max(0.08 * (m_dataMax - m_dataMin), 0.02);
    const double step = ticks::niceStep(m_dataMin - pad, m_dataMax + pad, m_valueTicks - 1);
    const double bottom = std::floor((m_dataMin - pad) / step) * step;
    const double top = std::ceil((m_dataMax + pad) / step) * step;
    // Every multiple of the step in [bottom, top] is a tick: asking for fewer would make
    // setNiceRange choose a coarser step, down to a lone "0".
    const int ticks = static_cast<int>(std::lround((top - bottom) / step)) + 1;
    chart::setNiceRange(m_yAxis, bottom, top, ticks);
    fitValueTitle();
}

void TimeSeriesChartView::fitValueTicks(const QRectF& plot)
{
    // The continuous lab's short speed chart at 1366x768 (the range's whole steps may add
    // one tick).
    const int fitting =
        chart::valueTicksFitting(plot.height(), m_yAxis->labelsFont(), kMaxValueTicks);
    if (fitting == m_valueTicks)
        return;
    m_valueTicks = fitting;
    if (!valueAxisFixed() && m_hasData)
        spanValueAxis();
}

void TimeSeriesChartView::fitValueTitle()
{
    // On a chart too narrow for the value axis's title, its tick labels and a plot, Qt
    // Charts keeps the title and elides every label ("-..."): the studio's energy chart at
    // 1366 px.  The numbers matter more, and the chart's title and legend still name the
    // quantity, so there the title goes.
    const QFontMetrics labels(m_yAxis->labelsFont());
    int widest = 0;
    for (const QString& label : m_yAxis->categoriesLabels())
        widest = std::max(widest, labels.horizontalAdvance(label));
    const int titleHeight = QFontMetrics(m_yAxis->titleFont()).height();
    m_yAxis->setTitleVisible(width() >= widest + titleHeight * kValueAxisChromeInTitleHeights);
}

} // namespace hopfield::ui
