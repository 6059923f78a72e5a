#pragma once

#include "Figure.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>
#include <QVector>
#include <QWidget>
#include <vector>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QChart;
class QChartView;
class QXYSeries;
QT_END_NAMESPACE

namespace hopfield::ui {

class ErrorBarsItem;

/// One named curve of (x, y) points, e.g. the final overlap against the load α for one
/// learning rule, with optional error bars of one standard deviation.
struct XYSeries {
    QString name;
    QVector<QPointF> points;
    QVector<double> errors; ///< empty, or one per point: bars from y - error to y + error
    QColor color;           ///< invalid: the palette colour of the series' position
    Qt::PenStyle style = Qt::SolidLine; ///< Qt::NoPen: markers only (a scatter plot)
    bool markers = true;
    bool inLegend = true; ///< false: a guide line the view's text explains (exports keep it)
};

/// A histogram: counts over bins [edges[k], edges[k + 1]), drawn as a filled step outline
/// so that several overlap readably.
struct Histogram {
    QString name;
    std::vector<double> edges; ///< increasing, one more than counts
    std::vector<double> counts;
    QColor color; ///< invalid: the palette colour of the histogram's position
};

/// What the axes show.  A range is fixed when min < max and follows the data otherwise.
struct XYAxes {
    QString xTitle;
    QString yTitle;
    bool logX = false; ///< a base-10 logarithmic x axis; points with x <= 0 are left out
    double xMin = 0.0;
    double xMax = 0.0;
    double yMin = 0.0;
    double yMax = 0.0;
};

/// A chart of several named curves and histograms against numeric axes, with a legend:
/// capacity curves (overlap vs α, one per rule), basin curves (success vs noise), learning
/// curves, overlap histograms.  Like TimeSeriesChartView, it keeps every Qt Charts class
/// behind this small value interface.  Not for live data at frame rate: every change
/// rebuilds the chart, which is cheap for the hundreds of points a sweep gives.
class XYChartView : public QWidget, public Figure {
    Q_OBJECT
public:
    XYChartView(const QString& title, const XYAxes& axes, QWidget* parent = nullptr);
    ~XYChartView() override;

    /// Projector mode: fonts, line widths and markers times `scale` (1 = normal).
    void setPresentationScale(double scale);
    double presentationScale() const noexcept { return m_scale; }
    void setAxes(const XYAxes& axes);
    const XYAxes& axes() const noexcept { return m_axes; }
    /// Replaces every curve (histograms stay).
    void setSeries(std::vector<XYSeries> series);
    void addSeries(XYSeries series);
    void addHistogram(Histogram histogram);
    /// Removes every curve and histogram.
    void clear();

    int seriesCount() const { return static_cast<int>(m_series.size()); }
    const XYSeries& series(int index) const { return m_series.at(static_cast<std::size_t>(index)); }
    int histogramCount() const { return static_cast<int>(m_histograms.size()); }
    const Histogram& histogram(int index) const
    {
        return m_histograms.at(static_cast<std::size_t>(index));
    }
    /// The points the chart draws for curve `index` (those a log axis can show).
    QList<QPointF> drawnPoints(int index) const;
    /// The visible ranges, [min, max].
    QPointF xRange() const;
    QPointF yRange() const;
    /// The tick labels of the value axis, bottom to top.
    QStringList yTickLabels() const;
    /// The plot's rectangle inside the chart, in pixels.
    QRectF plotArea() const;
    /// The names the legend shows, in order.
    QStringList legendNames() const;

    void paintFigure(QPainter& painter, const QRectF& target) const override;
    QSize sizeHint() const override { return {560, 400}; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void restyle();
    void rebuild();
    void rebuildAxes();
    void addCurve(const XYSeries& series, int index);
    void addHistogramArea(const Histogram& histogram, int index);
    void fitRanges();
    /// Fewer value ticks on a short plot (the plasticity lab's response chart at 1280x800
    /// labelled every tick "...").
    void fitValueTicks(const QRectF& plot);
    QColor colorOf(const QColor& chosen, int index) const;

    XYAxes m_axes;
    double m_scale = 1.0;
    std::vector<XYSeries> m_series;
    std::vector<Histogram> m_histograms;
    QChart* m_chart;
    QChartView* m_view;
    QAbstractAxis* m_xAxis = nullptr;
    QAbstractAxis* m_yAxis = nullptr;
    ErrorBarsItem* m_errorBars;
    int m_valueTicks;           ///< the most the plot's height holds readably
    QList<QXYSeries*> m_curves; ///< one per entry of m_series
};

} // namespace hopfield::ui
