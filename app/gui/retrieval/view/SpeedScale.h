#pragma once

#include <QString>

/// The speed slider's scale: logarithmic, five steps per decade from one spin update a
/// second (each update can be followed by eye) to 10^6, and one last step for "as fast
/// as possible".
namespace hopfield::app::speedscale {

inline constexpr int kStepsPerDecade = 5;
inline constexpr int kSlowest = 1; ///< updates per second at position 0
inline constexpr int kMaxPosition = 6 * kStepsPerDecade + 1;

/// Updates per second at a slider position (kUnlimitedSpeed at kMaxPosition).
double speedAt(int position);
/// The position whose speed is closest to `speed` (on a log scale).
int positionFor(double speed);
/// "400 updates/s", "25k updates/s", "max".
QString speedLabel(double speed);

} // namespace hopfield::app::speedscale
