#pragma once

#include "HeatMapGrid.h"

#include <QPolygonF>
#include <vector>

namespace hopfield::ui {

/// The level-`level` contour of a grid, in data coordinates, by marching squares over the
/// cell centres (Lorensen and Cline 1987, in 2-D), with linear interpolation along the
/// edges; a saddle square is resolved by the mean of its four corners.  Segments are joined
/// into polylines: closed curves end at their first point.  Squares with a NaN corner are
/// skipped, so contours stop at missing data.
std::vector<QPolygonF> contourLines(const HeatMapGrid& grid, double level);

} // namespace hopfield::ui
