#include "NiceTicks.h"

#include <algorithm>
#include <cmath>

namespace hopfield::ui::ticks {

double niceCeiling(double value)
{
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    for (double factor : {1.0, 2.0, 5.0, 10.0})
        if (factor * power >= value * (1.0 - 1e-12))
            return factor * power;
    return 10.0 * power;
}

double niceStep(double low, double high, int maxTicks)
{
    const double span = high - low;
    if (!(span > 0.0) || !std::isfinite(span))
        return 0.0;
    const int most = std::max(2, maxTicks);
    // The finest nice step that puts at most `most` multiples inside [low, high].
    double step = niceCeiling(span / most);
    const auto count = [low, high](double s) {
        return std::floor(high / s + 1e-6) - std::ceil(low / s - 1e-6) + 1.0;
    };
    while (count(step) > most)
        step = niceCeiling(step * 1.01);
    return step;
}

std::vector<double> niceTicks(double low, double high, int maxTicks)
{
    const double step = niceStep(low, high, maxTicks);
    std::vector<double> result;
    if (step <= 0.0)
        return result;
    // A tolerance of a millionth of a step keeps the ends that rounding puts just outside.
    const double slack = 1e-6 * step;
    const auto first = static_cast<long long>(std::ceil((low - slack) / step));
    const auto last = static_cast<long long>(std::floor((high + slack) / step));
    // For steps below 1, k * step would give 3 * 0.2 = 0.6000000000000001; dividing the
    // whole multiple of the step's digits by a power of ten gives the nearest double, 0.6.
    const double exponent = std::floor(std::log10(step));
    const double divisor = exponent < 0.0 ? std::pow(10.0, -exponent) : 1.0;
    const double digits = std::round(step * divisor);
    for (long long k = first; k <= last; ++k)
        result.push_back(static_cast<double>(k) * digits / divisor);
    return result;
}

QString tickLabel(double value, double step)
{
    if (step <= 0.0 || std::abs(value) < 1e-9 * step)
        return QStringLiteral("0");
    const double magnitude = std::max(std::abs(value), step);
    QString text;
    if (magnitude >= 1e5 || step < 1e-4) {
        text = QString::number(value, 'g', 3);
    } else {
        // Digits after the point: enough to show the step (0.25 needs 2, 0.5 needs 1).
        int decimals = 0;
        while (decimals < 6 && std::abs(step * std::pow(10.0, decimals) -
                                        std::round(step * std::pow(10.0, decimals))) > 1e-6)
            ++decimals;
        text = QString::number(value, 'f', decimals);
    }
    // Typeset minus (U+2212), as in print: a hyphen is too short beside the digits.
    return text.replace(QLatin1Char('-'), QChar(0x2212));
}

} // namespace hopfield::ui::ticks
