#pragma once

#include "core/Corruption.h"
#include "core/PatternSet.h"

#include <QString>
#include <cstdint>
#include <vector>

namespace hopfield::app {

/// How the network's initial state is made from the stored patterns.
struct CorruptionSettings {
    enum class Kind { FlipNoise, SaltAndPepper, Occlusion, Inversion, Mixture };
    Kind kind = Kind::FlipNoise;
    double fraction = 0.1; ///< flip noise and salt-and-pepper, in [0, 1]
    Rect occlusion;        ///< in cells, clipped to the grid
    OcclusionFill fill = OcclusionFill::Negative;
    std::vector<int> mixture; ///< an odd number of distinct stored patterns
    /// Mixture only: the fraction of spins flipped after the sign (exactly, as flip noise
    /// does), in [0, 1]: a start near the mixture rather than on it.
    double mixtureNoise = 0.0;
    std::uint64_t seed = 1;

    bool operator==(const CorruptionSettings&) const = default;
};

/// A start state beside the pattern it was made from.
struct StartState {
    Pattern start;
    Pattern clean;   ///< the reference: the target, or for a mixture the mixture itself
    int changed = 0; ///< spins where start and clean differ
    QString description;
};

/// Corrupts stored[target] (or mixes the listed patterns) as `settings` say, drawing
/// from a generator seeded with settings.seed, so a seed gives one start state.
/// Throws std::invalid_argument for a target out of range, a fraction (or mixture noise)
/// outside [0, 1], or
/// a mixture of an even number of patterns (its sum can be 0: sign(0) is no spin).
StartState makeStartState(const PatternSet& stored, int target, const CorruptionSettings& settings);

} // namespace hopfield::app
