#include "gui/document/Autosaver.h"

#include "AtomicWrite.h"
#include "gui/document/SessionError.h"
#include "gui/document/SessionFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QStandardPaths>
#include <algorithm>

namespace hopfield::app {

Autosaver::Autosaver(SessionSource source, QString directory, QObject* parent)
    : QObject(parent), m_source(std::move(source)), m_directory(std::move(directory))
{
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::saveNow);
}

QString Autosaver::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Autosaver::autosavePath(const QString& directory)
{
    return QDir(directory).filePath(QStringLiteral("autosave.json"));
}

QString Autosaver::markerPath(const QString& directory)
{
    return QDir(directory).filePath(QStringLiteral("running.marker"));
}

QString Autosaver::previousPath(const QString& directory)
{
    return QDir(directory).filePath(QStringLiteral("declined-autosave.json"));
}

bool Autosaver::start()
{
    if (!QDir().mkpath(m_directory)) {
        emit failed(tr("cannot create the autosave directory %1").arg(m_directory));
        return false;
    }
    // Who was running and since when: for a person who finds the marker, not for the code.
    const QByteArray marker = QStringLiteral("pid %1, started %2\n")
                                  .arg(QCoreApplication::applicationPid())
                                  .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
                                  .toUtf8();
    const QString path = markerPath(m_directory);
    if (const QString cause = ui::writeAtomically(path, marker); !cause.isEmpty()) {
        emit failed(tr("cannot write %1: %2").arg(path, cause));
        return false;
    }
    m_running = true;
    restartTimer();
    return true;
}

void Autosaver::setIntervalSeconds(int seconds)
{
    m_intervalSeconds = std::max(0, seconds);
    restartTimer();
}

bool Autosaver::saveNow()
{
    const QString path = autosavePath(m_directory);
    try {
        saveSessionFile(path, m_source());
    } catch (const SessionError& error) {
        emit failed(error.message());
        return false;
    }
    emit saved(path);
    return true;
}

void Autosaver::finish()
{
    m_timer.stop();
    m_running = false;
    QFile::remove(autosavePath(m_directory));
    QFile::remove(markerPath(m_directory));
}

void Autosaver::restartTimer()
{
    m_timer.stop();
    if (m_running && m_intervalSeconds > 0)
        m_timer.start(m_intervalSeconds * 1000);
}

} // namespace hopfield::app
