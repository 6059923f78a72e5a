#pragma once
// Level curves of a function sampled on a regular grid, by marching squares (Lorensen and
// Cline 1987, in its 2-D form): each grid cell whose corners straddle the level gets one
// or two straight segments, with end points placed on the cell edges by linear
// interpolation; segments that share an edge are joined into polylines.  Used for energy
// contours, nullclines of the continuous models and free-energy landscapes.
#include <functional>
#include <vector>

namespace hopfield {

struct ContourPoint {
    double x = 0.0;
    double y = 0.0;
};

/// An open curve, or a closed one whose last point repeats its first.
using ContourPolyline = std::vector<ContourPoint>;

/// nx by ny samples of f over [x0, x1] x [y0, y1], row-major: values[iy * nx + ix] is
/// f(x0 + ix (x1 - x0) / (nx - 1), y0 + iy (y1 - y0) / (ny - 1)).  Non-finite samples are
/// allowed (an energy is +infinity outside the gain's range): cells touching one are
/// skipped.
struct ContourGrid {
    int nx = 0;
    int ny = 0;
    double x0 = 0.0;
    double x1 = 1.0;
    double y0 = 0.0;
    double y1 = 1.0;
    std::vector<double> values;

    double x(int ix) const { return x0 + (x1 - x0) * ix / (nx - 1); }
    double y(int iy) const { return y0 + (y1 - y0) * iy / (ny - 1); }
    double at(int ix, int iy) const { return values[static_cast<std::size_t>(iy) * nx + ix]; }
};

/// Samples f on the grid described by the other arguments (nx, ny >= 2, x1 > x0, y1 > y0;
/// std::invalid_argument otherwise, MemoryLimitError for a grid that does not fit).
ContourGrid sampleGrid(int nx, int ny, double x0, double x1, double y0, double y1,
                       const std::function<double(double, double)>& f);

/// The polylines where the sampled function crosses `level` (a corner counts as above
/// when its value is >= level).  A saddle cell, whose diagonal corners lie on the same
/// side, is resolved by the average of its four corners (the value at the cell centre of
/// the bilinear interpolant): if it is above the level the two above corners are joined
/// through the centre, otherwise the two below ones are.  Throws std::invalid_argument for
/// an inconsistent grid or a non-finite level.
std::vector<ContourPolyline> contourLines(const ContourGrid& grid, double level);

} // namespace hopfield
