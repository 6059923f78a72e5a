#include "core/Halftone.h"

#include <stdexcept>
#include <string>

namespace hopfield {

std::vector<Spin> floydSteinbergSpins(std::span<const std::uint8_t> grey, int width, int height,
                                      bool lightInk)
{
    if (width < 0 || height < 0 ||
        grey.size() != static_cast<std::size_t>(width) * static_cast<std::size_t>(height))
        throw std::invalid_argument("dithering needs " + std::to_string(width) + " x " +
                                    std::to_string(height) + " grey levels, got " +
                                    std::to_string(grey.size()));
    const auto w = static_cast<std::size_t>(width);
    const auto h = static_cast<std::size_t>(height);
    // The pending error of this row and the next.
    std::vector<float> current(w, 0.0f);
    std::vector<float> next(w, 0.0f);
    std::vector<Spin> spins(grey.size());
    const Spin ink = lightInk ? Spin{-1} : Spin{1};
    for (std::size_t y = 0; y < h; ++y) {
        const bool leftToRight = y % 2 == 0;
        const bool below = y + 1 < h;
        for (std::size_t step = 0; step < w; ++step) {
            const std::size_t x = leftToRight ? step : w - 1 - step;
            const float wanted = static_cast<float>(grey[y * w + x]) + current[x];
            const bool white = wanted >= 127.5f;
            spins[y * w + x] = white ? static_cast<Spin>(-ink) : ink;
            const float error = wanted - (white ? 255.0f : 0.0f);
            const bool hasAhead = step + 1 < w;
            const bool hasBehind = step > 0;
            const std::size_t ahead = leftToRight ? x + 1 : x - 1;
            const std::size_t behind = leftToRight ? x - 1 : x + 1;
            // The weights of the neighbours inside the image, renormalised to 1: error
            // that would leave at an edge stays in the picture, so even a 28 x 28 image
            // keeps its mean (only the last pixel's error is lost).
            const float toAhead = hasAhead ? 7.0f : 0.0f;
            const float toBehind = below && hasBehind ? 3.0f : 0.0f;
            const float toBelow = below ? 5.0f : 0.0f;
            const float toAheadBelow = below && hasAhead ? 1.0f : 0.0f;
            const float total = toAhead + toBehind + toBelow + toAheadBelow;
            if (total == 0.0f)
                continue;
            const float share = error / total;
            if (hasAhead)
                current[ahead] += share * toAhead;
            if (below) {
                if (hasBehind)
                    next[behind] += share * toBehind;
                next[x] += share * toBelow;
                if (hasAhead)
                    next[ahead] += share * toAheadBelow;
            }
        }
        current.swap(next);
        std::fill(next.begin(), next.end(), 0.0f);
    }
    return spins;
}

} // namespace hopfield
