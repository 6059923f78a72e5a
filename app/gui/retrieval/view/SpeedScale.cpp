#include "gui/retrieval/view/SpeedScale.h"

#include "gui/retrieval/run/RetrievalSetup.h"

#include <algorithm>
#include <cmath>

namespace hopfield::app::speedscale {

double speedAt(int position)
{
    if (position >= kMaxPosition)
        return kUnlimitedSpeed;
    const double exponent = static_cast<double>(std::max(position, 0)) / kStepsPerDecade;
    // Round to two significant digits so the labels read 10, 16, 25, 40, 63, 100, ...
    const double raw = kSlowest * std::pow(10.0, exponent);
    const double scale = std::pow(10.0, std::floor(std::log10(raw)) - 1.0);
    return std::round(raw / scale) * scale;
}

int positionFor(double speed)
{
    if (std::isinf(speed))
        return kMaxPosition;
    const double exact = std::log10(std::max(speed, 1.0) / kSlowest) * kStepsPerDecade;
    return std::clamp(static_cast<int>(std::lround(exact)), 0, kMaxPosition - 1);
}

QString speedLabel(double speed)
{
    if (std::isinf(speed))
        return QStringLiteral("max");
    if (speed >= 1e6)
        return QStringLiteral("%1M updates/s").arg(speed / 1e6, 0, 'g', 2);
    if (speed >= 1e4)
        return QStringLiteral("%1k updates/s").arg(speed / 1e3, 0, 'g', 3);
    // One update a second is singular; 1.6, 0 and 400 are plural.
    const QString number = QString::number(speed, 'g', 4);
    return number == QLatin1String("1") ? QStringLiteral("1 update/s")
                                        : QStringLiteral("%1 updates/s").arg(number);
}

} // namespace hopfield::app::speedscale
