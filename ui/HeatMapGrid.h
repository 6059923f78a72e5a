#pragma once

#include <QPointF>
#include <functional>
#include <vector>

namespace hopfield::ui {

/// Values on a regular nx x ny grid of cells covering [x0, x1] x [y0, y1]: value(i, j) is
/// the value at the centre of cell (i, j), stored row by row from the bottom row (y0) up,
/// values[j * nx + i].  NaN means "no data" (drawn as background).
struct HeatMapGrid {
    int nx = 0;
    int ny = 0;
    double x0 = 0.0;
    double x1 = 1.0;
    double y0 = 0.0;
    double y1 = 1.0;
    std::vector<double> values;

    /// nx, ny >= 1, x0 < x1, y0 < y1 (all finite) and nx * ny values.
    bool isValid() const;
    double value(int i, int j) const { return values[static_cast<std::size_t>(j) * nx + i]; }
    double cellWidth() const { return (x1 - x0) / nx; }
    double cellHeight() const { return (y1 - y0) / ny; }
    QPointF cellCenter(int i, int j) const;
    /// The value of the cell holding `point`, NaN outside the grid.
    double valueAt(QPointF point) const;
    /// The smallest and largest finite value, or {NaN, NaN} if there is none.
    std::pair<double, double> finiteRange() const;

    /// Samples f(x, y) at the cell centres of an nx x ny grid over [x0, x1] x [y0, y1].
    static HeatMapGrid sample(int nx, int ny, QPointF bottomLeft, QPointF topRight,
                              const std::function<double(double, double)>& f);
};

} // namespace hopfield::ui
