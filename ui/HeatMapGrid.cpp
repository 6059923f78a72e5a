#include "HeatMapGrid.h"

#include <cmath>
#include <limits>

namespace hopfield::ui {

bool HeatMapGrid::isValid() const
{
    return nx >= 1 && ny >= 1 && std::isfinite(x0) && std::isfinite(x1) && std::isfinite(y0) &&
           std::isfinite(y1) && x0 < x1 && y0 < y1 &&
           values.size() == static_cast<std::size_t>(nx) * static_cast<std::size_t>(ny);
}

QPointF HeatMapGrid::cellCenter(int i, int j) const
{
    return {x0 + (i + 0.5) * cellWidth(), y0 + (j + 0.5) * cellHeight()};
}

double HeatMapGrid::valueAt(QPointF point) const
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    if (!isValid() || !(point.x() >= x0 && point.x() <= x1 && point.y() >= y0 && point.y() <= y1))
        return nan;
    // The top and right edges belong to the last cells.
    const int i = std::min(nx - 1, static_cast<int>((point.x() - x0) / cellWidth()));
    const int j = std::min(ny - 1, static_cast<int>((point.y() - y0) / cellHeight()));
    return value(i, j);
}

std::pair<double, double> HeatMapGrid::finiteRange() const
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    std::pair<double, double> range{nan, nan};
    bool any = false;
    for (double v : values) {
        if (!std::isfinite(v))
            continue;
        range =
            any ? std::pair{std::min(range.first, v), std::max(range.second, v)} : std::pair{v, v};
        any = true;
    }
    return range;
}

HeatMapGrid HeatMapGrid::sample(int nx, int ny, QPointF bottomLeft, QPointF topRight,
                                const std::function<double(double, double)>& f)
{
    HeatMapGrid grid{nx, ny, bottomLeft.x(), topRight.x(), bottomLeft.y(), topRight.y(), {}};
    grid.values.reserve(static_cast<std::size_t>(std::max(0, nx)) * std::max(0, ny));
    for (int j = 0; j < ny; ++j)
        for (int i = 0; i < nx; ++i) {
            const QPointF centre = grid.cellCenter(i, j);
            grid.values.push_back(f(centre.x(), centre.y()));
        }
    return grid;
}

} // namespace hopfield::ui
