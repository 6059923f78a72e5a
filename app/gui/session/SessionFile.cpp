#include "SessionFile.h"

#include "SessionError.h"
#include "SessionReader.h"
#include "SessionWriter.h"

#include <QFile>
#include <QSaveFile>

namespace hopfield::app {
namespace {

/// A session with a million-neuron grid written out is a few megabytes; anything far
/// bigger is not a session, and reading it whole would only waste memory.
constexpr qint64 kMaxSessionBytes = 256LL * 1024 * 1024;

} // namespace

Session loadSessionFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw SessionError(QStringLiteral("%1: cannot open: %2").arg(path, file.errorString()));
    if (file.size() > kMaxSessionBytes)
        throw SessionError(
            QStringLiteral("%1: %2 bytes is too large for a session").arg(path).arg(file.size()));
    const QByteArray json = file.readAll();
    try {
        return readSession(json);
    } catch (const SessionError& error) {
        throw SessionError(QStringLiteral("%1: %2").arg(path, error.message()));
    }
}

void saveSessionFile(const QString& path, const Session& session)
{
    const QByteArray json = writeSession(session);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw SessionError(QStringLiteral("cannot save %1: %2").arg(path, file.errorString()));
    // Qt 6.4 reports a short write (disk full, file size limit) as success, so the size of
    // the temporary file is checked before it replaces the old one.
    const bool written = file.write(json) == json.size() && file.flush();
    if (!written || file.size() != json.size()) {
        const QString reason =
            file.error() != QFileDevice::NoError
                ? file.errorString()
                : QStringLiteral("only %1 of %2 bytes could be written (is the disk full?)")
                      .arg(file.size())
                      .arg(json.size());
        file.cancelWriting();
        throw SessionError(QStringLiteral("cannot save %1: %2").arg(path, reason));
    }
    if (!file.commit())
        throw SessionError(QStringLiteral("cannot save %1: %2").arg(path, file.errorString()));
}

} // namespace hopfield::app
