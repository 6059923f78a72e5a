#pragma once

#include "analysis/ContourLines.h"
#include "analysis/MeanFieldFreeEnergy.h"

#include <vector>

namespace hopfield {

/// Which slice of the mean-field free energy f(m) (MeanFieldFreeEnergy, AGS 1985) to
/// draw over the overlap plane (m1, m2): two patterns, f(m1, m2); or three, f(m1, m2, m3)
/// with m3 held at `slice` -- by default through the symmetric 3-mixture (m, m, m), so
/// the plane shows the mixture minimum beside the retrieval states.  With `sites` the
/// average runs over the patterns actually stored (MeanFieldFreeEnergy::ofPatterns), so
/// for correlated patterns the minima sit where the network goes; without, it is the
/// theory of independent random patterns.
struct FreeEnergyLandscapeSpec {
    int patterns = 2; ///< 2 or 3
    /// The stored patterns on the axes (rows: m1, m2[, m3]), one column per neuron;
    /// empty for the random-pattern theory.  Overlaps with the other stored patterns are
    /// held at 0: the plane is the network that stores these 2 or 3 alone.
    Eigen::MatrixXd sites;
    double temperature = 0.0;
    double slice = 0.5;              ///< m3, for three patterns
    bool sliceThroughMixture = true; ///< overrides `slice` by the mixture's m3 when it exists
    int resolution = 121;            ///< samples per axis, >= 2
    double range = 1.1;              ///< the plane spans [-range, range]^2
    int contourLevels = 14;          ///< evenly spaced between the lowest and highest f
    double sliceTolerance = 1e-3;    ///< stationary points this close to the slice lie on it
};

/// f sampled over the plane, its level curves, and the stationary points of the full f
/// that lie on the plane (lowest f first) -- for two patterns, all of them.
struct FreeEnergyLandscape {
    ContourGrid grid;           ///< f(m1, m2[, slice]) per neuron
    double slice = 0.0;         ///< the m3 used (three patterns)
    std::vector<double> levels; ///< one per entry of `contours`
    std::vector<std::vector<ContourPolyline>> contours;
    std::vector<StationaryPoint> stationaryPoints;
};

/// Computes the landscape; std::invalid_argument for patterns outside {2, 3}, a
/// resolution below 2, a range that is not positive, `sites` with other than `patterns`
/// rows (and whatever MeanFieldFreeEnergy refuses: a negative or non-finite temperature,
/// a spin other than +-1).
FreeEnergyLandscape computeFreeEnergyLandscape(const FreeEnergyLandscapeSpec& spec);

} // namespace hopfield
