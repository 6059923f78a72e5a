#pragma once

#include "gui/appearance/Theme.h"

#include <QByteArray>
#include <QString>
#include <memory>

class QSettings;

namespace hopfield::app {

/// The user's preferences, kept with QSettings between runs: theme, presentation mode,
/// the last session file, the autosave interval and the window's geometry and state.
/// Values read back are checked: an unknown theme or an interval out of range falls back
/// to the default instead of reaching the window.
class Preferences {
public:
    static constexpr int kMaxAutosaveSeconds = 3600;

    /// The per-user settings of Hopfield Lab (an INI file in the user's config directory).
    Preferences();
    /// An explicit INI file, for tests.
    explicit Preferences(const QString& iniPath);
    ~Preferences();

    ThemeKind theme() const;
    void setTheme(ThemeKind theme);
    bool presentationMode() const;
    void setPresentationMode(bool on);
    QString lastSessionPath() const;
    void setLastSessionPath(const QString& path);
    /// Seconds between autosaves, 0 (off) to kMaxAutosaveSeconds; default 60.
    int autosaveIntervalSeconds() const;
    void setAutosaveIntervalSeconds(int seconds);
    /// QWidget::saveGeometry() and QMainWindow::saveState() blobs.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    /// Writes pending changes to disk (QSettings also does it on destruction).
    void sync();
    QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace hopfield::app
