#include "gui/window/RecoveryPolicy.h"

namespace hopfield::app {

bool recoveryOfferWanted(bool screenshot, const QString& platformName,
                         const QByteArray& noRecoveryVariable)
{
    return !screenshot && platformName != QLatin1String("offscreen") && noRecoveryVariable != "1";
}

} // namespace hopfield::app
