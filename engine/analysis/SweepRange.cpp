#include "analysis/SweepRange.h"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <stdexcept>

namespace hopfield {

namespace {
constexpr double kGridSlack = 1e-9; // in steps: 0.1 + 10 * 0.01 may land just above 0.2
}

void SweepRange::validate(const std::string& name, double low, double high, int maxValues) const
{
    std::ostringstream problem;
    if (!std::isfinite(start) || !std::isfinite(stop) || !std::isfinite(step))
        problem << "must be finite";
    else if (start < low || stop > high)
        problem << "must lie in [" << low << ", " << high << "], got " << start << ":" << stop;
    else if (stop < start)
        problem << "stop (" << stop << ") must not be below start (" << start << ")";
    else if (!(step > 0.0))
        problem << "step must be > 0, got " << step;
    else if ((stop - start) / step + 1.0 > maxValues)
        problem << "has more than " << maxValues << " values";
    else
        return;
    throw std::invalid_argument(name + " range " + problem.str());
}

int SweepRange::count() const
{
    return static_cast<int>(std::floor((stop - start) / step + kGridSlack)) + 1;
}

std::vector<double> SweepRange::values() const
{
    std::vector<double> result;
    const int n = count();
    result.reserve(static_cast<std::size_t>(n));
    // The last value snaps to stop only across rounding drift: a tolerance of a fraction of
    // the step alone would, for a step far beyond the range (0.05:0.2:1e9), snap the one
    // value, the start, to the stop.
    const double slack = kGridSlack * std::min(step, stop - start);
    for (int i = 0; i < n; ++i)
        result.push_back(
            i + 1 == n && std::abs(start + i * step - stop) < slack ? stop : start + i * step);
    return result;
}

void requireInRange(const std::string& name, long long value, long long low, long long high)
{
    if (value < low || value > high)
        throw std::invalid_argument(name + " must be in [" + std::to_string(low) + ", " +
                                    std::to_string(high) + "], got " + std::to_string(value));
}

} // namespace hopfield
