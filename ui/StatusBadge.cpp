#include "StatusBadge.h"

#include "Palette.h"

#include <QHelpEvent>
#include <QPainter>
#include <QStringList>
#include <QToolTip>
#include <algorithm>

namespace hopfield::ui {
namespace {

constexpr int kPaddingX = 16;
constexpr int kPaddingY = 6;
constexpr int kBorder = 2;
constexpr double kRadius = 8.0;
/// Dark text on the pale fill, readable on every kind's colour and in both themes.
constexpr QRgb kInk = 0xff1a1a1a;

} // namespace

StatusBadge::StatusBadge(QWidget* parent) : QWidget(parent), m_colour(palette::neutral())
{
    QFont bigger = font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.3);
    bigger.setBold(true);
    setFont(bigger);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void StatusBadge::setBadge(const QString& text, const QColor& colour)
{
    if (text == m_text && colour == m_colour)
        return;
    const bool resized =
        fontMetrics().horizontalAdvance(text) != fontMetrics().horizontalAdvance(m_text);
    m_text = text;
    m_colour = colour;
    if (resized)
        updateGeometry();
    update();
}

QString StatusBadge::shownText() const
{
    const QFontMetrics metrics = fontMetrics();
    const int room = textRoom();
    const auto fits = [&](const QString& text) {
        return metrics.horizontalAdvance(text) <= room;
    };
    if (fits(m_text))
        return m_text;
    // The detail goes first, so "retrieved A · fixed point" keeps the A rather than
    // becoming "retrieved …ixed point".
    const qsizetype detail = m_text.lastIndexOf(kDetailSeparator);
    const QString verdict = detail < 0 ? m_text : m_text.left(detail);
    if (fits(verdict))
        return verdict;
    // A list ("mixture of A, B, C, D") loses members from its middle; its first and last stay.
    const QString comma = QStringLiteral(", ");
    const QStringList members = verdict.split(comma);
    for (qsizetype kept = members.size() - 1; kept >= 2; --kept) {
        const qsizetype head = (kept + 1) / 2;
        const QString shortened = members.mid(0, head).join(comma) + comma + QChar(0x2026) + comma +
                                  members.mid(members.size() - (kept - head)).join(comma);
        if (fits(shortened))
            return shortened;
    }
    // The kind leads ("mixture of", "retrieved"), so what is cut is the end.
    return metrics.elidedText(verdict, Qt::ElideRight, room);
}

int StatusBadge::textRoom() const
{
    return std::max(width() - 2 * (kPaddingX + kBorder), 0);
}

QSize StatusBadge::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(m_text) + 2 * (kPaddingX + kBorder),
            minimumSizeHint().height()};
}

QSize StatusBadge::minimumSizeHint() const
{
    return {fontMetrics().horizontalAdvance(QStringLiteral("m\u2026m")) + 2 * (kPaddingX + kBorder),
            fontMetrics().height() + 2 * (kPaddingY + kBorder)};
}

bool StatusBadge::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        if (isElided())
            QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(), m_text, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void StatusBadge::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // A pale fill with a full-strength border keeps dark text readable on every colour.
    const QColor fill = QColor::fromHsvF(m_colour.hsvHueF(), m_colour.hsvSaturationF() * 0.25, 1.0);
    const QRectF pill =
        QRectF(rect()).adjusted(kBorder / 2.0, kBorder / 2.0, -kBorder / 2.0, -kBorder / 2.0);
    painter.setPen(QPen(m_colour, kBorder));
    painter.setBrush(fill);
    painter.drawRoundedRect(pill, kRadius, kRadius);
    painter.setPen(QColor::fromRgb(kInk));
    painter.drawText(rect().adjusted(kPaddingX + kBorder, 0, -kPaddingX - kBorder, 0),
                     Qt::AlignCenter, shownText());
}

} // namespace hopfield::ui
