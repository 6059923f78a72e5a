#pragma once

#include <QString>

/// The speed slider's scale: logarithmic, five steps per decade from 10 to 10^6 spin
/// updates per second, and one last step for "as fast as possible".
namespace hopfield::app::speedscale {

inline constexpr int kStepsPerDecade = 5;
inline constexpr int kSlowest = 10; ///< updates per second at position 0
inline constexpr int kMaxPosition = 5 * kStepsPerDecade + 1;

/// Updates per second at a slider position (kUnlimitedSpeed at kMaxPosition).
double speedAt(int position);
/// The position whose speed is closest to `speed` (on a log scale).
int positionFor(double speed);
/// "400 updates/s", "25k updates/s", "max".
QString speedLabel(double speed);

} // namespace hopfield::app::speedscale
