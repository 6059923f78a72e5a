#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QList>
#include <QPointF>
#include <QVector>

QT_BEGIN_NAMESPACE
class QChart;
class QAbstractSeries;
QT_END_NAMESPACE

namespace hopfield::ui {

/// Vertical error bars (y ± error, with caps) drawn in a chart's scene above its series, so
/// they appear on screen and in every export.  Qt Charts has no error-bar series.
class ErrorBarsItem : public QGraphicsItem {
public:
    struct Bars {
        QAbstractSeries* series; ///< maps values to positions (its axes)
        QVector<QPointF> points;
        QVector<double> errors;
        QColor color;
    };

    explicit ErrorBarsItem(QChart* chart);

    void setBars(QList<Bars> bars);
    /// Line width and cap size times `scale` (projector mode).
    void setScale(double scale);
    void clear();
    /// Call when the plot area or the axes change.
    void refresh();

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QChart* m_chart;
    QList<Bars> m_bars;
    double m_scale = 1.0;
};

} // namespace hopfield::ui
