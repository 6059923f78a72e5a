#pragma once

#include "Figure.h"
#include "PointBuffer.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>
#include <QWidget>
#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QCategoryAxis;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace hopfield::ui {

/// What a live chart's axes show.  The time axis starts at 0 and grows to fit the data;
/// the value axis is fixed when yMin < yMax, and follows the data otherwise.
struct ChartAxes {
    QString xTitle;
    QString yTitle;
    double yMin = 0.0;
    double yMax = 0.0;
    double yTickInterval = 0.0; ///< for a fixed value axis; 0 lets the chart choose
    double minXSpan = 1.0;      ///< the time axis never spans less than this
};

/// A live line chart of one value per series against time, e.g. overlaps m_mu(t) or the
/// energy E(t)/N.  Our small chart interface: every Qt Charts class stays behind it (Qt
/// Charts is deprecated upstream), and callers hand it plain numbers, one frame at a time.
class TimeSeriesChartView : public QWidget, public Figure {
    Q_OBJECT
public:
    TimeSeriesChartView(const QString& title, const ChartAxes& axes, QWidget* parent = nullptr);
    ~TimeSeriesChartView() override;

    /// One series per name, coloured from the palette in order; drops all points.
    void setSeriesNames(const QStringList& names);
    /// Draws one series thicker (e.g. the target pattern), or none for -1.
    void setEmphasized(int series);
    /// One point per series at time x; each series is redrawn once per call.
    void appendPoint(double x, const QVector<double>& values);
    void clearPoints();

    int seriesCount() const { return static_cast<int>(m_buffers.size()); }
    /// The points drawn for a series (thinned past a few thousand).
    QList<QPointF> points(int series) const;
    /// The visible ranges, [min, max].
    QPointF xRange() const;
    QPointF yRange() const;
    /// The tick labels of the value axis, bottom to top.
    QStringList valueTickLabels() const;
    /// The plot's rectangle inside the widget, as last laid out; left of it lie the value
    /// axis's title and tick labels.
    QRectF plotArea() const;
    /// Whether the value axis shows its title (a narrow chart gives it up for its labels).
    bool valueTitleVisible() const;

    void paintFigure(QPainter& painter, const QRectF& target) const override;
    /// Wide enough for the whole title and readable tick labels.
    QSize minimumSizeHint() const override;

protected:
    /// A new theme or presentation mode: fonts, colours and line widths follow.
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void restyle();
    double lineWidth(int series) const;
    void growTimeAxis(double x);
    void setTimeSpan(double atLeast);
    void fitValueAxis(double low, double high);
    void spanValueAxis();
    void fitValueTicks(const QRectF& plot);
    void fitValueTitle();
    bool valueAxisFixed() const { return m_axes.yMin < m_axes.yMax; }

    ChartAxes m_axes;
    QChart* m_chart;
    QChartView* m_view = nullptr;
    QValueAxis* m_xAxis;
    QCategoryAxis* m_yAxis; ///< exact tick labels (chart::setNiceRange)
    QList<QLineSeries*> m_series;
    std::vector<PointBuffer> m_buffers;
    int m_emphasized = -1;
    int m_valueTicks; ///< the most the plot's height holds readably
    bool m_hasData = false;
    double m_dataMin = 0.0;
    double m_dataMax = 0.0;
};

} // namespace hopfield::ui
