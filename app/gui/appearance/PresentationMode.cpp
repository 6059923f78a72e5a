#include "gui/appearance/PresentationMode.h"

#include <QApplication>
#include <QScreen>
#include <QWidget>
#include <algorithm>

namespace hopfield::app {

PresentationMode::PresentationMode(QObject* parent)
    : QObject(parent), m_normalFont(QApplication::font())
{
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        m_available = screen->availableSize();
    m_scale = scaleFor(m_available);
}

double PresentationMode::scaleFor(const QSize& available)
{
    if (available.isEmpty())
        return kMinScale;
    const double fit = std::min(static_cast<double>(available.width()) / kReferenceSize.width(),
                                static_cast<double>(available.height()) / kReferenceSize.height());
    return std::clamp(fit, kMinScale, kMaxScale);
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
    apply();
    emit changed(on);
}

void PresentationMode::setAvailableSize(const QSize& available)
{
    const double scale = scaleFor(available);
    m_available = available;
    if (scale == m_scale)
        return;
    m_scale = scale;
    if (m_on)
        apply();
}

void PresentationMode::apply()
{
    // Widgets that set their own type size (titles, the badge) do not follow the
    // application font: their normal size is kept once, and scaled with everything else.
    const QList<QWidget*> sized = explicitlySized();
    for (QWidget* widget : sized)
        if (!widget->property(kNormalSizeProperty).isValid())
            widget->setProperty(kNormalSizeProperty, widget->font().pointSizeF());
    // The line-width factor first: the views re-read it when the font change reaches them.
    qApp->setProperty(kLineWidthProperty, m_on ? kLineOverType * m_scale : 1.0);
    QFont font = m_normalFont;
    if (m_on)
        font.setPointSizeF(m_normalFont.pointSizeF() * m_scale);
    QApplication::setFont(font);
    for (QWidget* widget : sized) {
        QFont own = widget->font();
        own.setPointSizeF(widget->property(kNormalSizeProperty).toDouble() * scale());
        widget->setFont(own);
    }
}

QList<QWidget*> PresentationMode::explicitlySized()
{
    QList<QWidget*> sized;
    for (QWidget* widget : QApplication::allWidgets())
        if (widget->testAttribute(Qt::WA_SetFont) && widget->font().pointSizeF() > 0.0)
            sized.append(widget);
    return sized;
}

} // namespace hopfield::app
