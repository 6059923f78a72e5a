#include "StatusBadge.h"

#include "Palette.h"

namespace hopfield::ui {

StatusBadge::StatusBadge(QWidget* parent) : QLabel(parent)
{
    setAlignment(Qt::AlignCenter);
    QFont bigger = font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.3);
    bigger.setBold(true);
    setFont(bigger);
    setBadge(QString(), palette::neutral());
}

void StatusBadge::setBadge(const QString& text, const QColor& colour)
{
    setText(text);
    // A pale fill with a full-strength border keeps dark text readable on every colour.
    const QColor fill = QColor::fromHsvF(colour.hsvHueF(), colour.hsvSaturationF() * 0.25, 1.0);
    setStyleSheet(
        QStringLiteral("QLabel { background: %1; border: 2px solid %2; border-radius: 8px;"
                       " padding: 6px 16px; color: #1a1a1a; }")
            .arg(fill.name(), colour.name()));
}

} // namespace hopfield::ui
