#pragma once
// Everything a phase-plane view draws for one model on one plane, computed in one call (in
// a worker thread): field arrows on a coarse grid, nullclines, the energy on a fine grid
// with contour lines (for models with a Lyapunov energy), and the classified fixed points
// with their plane coordinates.  Trajectories are left to TrajectoryIntegrator.
#include "analysis/ContourLines.h"
#include "continuous/ContinuousModel.h"
#include "continuous/FixedPoints.h"
#include "continuous/StatePlane.h"

#include <Eigen/Core>
#include <functional>
#include <vector>

namespace hopfield {

struct PhasePortraitSettings {
    int arrowsPerAxis = 21; // field arrows on an arrowsPerAxis^2 grid
    int contourGrid = 121;  // nodes per axis of the nullcline and energy grids
    int startsPerAxis = 15; // Newton starts per axis
    int energyLevels = 12;  // number of energy contours
};

struct FieldArrow {
    double a = 0.0; // plane coordinates of the foot
    double b = 0.0;
    double da = 0.0; // the projected field there (not normalised)
    double db = 0.0;
};

struct EnergyContour {
    double level = 0.0;
    std::vector<ContourPolyline> lines;
};

struct PlaneFixedPoint {
    FixedPoint point;
    Eigen::Vector2d coordinates; // on the plane (the nearest point of it, for N > 2)
    double distanceFromPlane = 0.0;
};

struct PhasePortrait {
    std::vector<FieldArrow> arrows;
    Nullclines nullclines;
    /// Empty (nx = ny = 0) when the model has no Lyapunov energy.
    ContourGrid energy;
    /// Evenly spaced between the smallest finite energy on the grid and its 90th percentile
    /// (the low part of the landscape, where the basins are).
    std::vector<EnergyContour> energyContours;
    std::vector<PlaneFixedPoint> fixedPoints;
    bool cancelled = false;
};

/// Throws std::invalid_argument for grids under 2 nodes per axis (1 start is allowed) or a
/// plane of another dimension.  `cancelled` is polled between the stages; a cancelled
/// portrait holds what was done so far.
PhasePortrait computePhasePortrait(const ContinuousModel& model, const StatePlane& plane,
                                   const PlaneWindow& window,
                                   const PhasePortraitSettings& settings = {},
                                   const std::function<bool()>& cancelled = {});

} // namespace hopfield
