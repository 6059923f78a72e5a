#include "ErrorBarsItem.h"

#include <QChart>
#include <QPainter>
#include <cmath>

namespace hopfield::ui {
namespace {

constexpr double kCapHalfWidth = 4.0;
constexpr double kErrorBarWidth = 1.4;

} // namespace

ErrorBarsItem::ErrorBarsItem(QChart* chart) : QGraphicsItem(chart), m_chart(chart)
{
    // Above the series (which sit at the chart's default z), below the legend.
    setZValue(5.0);
}

void ErrorBarsItem::setBars(QList<Bars> bars)
{
    prepareGeometryChange();
    m_bars = std::move(bars);
    update();
}

void ErrorBarsItem::setScale(double scale)
{
    prepareGeometryChange();
    m_scale = scale;
    update();
}

void ErrorBarsItem::clear()
{
    setBars({});
}

void ErrorBarsItem::refresh()
{
    prepareGeometryChange();
    update();
}

QRectF ErrorBarsItem::boundingRect() const
{
    const double cap = kCapHalfWidth * m_scale;
    return m_chart->plotArea().adjusted(-cap, -cap, cap, cap);
}

void ErrorBarsItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(m_chart->plotArea());
    for (const Bars& bars : m_bars) {
        painter->setPen(QPen(bars.color, kErrorBarWidth * m_scale, Qt::SolidLine, Qt::FlatCap));
        const QPointF cap(kCapHalfWidth * m_scale, 0.0);
        const auto count = std::min(bars.points.size(), bars.errors.size());
        for (qsizetype k = 0; k < count; ++k) {
            const QPointF p = bars.points[k];
            const double error = std::abs(bars.errors[k]);
            if (!std::isfinite(error) || error == 0.0)
                continue;
            const QPointF top = m_chart->mapToPosition({p.x(), p.y() + error}, bars.series);
            const QPointF bottom = m_chart->mapToPosition({p.x(), p.y() - error}, bars.series);
            painter->drawLine(top, bottom);
            painter->drawLine(top - cap, top + cap);
            painter->drawLine(bottom - cap, bottom + cap);
        }
    }
    painter->restore();
}

} // namespace hopfield::ui
