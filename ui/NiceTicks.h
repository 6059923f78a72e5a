#pragma once

#include <QString>
#include <vector>

/// Axis ticks at "nice" numbers: 1, 2 or 5 times a power of ten (Heckbert, "Nice numbers
/// for graph labels", Graphics Gems, 1990), shared by every plot of Hopfield Lab.
namespace hopfield::ui::ticks {

/// The smallest 1, 2 or 5 times a power of ten that is >= value (value > 0).
double niceCeiling(double value);

/// The finest nice step with at most `maxTicks` (at least 2) of its multiples in [low, high];
/// 0 for an empty or infinite range.
double niceStep(double low, double high, int maxTicks);

/// The multiples of niceStep(low, high, maxTicks) inside [low, high] (both ends included
/// up to rounding), in increasing order; empty if the range is empty or not finite.
std::vector<double> niceTicks(double low, double high, int maxTicks);

/// A tick label: as few digits as the step needs ("0.25", "-1", "1e-05"), so all labels
/// of an axis look alike, and exactly "0" at zero (never "-0" or "1.1e-17").
QString tickLabel(double value, double step);

} // namespace hopfield::ui::ticks
