#include "core/Corruption.h"

#include "core/MemoryGuard.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace hopfield {
namespace {

void checkProbability(double value, const char* what)
{
    if (!(value >= 0.0 && value <= 1.0))
        throw std::invalid_argument(std::string(what) + " must lie in [0, 1], got " +
                                    std::to_string(value));
}

/// round(fraction * n) distinct indices of 0..n-1, chosen uniformly by a partial
/// Fisher-Yates shuffle, in the order drawn.
std::vector<int> chooseDistinct(int n, double fraction, const char* what, Rng& rng)
{
    checkProbability(fraction, what);
    const int count = static_cast<int>(std::lround(fraction * n));
    std::vector<int> neurons(static_cast<std::size_t>(n));
    std::iota(neurons.begin(), neurons.end(), 0);
    for (int k = 0; k < count; ++k) {
        const auto j = k + static_cast<int>(rng.below(static_cast<std::uint32_t>(n - k)));
        std::swap(neurons[static_cast<std::size_t>(k)], neurons[static_cast<std::size_t>(j)]);
    }
    neurons.resize(static_cast<std::size_t>(count));
    return neurons;
}

} // namespace

Pattern flipExactly(const Pattern& pattern, double fraction, Rng& rng)
{
    Pattern corrupted = pattern;
    for (int i : chooseDistinct(pattern.size(), fraction, "the fraction of flipped spins", rng))
        corrupted.flip(i);
    return corrupted;
}

SaltAndPepper saltAndPepper(const Pattern& pattern, double fraction, Rng& rng)
{
    SaltAndPepper result{pattern, 0};
    for (int i : chooseDistinct(pattern.size(), fraction, "the salt-and-pepper fraction", rng)) {
        const Spin coin = rng.bernoulli(0.5) ? 1 : -1;
        result.flipped += coin != pattern[i];
        result.pattern.set(i, coin);
    }
    return result;
}

Pattern flipEach(const Pattern& pattern, double probability, Rng& rng)
{
    checkProbability(probability, "the flip probability");
    Pattern corrupted = pattern;
    for (int i = 0; i < corrupted.size(); ++i)
        if (rng.bernoulli(probability))
            corrupted.flip(i);
    return corrupted;
}

Pattern occlude(const Pattern& pattern, Rect area, OcclusionFill fill, Rng& rng)
{
    Pattern occluded = pattern;
    const int x0 = std::max(area.x, 0);
    const int y0 = std::max(area.y, 0);
    const int x1 = std::min(area.x + area.width, pattern.width());
    const int y1 = std::min(area.y + area.height, pattern.height());
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x) {
            Spin s = fill == OcclusionFill::Positive ? 1 : -1;
            if (fill == OcclusionFill::Random)
                s = rng.bernoulli(0.5) ? 1 : -1;
            occluded.set(x, y, s);
        }
    return occluded;
}

Pattern invert(const Pattern& pattern)
{
    Pattern inverted = pattern;
    for (int i = 0; i < inverted.size(); ++i)
        inverted.flip(i);
    return inverted;
}

Pattern mixture(const PatternSet& stored, std::span<const int> indices, Rng& rng,
                std::span<const int> signs)
{
    if (indices.empty())
        throw std::invalid_argument("a mixture needs at least one pattern");
    if (!signs.empty() && signs.size() != indices.size())
        throw std::invalid_argument("a mixture needs one sign per pattern");
    std::set<int> seen;
    for (int mu : indices) {
        if (mu < 0 || mu >= stored.size())
            throw std::invalid_argument("mixture pattern " + std::to_string(mu) +
                                        " does not exist: " + std::to_string(stored.size()) +
                                        " patterns are stored");
        if (!seen.insert(mu).second)
            throw std::invalid_argument("mixture pattern " + std::to_string(mu) +
                                        " is listed twice");
    }
    for (int sign : signs)
        if (sign != 1 && sign != -1)
            throw std::invalid_argument("a mixture sign must be +1 or -1");

    const int n = stored.neurons();
    std::vector<Spin> spins(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        int sum = 0;
        for (std::size_t k = 0; k < indices.size(); ++k)
            sum += (signs.empty() ? 1 : signs[k]) * stored[indices[k]][i];
        const bool up = sum > 0 || (sum == 0 && rng.bernoulli(0.5));
        spins[static_cast<std::size_t>(i)] = up ? 1 : -1;
    }
    std::string name = "mixture";
    for (int mu : indices)
        name += " " + stored[mu].name();
    return Pattern(stored.width(), stored.height(), std::move(spins), std::move(name));
}

PatternSet randomPatterns(int width, int height, int count, double bias, Rng& rng)
{
    if (count < 0)
        throw std::invalid_argument("the number of patterns must be >= 0");
    if (!(bias > -1.0 && bias < 1.0))
        throw std::invalid_argument("the pattern bias must lie in (-1, 1), got " +
                                    std::to_string(bias));
    const double probabilityUp = (1.0 + bias) / 2.0;
    PatternSet set(width, height);
    ensureMemoryFits(arrayBytes(static_cast<std::size_t>(count),
                                static_cast<std::size_t>(set.neurons()), sizeof(Spin)),
                     std::to_string(count) + " patterns of " + std::to_string(set.neurons()) +
                         " neurons");
    for (int mu = 0; mu < count; ++mu) {
        std::vector<Spin> spins(static_cast<std::size_t>(set.neurons()));
        for (auto& s : spins)
            s = rng.bernoulli(probabilityUp) ? 1 : -1;
        set.add(Pattern(width, height, std::move(spins), "random " + std::to_string(mu)));
    }
    return set;
}

} // namespace hopfield
