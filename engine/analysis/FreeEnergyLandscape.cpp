#include "analysis/FreeEnergyLandscape.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace hopfield {
namespace {

void checkSpec(const FreeEnergyLandscapeSpec& spec)
{
    if (spec.patterns != 2 && spec.patterns != 3)
        throw std::invalid_argument("landscape: patterns must be 2 or 3, got " +
                                    std::to_string(spec.patterns));
    if (spec.resolution < 2)
        throw std::invalid_argument("landscape: resolution must be >= 2, got " +
                                    std::to_string(spec.resolution));
    if (!(spec.range > 0.0) || !std::isfinite(spec.range))
        throw std::invalid_argument("landscape: range must be a finite number > 0");
    if (spec.contourLevels < 0)
        throw std::invalid_argument("landscape: contourLevels must be >= 0");
    if (spec.sites.size() > 0 && spec.sites.rows() != spec.patterns)
        throw std::invalid_argument("landscape: the stored patterns give " +
                                    std::to_string(spec.sites.rows()) + " rows for " +
                                    std::to_string(spec.patterns) + " axes");
}

/// The symmetric mixture of all three patterns, (m, m, m) with m > 0, if f has it.
const StationaryPoint* symmetricMixture(const std::vector<StationaryPoint>& points)
{
    for (const StationaryPoint& point : points)
        if (point.structure == OverlapStructure::Mixture && point.patterns.size() == 3 &&
            std::all_of(point.signs.begin(), point.signs.end(), [](int s) { return s > 0; }))
            return &point;
    return nullptr;
}

} // namespace

FreeEnergyLandscape computeFreeEnergyLandscape(const FreeEnergyLandscapeSpec& spec)
{
    checkSpec(spec);
    const MeanFieldFreeEnergy freeEnergy =
        spec.sites.size() > 0 ? MeanFieldFreeEnergy::ofPatterns(spec.sites, spec.temperature)
                              : MeanFieldFreeEnergy(spec.patterns, spec.temperature);
    std::vector<StationaryPoint> points = findStationaryPoints(freeEnergy);

    FreeEnergyLandscape landscape;
    landscape.slice = spec.slice;
    if (spec.patterns == 3 && spec.sliceThroughMixture)
        if (const StationaryPoint* mixture = symmetricMixture(points))
            landscape.slice = mixture->overlaps(2);

    Eigen::VectorXd m(spec.patterns);
    if (spec.patterns == 3)
        m(2) = landscape.slice;
    landscape.grid = sampleGrid(spec.resolution, spec.resolution, -spec.range, spec.range,
                                -spec.range, spec.range, [&](double x, double y) {
                                    m(0) = x;
                                    m(1) = y;
                                    return freeEnergy.value(m);
                                });

    const auto [low, high] =
        std::minmax_element(landscape.grid.values.begin(), landscape.grid.values.end());
    for (int level = 1; level <= spec.contourLevels; ++level) {
        // Levels strictly inside (low, high): the extremes would be single points.
        const double value = *low + (*high - *low) * level / (spec.contourLevels + 1);
        landscape.levels.push_back(value);
        landscape.contours.push_back(contourLines(landscape.grid, value));
    }

    for (StationaryPoint& point : points) {
        const bool onPlane = spec.patterns == 2 ||
                             std::abs(point.overlaps(2) - landscape.slice) <= spec.sliceTolerance;
        if (onPlane)
            landscape.stationaryPoints.push_back(std::move(point));
    }
    return landscape;
}

} // namespace hopfield
