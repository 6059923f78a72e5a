#pragma once

#include "core/Pattern.h"
#include "core/PatternSet.h"
#include "core/Rng.h"

#include <span>

namespace hopfield {

/// Flips exactly round(fraction * N) distinct spins, chosen uniformly (fraction in [0, 1]).
Pattern flipExactly(const Pattern& pattern, double fraction, Rng& rng);

/// A salt-and-pepper corruption: the noisy pattern and how many of its spins differ
/// from the clean one.
struct SaltAndPepper {
    Pattern pattern;
    int flipped = 0;
};

/// Salt-and-pepper noise: exactly round(fraction * N) distinct spins, chosen uniformly,
/// are set to a fair coin each (fraction in [0, 1]).  A spin keeps its value when the
/// coin agrees with it, so about half of them flip; `flipped` counts those that did.
SaltAndPepper saltAndPepper(const Pattern& pattern, double fraction, Rng& rng);

/// Flips each spin independently with probability p in [0, 1].
Pattern flipEach(const Pattern& pattern, double probability, Rng& rng);

struct Rect {
    int x = 0;
    int y = 0;
    int width = 0;
    int height = 0;

    bool operator==(const Rect&) const = default;
};

enum class OcclusionFill { Positive, Negative, Random };

/// Sets every spin inside `area` (clipped to the grid) to +1, -1 or a fair coin.
Pattern occlude(const Pattern& pattern, Rect area, OcclusionFill fill, Rng& rng);

/// -xi: every spin flipped (the reversed pattern, also an attractor of Hebb's rule).
Pattern invert(const Pattern& pattern);

/// Mixture state sign(sum_k sign_k xi^{mu_k}) of the listed patterns (signs default +1).
/// An even number of patterns can sum to zero: such ties are broken by a fair coin
/// drawn from `rng`, so an even mixture keeps no bias toward any one pattern.
/// Throws std::invalid_argument for an empty list, an index out of range, a repeated
/// index, or a sign that is not +-1.
Pattern mixture(const PatternSet& stored, std::span<const int> indices, Rng& rng,
                std::span<const int> signs = {});

/// P random patterns of width x height with P(xi = +1) = (1 + bias) / 2, bias in (-1, 1).
PatternSet randomPatterns(int width, int height, int count, double bias, Rng& rng);

} // namespace hopfield
