#pragma once

#include <QByteArray>
#include <QString>

namespace hopfield::ui {

/// Writes `bytes` to `path` atomically (QSaveFile: a temporary file renamed over the old
/// one only when complete).  Returns an empty string on success and the cause otherwise
/// ("No space left on device", "only 10 of 20 bytes could be written ..."), leaving any
/// old file untouched; callers put the cause in a message that names what they write.
QString writeAtomically(const QString& path, const QByteArray& bytes);

} // namespace hopfield::ui
