#include "ChartStyle.h"

#include "NiceTicks.h"
#include "Palette.h"

#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLogValueAxis>
#include <QPainter>
#include <QPalette>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace hopfield::ui::chart {

QFont scaledFont(const QFont& base, double factor, bool bold)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

Look lookOf(const QWidget& widget, double scale)
{
    const QPalette& palette = widget.palette();
    Look look{scaledFont(widget.font(), scale), palette.color(QPalette::Base),
              palette.color(QPalette::Text), QColor(0xe3, 0xe0, 0xd8), QColor(0x6b, 0x6b, 0x6b)};
    if (look.background.lightness() < 128) {
        // A dark theme: grid and axis lines as blends of text into background.
        const auto blend = [&look](double weight) {
            return QColor::fromRgbF(
                look.background.redF() + weight * (look.text.redF() - look.background.redF()),
                look.background.greenF() + weight * (look.text.greenF() - look.background.greenF()),
                look.background.blueF() + weight * (look.text.blueF() - look.background.blueF()));
        };
        look.grid = blend(0.2);
        look.axisLine = blend(0.6);
    }
    return look;
}

QColor seriesColour(int index, const Look& look)
{
    const QColor colour = palette::series(index);
    return colour == QColor(Qt::black) && look.background.lightness() < 128 ? look.text : colour;
}

void styleChart(QChart* chart, const QString& title, const Look& look)
{
    chart->setTitle(title);
    chart->setTitleFont(scaledFont(look.font, 1.15, true));
    chart->setTitleBrush(look.text);
    chart->setBackgroundBrush(look.background);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(scaledFont(look.font, 1.0));
    chart->legend()->setLabelColor(look.text);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
}

void styleAxis(QAbstractAxis* axis, const QString& title, const Look& look)
{
    axis->setTitleText(title);
    axis->setTitleFont(scaledFont(look.font, 1.0, true));
    axis->setTitleBrush(look.text);
    axis->setLabelsFont(scaledFont(look.font, 0.9));
    axis->setLabelsColor(look.text);
    axis->setGridLineColor(look.grid);
    axis->setMinorGridLineColor(look.grid.lighter(105));
    axis->setLinePenColor(look.axisLine);
    if (auto* value = qobject_cast<QValueAxis*>(axis))
        value->setLabelFormat(QStringLiteral("%g"));
    else if (auto* log = qobject_cast<QLogValueAxis*>(axis))
        log->setLabelFormat(QStringLiteral("%g"));
}

void setNiceRange(QCategoryAxis* axis, double low, double high, int maxTicks)
{
    const QStringList old = axis->categoriesLabels();
    for (const QString& label : old)
        axis->remove(label);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(low);
    const double step = ticks::niceStep(low, high, maxTicks);
    for (double tick : ticks::niceTicks(low, high, maxTicks))
        axis->append(ticks::tickLabel(tick, step), tick);
    axis->setRange(low, high);
}

int valueTicksFitting(double plotHeight, const QFont& labelsFont, int maxTicks)
{
    const double lines = plotHeight / QFontMetrics(labelsFont).height();
    return std::clamp(static_cast<int>(lines / 2.0) + 1, 3, maxTicks);
}

double lineWidthFactor()
{
    const QVariant factor = qApp ? qApp->property("hopfieldLineWidthFactor") : QVariant();
    return factor.isValid() ? std::max(factor.toDouble(), 0.1) : 1.0;
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
    painter.fillRect(target, chart->backgroundBrush());
    painter.setRenderHint(QPainter::Antialiasing);
    view->scene()->render(&painter, target, laidOut, Qt::IgnoreAspectRatio);
    painter.restore();
    chart->setGeometry(original);
    chart->layout()->activate();
    chart->legend()->layout()->activate();
}

} // namespace hopfield::ui::chart
