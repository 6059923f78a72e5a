#include "continuous/PhasePortrait.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace hopfield {

namespace {

std::vector<EnergyContour> contoursOf(const ContourGrid& grid, int levels)
{
    std::vector<double> finite;
    for (double e : grid.values)
        if (std::isfinite(e))
            finite.push_back(e);
    if (finite.size() < 2 || levels < 1)
        return {};
    std::sort(finite.begin(), finite.end());
    const double low = finite.front();
    const double high =
        finite[static_cast<std::size_t>(0.9 * static_cast<double>(finite.size() - 1))];
    std::vector<EnergyContour> contours;
    for (int k = 1; k <= levels && high > low; ++k) {
        const double level = low + (high - low) * k / (levels + 1);
        contours.push_back({level, contourLines(grid, level)});
    }
    return contours;
}

} // namespace

PhasePortrait computePhasePortrait(const ContinuousModel& model, const StatePlane& plane,
                                   const PlaneWindow& window, const PhasePortraitSettings& settings,
                                   const std::function<bool()>& cancelled)
{
    if (settings.arrowsPerAxis < 2 || settings.contourGrid < 2 || settings.startsPerAxis < 1)
        throw std::invalid_argument("phase portrait: arrow and contour grids need >= 2 nodes per "
                                    "axis, Newton >= 1 start per axis");
    if (plane.dimension() != model.size())
        throw std::invalid_argument("phase portrait: the plane lives in R^" +
                                    std::to_string(plane.dimension()) + ", the model has " +
                                    std::to_string(model.size()) + " neurons");
    PhasePortrait portrait;
    const auto stopHere = [&] {
        portrait.cancelled = cancelled && cancelled();
        return portrait.cancelled;
    };
    const int n = settings.arrowsPerAxis;
    for (int ib = 0; ib < n; ++ib)
        for (int ia = 0; ia < n; ++ia) {
            const double a = window.aMin + (window.aMax - window.aMin) * ia / (n - 1);
            const double b = window.bMin + (window.bMax - window.bMin) * ib / (n - 1);
            const Eigen::Vector2d f = plane.projectedField(model, a, b);
            portrait.arrows.push_back({a, b, f.x(), f.y()});
        }
    if (stopHere())
        return portrait;
    portrait.nullclines =
        nullclines(model, plane, window, settings.contourGrid, settings.contourGrid);
    if (stopHere())
        return portrait;
    if (model.hasLyapunovEnergy()) {
        portrait.energy =
            energyGrid(model, plane, window, settings.contourGrid, settings.contourGrid);
        portrait.energyContours = contoursOf(portrait.energy, settings.energyLevels);
    }
    if (stopHere())
        return portrait;
    for (FixedPoint& p :
         findFixedPoints(model, gridStarts(plane, window, settings.startsPerAxis))) {
        const Eigen::Vector2d c = plane.coordinates(p.position);
        const double distance = (plane.point(c.x(), c.y()) - p.position).norm();
        portrait.fixedPoints.push_back({std::move(p), c, distance});
    }
    return portrait;
}

} // namespace hopfield
