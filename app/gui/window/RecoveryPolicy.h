#pragma once

#include <QByteArray>
#include <QString>

namespace hopfield::app {

/// Whether hopfield-lab offers, at startup, to restore the session of a run that crashed
/// (askToRecover opens a modal question).  Never when nobody may be there to answer:
/// with --screenshot, on the offscreen platform (tests, CI), or with the environment
/// variable HOPFIELD_NO_RECOVERY=1.  `platformName` is QGuiApplication::platformName(),
/// `noRecoveryVariable` the value of HOPFIELD_NO_RECOVERY.
bool recoveryOfferWanted(bool screenshot, const QString& platformName,
                         const QByteArray& noRecoveryVariable);

} // namespace hopfield::app
