#include "gui/document/SessionFile.h"

#include "AtomicWrite.h"
#include "gui/document/SessionError.h"
#include "gui/document/SessionReader.h"
#include "gui/document/SessionWriter.h"

#include <QFile>

namespace hopfield::app {
namespace {

/// A session with the most stored spins (SessionReader.h) written out is some 20 MB;
/// anything far bigger is not a session, and reading it whole would only waste memory.
/// The same 64 MiB as the pattern files.
constexpr qint64 kMaxSessionBytes = 64LL * 1024 * 1024;

} // namespace

Session loadSessionFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw SessionError(QStringLiteral("%1: cannot open: %2").arg(path, file.errorString()));
    if (file.size() > kMaxSessionBytes)
        throw SessionError(QStringLiteral("%1: %2 bytes is too large for a session (at most %3)")
                               .arg(path)
                               .arg(file.size())
                               .arg(kMaxSessionBytes));
    const QByteArray json = file.readAll();
    try {
        return readSession(json);
    } catch (const SessionError& error) {
        throw SessionError(QStringLiteral("%1: %2").arg(path, error.message()));
    }
}

void saveSessionFile(const QString& path, const Session& session)
{
    if (const QString cause = ui::writeAtomically(path, writeSession(session)); !cause.isEmpty())
        throw SessionError(QStringLiteral("cannot save %1: %2").arg(path, cause));
}

} // namespace hopfield::app
