#pragma once

#include "gui/document/Session.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <functional>

namespace hopfield::app {

/// Saves the current session every few seconds, and on demand, into one directory, with a
/// marker file that says "the application is running".  finish() (a clean exit) removes
/// both; a crash leaves them, and findRecovery() (RecoveryOffer.h) finds them at the next
/// start.  Each save is atomic (saveSessionFile), so a crash during a save keeps the
/// previous autosave.  The window hands over a function that returns its session.
class Autosaver : public QObject {
    Q_OBJECT
public:
    using SessionSource = std::function<Session()>;

    static constexpr int kDefaultIntervalSeconds = 60;

    /// Saves into `directory` (created if missing); the default is the per-user
    /// application data directory (QStandardPaths::AppDataLocation).  Tests pass their own.
    explicit Autosaver(SessionSource source, QString directory = defaultDirectory(),
                       QObject* parent = nullptr);

    static QString defaultDirectory();
    /// The files inside a directory: the last autosaved session and the running marker.
    static QString autosavePath(const QString& directory);
    static QString markerPath(const QString& directory);
    /// Where a recovery the user declined is kept, for File > Recover.
    static QString previousPath(const QString& directory);

    const QString& directory() const noexcept { return m_directory; }
    int intervalSeconds() const noexcept { return m_intervalSeconds; }
    bool isRunning() const noexcept { return m_running; }

public slots:
    /// Writes the marker and starts the periodic saves.  Returns false (and emits
    /// failed) when the directory or the marker cannot be written.
    bool start();
    /// Seconds between saves; 0 turns periodic saving off (saveNow still works).
    void setIntervalSeconds(int seconds);
    /// Saves the session now; returns false (and emits failed) on an error.
    bool saveNow();
    /// A clean exit: stops saving and removes the autosave and the marker.
    void finish();

signals:
    void saved(const QString& path);
    void failed(const QString& message);

private:
    void restartTimer();

    SessionSource m_source;
    QString m_directory;
    QTimer m_timer;
    int m_intervalSeconds = kDefaultIntervalSeconds;
    bool m_running = false;
};

} // namespace hopfield::app
