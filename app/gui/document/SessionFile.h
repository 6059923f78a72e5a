#pragma once

#include "gui/document/Session.h"

#include <QString>

namespace hopfield::app {

/// Reads and checks the session file at `path` (a disk path or ":/lessons/..." resource).
/// Throws SessionError "PATH: FIELD: problem" for a file that cannot be opened or read.
Session loadSessionFile(const QString& path);

/// Writes `session` to `path` atomically (QSaveFile): the old file stays whole until the
/// new one is complete, so a failed or interrupted save never leaves a broken session.
/// Throws SessionError "cannot save PATH: reason".
void saveSessionFile(const QString& path, const Session& session);

} // namespace hopfield::app
