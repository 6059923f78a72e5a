#pragma once

#include "core/Pattern.h"
#include "core/Rng.h"

#include <cmath>

namespace hopfield {

/// Fields this close to zero count as zero, so the two coupling forms agree on ties:
/// Hebb fields are multiples of 1/N, far above it, while a dense sum may round 0 to 1e-16.
inline constexpr double kZeroFieldTolerance = 1e-9;

/// P(s = +1) = 1 / (1 + exp(-2 h / T)) for T > 0: the one expression every Glauber update
/// uses, so a table of it (HebbReplicas) holds the very doubles glauberSpin() compares.
inline double glauberProbabilityUp(double field, double temperature) noexcept
{
    return 1.0 / (1.0 + std::exp(-2.0 * field / temperature));
}

/// Glauber heat-bath rule: P(s = +1) = 1 / (1 + exp(-2 h / T)).  At T = 0 the sign of h,
/// keeping the current spin when h = 0.  Draws one uniform number only when T > 0.
inline Spin glauberSpin(double field, double temperature, Spin current, Rng& rng) noexcept
{
    if (temperature <= 0.0) {
        if (field > kZeroFieldTolerance)
            return 1;
        if (field < -kZeroFieldTolerance)
            return -1;
        return current;
    }
    return rng.uniform() < glauberProbabilityUp(field, temperature) ? Spin{1} : Spin{-1};
}

} // namespace hopfield
