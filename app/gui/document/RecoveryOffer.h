#pragma once

#include "gui/document/Session.h"

#include <QDateTime>
#include <QString>
#include <functional>
#include <optional>

class QWidget;

namespace hopfield::app {

/// What a run that did not exit cleanly left behind: its last autosave.
struct Recovery {
    QString path;
    QDateTime savedAt;
    Session session;
};

/// The autosave of a crashed run in `directory` (Autosaver's files): found when the
/// running marker and a readable autosave are both there.  A clean exit removes the
/// marker, so then there is nothing; an autosave that no longer parses is nothing too
/// (it cannot be restored).  Call before Autosaver::start() writes a new marker.
std::optional<Recovery> findRecovery(const QString& directory);

/// Decides whether to restore a recovery; the window asks the user (askToRecover),
/// tests answer directly.
using RecoveryDecision = std::function<bool(const Recovery&)>;

/// A question box: "Hopfield Lab did not close properly. Restore the session autosaved
/// at 14:02?" with Restore / Discard.
bool askToRecover(QWidget* parent, const Recovery& recovery);

/// At startup: finds a recovery, asks `decide`, and returns the session to open when the
/// answer is yes.  Either way the question comes once: the marker goes, and a declined
/// autosave moves to Autosaver::previousPath() (File > Recover can still open it).
std::optional<Session> offerRecovery(const QString& directory, const RecoveryDecision& decide);

} // namespace hopfield::app
