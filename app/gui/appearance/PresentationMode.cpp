#include "gui/appearance/PresentationMode.h"

#include <QApplication>

namespace hopfield::app {

PresentationMode::PresentationMode(QObject* parent)
    : QObject(parent), m_normalFont(QApplication::font())
{
}

double PresentationMode::lineWidthFactor()
{
    const QVariant factor = qApp ? qApp->property(kLineWidthProperty) : QVariant();
    return factor.isValid() ? factor.toDouble() : 1.0;
}

void PresentationMode::setOn(bool on)
{
    if (on == m_on)
        return;
    m_on = on;
    QFont font = m_normalFont;
    if (on)
        font.setPointSizeF(m_normalFont.pointSizeF() * kFontScale);
    QApplication::setFont(font);
    qApp->setProperty(kLineWidthProperty, on ? kLineWidthFactor : 1.0);
    emit changed(on);
}

} // namespace hopfield::app
