#include "ChartStyle.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLogValueAxis>
#include <QPainter>
#include <QVBoxLayout>
#include <QValueAxis>

namespace hopfield::ui::chart {

QFont scaledFont(const QFont& base, double factor, bool bold)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

void styleChart(QChart* chart, const QString& title, const QFont& base)
{
    chart->setTitle(title);
    chart->setTitleFont(scaledFont(base, 1.15, true));
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(scaledFont(base, 1.0));
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
}

void styleAxis(QAbstractAxis* axis, const QString& title, const QFont& base)
{
    axis->setTitleText(title);
    axis->setTitleFont(scaledFont(base, 1.0, true));
    axis->setLabelsFont(scaledFont(base, 0.9));
    axis->setGridLineColor(QColor(0xe3, 0xe0, 0xd8));
    axis->setLinePenColor(QColor(0x6b, 0x6b, 0x6b));
    if (auto* value = qobject_cast<QValueAxis*>(axis))
        value->setLabelFormat(QStringLiteral("%g"));
    else if (auto* log = qobject_cast<QLogValueAxis*>(axis))
        log->setLabelFormat(QStringLiteral("%g"));
}

QChartView* embedChart(QChart* chart, QWidget* parent)
{
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(parent);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    return view;
}

void paintChart(QChartView* view, QChart* chart, QPainter& painter, const QRectF& target)
{
    const QRectF original = chart->geometry();
    const QRectF laidOut(QPointF(0.0, 0.0), target.size());
    chart->setGeometry(laidOut);
    // The legend lays itself out in its own layout: activate both now, not at the next
    // event-loop turn, or its labels keep the widths of the old size.
    chart->layout()->activate();
    chart->legend()->layout()->activate();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    view->scene()->render(&painter, target, laidOut, Qt::IgnoreAspectRatio);
    painter.restore();
    chart->setGeometry(original);
    chart->layout()->activate();
    chart->legend()->layout()->activate();
}

} // namespace hopfield::ui::chart
