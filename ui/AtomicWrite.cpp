#include "AtomicWrite.h"

#include <QSaveFile>

namespace hopfield::ui {

QString writeAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    // Qt 6.4 reports a short write (disk full, file size limit) as success, so the size of
    // the temporary file is checked before it replaces the old one.
    const bool written = file.write(bytes) == bytes.size() && file.flush();
    if (!written || file.size() != bytes.size()) {
        const QString cause =
            file.error() != QFileDevice::NoError
                ? file.errorString()
                : QStringLiteral("only %1 of %2 bytes could be written (is the disk full?)")
                      .arg(file.size())
                      .arg(bytes.size());
        file.cancelWriting();
        return cause;
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace hopfield::ui
