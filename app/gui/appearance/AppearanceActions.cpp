#include "gui/appearance/AppearanceActions.h"

#include "gui/appearance/Preferences.h"
#include "gui/appearance/PresentationMode.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QScreen>
#include <QSignalBlocker>
#include <QWidget>

namespace hopfield::app {

AppearanceActions::AppearanceActions(Preferences& preferences, QObject* parent)
    : QObject(parent), m_preferences(preferences), m_presentationMode(new PresentationMode(this))
{
    auto* themes = new QActionGroup(this);
    m_light = new QAction(tr("&Light theme"), themes);
    m_dark = new QAction(tr("&Dark theme"), themes);
    for (QAction* action : {m_light, m_dark})
        action->setCheckable(true);
    m_light->setObjectName(QStringLiteral("lightThemeAction"));
    m_dark->setObjectName(QStringLiteral("darkThemeAction"));
    m_light->setChecked(true);
    connect(m_light, &QAction::triggered, this, [this] { setTheme(ThemeKind::Light); });
    connect(m_dark, &QAction::triggered, this, [this] { setTheme(ThemeKind::Dark); });

    m_presentation = new QAction(tr("&Presentation mode"), this);
    m_presentation->setObjectName(QStringLiteral("presentationAction"));
    m_presentation->setCheckable(true);
    m_presentation->setShortcut(QKeySequence(Qt::Key_F5));
    m_presentation->setToolTip(tr("Large type and thick lines for a projector"));
    connect(m_presentation, &QAction::toggled, this, &AppearanceActions::setPresentation);
}

void AppearanceActions::addTo(QMenu* menu) const
{
    menu->addAction(m_light);
    menu->addAction(m_dark);
    menu->addSeparator();
    menu->addAction(m_presentation);
}

void AppearanceActions::restore()
{
    setTheme(m_preferences.theme());
    setPresentation(m_preferences.presentationMode());
}

void AppearanceActions::applyForThisRun(std::optional<ThemeKind> theme,
                                        std::optional<bool> presentation)
{
    if (theme)
        apply(*theme, false);
    if (presentation)
        applyPresentation(*presentation, false);
}

void AppearanceActions::setTheme(ThemeKind theme)
{
    apply(theme, true);
}

void AppearanceActions::setPresentation(bool on)
{
    applyPresentation(on, true);
}

void AppearanceActions::apply(ThemeKind theme, bool keep)
{
    (theme == ThemeKind::Dark ? m_dark : m_light)->setChecked(true);
    applyTheme(*qApp, theme);
    if (keep)
        m_preferences.setTheme(theme);
}

void AppearanceActions::applyPresentation(bool on, bool keep)
{
    {
        // The action's toggled signal would come back here and keep the choice.
        const QSignalBlocker block(m_presentation);
        m_presentation->setChecked(on);
    }
    // Type scales to the screen the window is on now (PresentationMode::scaleFor).
    auto* window = qobject_cast<QWidget*>(parent());
    const QScreen* screen = window != nullptr ? window->screen() : nullptr;
    if (screen != nullptr)
        m_presentationMode->setAvailableSize(screen->availableSize());
    m_presentationMode->setOn(on);
    if (keep)
        m_preferences.setPresentationMode(on);
}

} // namespace hopfield::app
