#include "OverlapBarsView.h"

#include "Palette.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

namespace hopfield::ui {
namespace {

constexpr int kMargin = 6;

QColor otherBarColour()
{
    return QColor::fromRgb(0xff9a9a9a);
}

} // namespace

OverlapBarsView::OverlapBarsView(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setToolTip(tr("Overlap m<sub>\u03bc</sub> = (1/N) \u03a3<sub>i</sub> "
                  "\u03be<sup>\u03bc</sup><sub>i</sub> s<sub>i</sub> with each stored pattern; "
                  "the leader, the largest |m|, is coloured"));
}

void OverlapBarsView::setNames(const QStringList& names)
{
    m_names = names;
    m_overlaps.clear();
    m_leader = -1;
    update();
}

void OverlapBarsView::setOverlaps(const QVector<double>& overlaps)
{
    if (overlaps.size() != m_names.size())
        return;
    m_overlaps = overlaps;
    const auto largest =
        std::max_element(m_overlaps.begin(), m_overlaps.end(),
                         [](double a, double b) { return std::abs(a) < std::abs(b); });
    m_leader = largest == m_overlaps.end() ? -1 : static_cast<int>(largest - m_overlaps.begin());
    update();
}

QRect OverlapBarsView::plotArea(const QRect& target) const
{
    const QFontMetrics metrics(font());
    const int left = metrics.horizontalAdvance(QStringLiteral("\u22121.0")) + kMargin + 4;
    const int bottom = metrics.height() * 3 / 2 + kMargin;
    return target.adjusted(left, kMargin + metrics.height() / 2, -kMargin, -bottom);
}

double OverlapBarsView::yFor(const QRect& plot, double value) const
{
    const double clamped = std::clamp(value, -1.0, 1.0);
    return plot.top() + (1.0 - clamped) / 2.0 * plot.height();
}

QRectF OverlapBarsView::barRect(const QRect& target, int index) const
{
    const QRect plot = plotArea(target);
    const int count = static_cast<int>(m_names.size());
    if (count == 0 || index < 0 || index >= count)
        return {};
    const double slot = static_cast<double>(plot.width()) / count;
    const double width = std::max(1.0, slot * 0.7);
    const double left = plot.left() + slot * index + (slot - width) / 2.0;
    const double value = index < m_overlaps.size() ? m_overlaps[index] : 0.0;
    const double zero = yFor(plot, 0.0);
    const double end = yFor(plot, value);
    return QRectF(QPointF(left, std::min(zero, end)), QPointF(left + width, std::max(zero, end)));
}

void OverlapBarsView::paint(QPainter& painter, const QRect& target) const
{
    painter.save();
    painter.setFont(font());
    const QFontMetrics metrics(font());
    const QRect plot = plotArea(target);
    // Axis: ticks at -1, -1/2, 0, 1/2, 1 with light guide lines.
    painter.setPen(palette::gridLine());
    for (double tick : {-1.0, -0.5, 0.0, 0.5, 1.0}) {
        const double y = yFor(plot, tick);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(palette().color(QPalette::WindowText));
        const QString label =
            QString::number(tick, 'g', 2).replace(QLatin1Char('-'), QChar(0x2212));
        painter.drawText(QRectF(target.left(), y - metrics.height() / 2.0,
                                plot.left() - target.left() - 4, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, label);
        painter.setPen(palette::gridLine());
    }
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawLine(QPointF(plot.left(), yFor(plot, 0.0)), QPointF(plot.right(), yFor(plot, 0.0)));

    const int count = static_cast<int>(m_names.size());
    if (count > 0) {
        painter.setRenderHint(QPainter::Antialiasing, false);
        for (int mu = 0; mu < count && mu < m_overlaps.size(); ++mu)
            painter.fillRect(barRect(target, mu),
                             mu == m_leader ? palette::series(0) : otherBarColour());
        paintNames(painter, plot, target);
    }
    painter.restore();
}

void OverlapBarsView::paintNames(QPainter& painter, const QRect& plot, const QRect& target) const
{
    const QFontMetrics metrics(font());
    const double slot = static_cast<double>(plot.width()) / m_names.size();
    const double top = plot.bottom() + metrics.height() / 2.0 + 2.0; // below the "-1" label
    // Centred under its bar, kept inside the plot's width.
    const auto nameRect = [&](int mu, const QFontMetrics& nameMetrics) {
        const double width = nameMetrics.horizontalAdvance(m_names[mu]) + 1.0;
        const double left = std::clamp(plot.left() + slot * (mu + 0.5) - width / 2.0,
                                       static_cast<double>(plot.left()),
                                       std::max<double>(plot.left(), target.right() - width));
        return QRectF(left, top, width, nameMetrics.height());
    };
    painter.setPen(palette().color(QPalette::WindowText));
    // The leader's name first, in bold; then every other name that has room beside it and
    // beside the one written before.
    QRectF leaderRect;
    if (m_leader >= 0) {
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        leaderRect = nameRect(m_leader, QFontMetrics(bold));
        painter.drawText(leaderRect, Qt::AlignLeft | Qt::AlignTop, m_names[m_leader]);
        painter.setFont(font());
    }
    QRectF previous;
    for (int mu = 0; mu < m_names.size(); ++mu) {
        if (mu == m_leader)
            continue;
        const QRectF rect = nameRect(mu, metrics).adjusted(-2, 0, 2, 0);
        if (rect.intersects(leaderRect) || rect.intersects(previous))
            continue;
        painter.drawText(rect, Qt::AlignHCenter | Qt::AlignTop, m_names[mu]);
        previous = rect;
    }
}

void OverlapBarsView::paintFigure(QPainter& painter, const QRectF& target) const
{
    painter.fillRect(target, palette().color(QPalette::Window));
    paint(painter, target.toRect());
}

QSize OverlapBarsView::sizeHint() const
{
    return {320, 180};
}

QSize OverlapBarsView::minimumSizeHint() const
{
    return {160, 100};
}

void OverlapBarsView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    paint(painter, rect());
}

} // namespace hopfield::ui
