#pragma once

#include "gui/appearance/Theme.h"

#include <QObject>
#include <optional>

class QAction;
class QMenu;

namespace hopfield::app {

class Preferences;
class PresentationMode;

/// The View menu's appearance: light and dark themes, presentation mode (large type and
/// thick lines for a projector).  Each choice applies at once and is kept in the
/// Preferences; restore() applies the kept ones at startup.
class AppearanceActions : public QObject {
    Q_OBJECT
public:
    AppearanceActions(Preferences& preferences, QObject* parent = nullptr);

    /// Adds the theme choice and presentation mode to `menu`.
    void addTo(QMenu* menu) const;
    /// Applies the theme and presentation mode the preferences keep.
    void restore();
    /// Applies a theme or presentation mode for this run only (--theme, --presentation):
    /// the preferences keep what the user chose from the menu.
    void applyForThisRun(std::optional<ThemeKind> theme, std::optional<bool> presentation);

    QAction* lightAction() const noexcept { return m_light; }
    QAction* darkAction() const noexcept { return m_dark; }
    QAction* presentationAction() const noexcept { return m_presentation; }
    PresentationMode& presentation() noexcept { return *m_presentationMode; }

public slots:
    void setTheme(hopfield::app::ThemeKind theme);
    void setPresentation(bool on);

private:
    void apply(ThemeKind theme, bool keep);
    void applyPresentation(bool on, bool keep);

    Preferences& m_preferences;
    PresentationMode* m_presentationMode;
    QAction* m_light;
    QAction* m_dark;
    QAction* m_presentation;
};

} // namespace hopfield::app
