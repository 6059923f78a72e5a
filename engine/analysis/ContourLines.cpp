#include "analysis/ContourLines.h"

#include "core/MemoryGuard.h"

#include <array>
#include <cmath>
#include <stdexcept>
#include <string>
#include <utility>

namespace hopfield {

namespace {

void checkGridShape(int nx, int ny, double x0, double x1, double y0, double y1)
{
    if (nx < 2 || ny < 2)
        throw std::invalid_argument("contour grid: nx and ny must be >= 2 (got " +
                                    std::to_string(nx) + " x " + std::to_string(ny) + ")");
    if (!(x1 > x0) || !(y1 > y0) || !std::isfinite(x1 - x0) || !std::isfinite(y1 - y0))
        throw std::invalid_argument("contour grid: need finite x0 < x1 and y0 < y1");
}

// Every grid edge that a contour can cross has one id, so that the two cells sharing an
// edge produce the same end point and the segments can be joined by id.  Horizontal
// edges (ix, iy)-(ix+1, iy) come first, then vertical ones (ix, iy)-(ix, iy+1).
class EdgeIndex {
public:
    explicit EdgeIndex(const ContourGrid& grid) : m_grid(grid) {}

    int horizontal(int ix, int iy) const { return iy * (m_grid.nx - 1) + ix; }
    int vertical(int ix, int iy) const { return (m_grid.nx - 1) * m_grid.ny + iy * m_grid.nx + ix; }
    int count() const { return vertical(0, m_grid.ny - 1); }

    // The crossing of `level` on the edge, by linear interpolation between its two ends
    // (which lie on opposite sides of the level, so their values differ).
    ContourPoint crossing(int edge, double level) const
    {
        const int horizontalCount = vertical(0, 0);
        int ix0 = 0;
        int iy0 = 0;
        int ix1 = 0;
        int iy1 = 0;
        if (edge < horizontalCount) {
            ix0 = edge % (m_grid.nx - 1);
            iy0 = edge / (m_grid.nx - 1);
            ix1 = ix0 + 1;
            iy1 = iy0;
        } else {
            ix0 = (edge - horizontalCount) % m_grid.nx;
            iy0 = (edge - horizontalCount) / m_grid.nx;
            ix1 = ix0;
            iy1 = iy0 + 1;
        }
        const double v0 = m_grid.at(ix0, iy0);
        const double v1 = m_grid.at(ix1, iy1);
        const double t = (level - v0) / (v1 - v0);
        return {m_grid.x(ix0) + t * (m_grid.x(ix1) - m_grid.x(ix0)),
                m_grid.y(iy0) + t * (m_grid.y(iy1) - m_grid.y(iy0))};
    }

private:
    const ContourGrid& m_grid;
};

using Segment = std::pair<int, int>; // two edge ids

// The segments of one cell.  Corners in order 00, 10, 11, 01 (counter-clockwise from the
// bottom left); edge k joins corner k to corner k+1: bottom, right, top, left.
void appendCellSegments(const ContourGrid& grid, const EdgeIndex& edges, int ix, int iy,
                        double level, std::vector<Segment>& segments)
{
    const std::array<double, 4> corner{grid.at(ix, iy), grid.at(ix + 1, iy),
                                       grid.at(ix + 1, iy + 1), grid.at(ix, iy + 1)};
    for (double v : corner)
        if (!std::isfinite(v))
            return;
    const std::array<int, 4> edge{edges.horizontal(ix, iy), edges.vertical(ix + 1, iy),
                                  edges.horizontal(ix, iy + 1), edges.vertical(ix, iy)};
    std::array<bool, 4> above{};
    for (int k = 0; k < 4; ++k)
        above[k] = corner[k] >= level;

    std::array<int, 4> crossed{};
    int crossings = 0;
    for (int k = 0; k < 4; ++k)
        if (above[k] != above[(k + 1) % 4])
            crossed[crossings++] = k;
    if (crossings == 2) {
        segments.emplace_back(edge[crossed[0]], edge[crossed[1]]);
        return;
    }
    if (crossings != 4)
        return;
    // Saddle: corners 0 and 2 on one side, 1 and 3 on the other.  Each segment cuts off
    // one corner k (joining edge k-1 and edge k); the corners cut off are the two on the
    // side that the centre is not on.
    const double centre = (corner[0] + corner[1] + corner[2] + corner[3]) / 4.0;
    const bool centreAbove = centre >= level;
    const int first = above[0] == centreAbove ? 1 : 0;
    for (int k : {first, first + 2})
        segments.emplace_back(edge[(k + 3) % 4], edge[k]);
}

} // namespace

ContourGrid sampleGrid(int nx, int ny, double x0, double x1, double y0, double y1,
                       const std::function<double(double, double)>& f)
{
    checkGridShape(nx, ny, x0, x1, y0, y1);
    ensureMemoryFits(
        arrayBytes(static_cast<std::size_t>(nx), static_cast<std::size_t>(ny), sizeof(double)),
        "a contour grid of " + std::to_string(nx) + " x " + std::to_string(ny));
    ContourGrid grid{nx, ny, x0, x1, y0, y1, {}};
    grid.values.resize(static_cast<std::size_t>(nx) * ny);
    for (int iy = 0; iy < ny; ++iy)
        for (int ix = 0; ix < nx; ++ix)
            grid.values[static_cast<std::size_t>(iy) * nx + ix] = f(grid.x(ix), grid.y(iy));
    return grid;
}

std::vector<ContourPolyline> contourLines(const ContourGrid& grid, double level)
{
    checkGridShape(grid.nx, grid.ny, grid.x0, grid.x1, grid.y0, grid.y1);
    if (grid.values.size() != static_cast<std::size_t>(grid.nx) * grid.ny)
        throw std::invalid_argument("contour grid: " + std::to_string(grid.values.size()) +
                                    " values for a " + std::to_string(grid.nx) + " x " +
                                    std::to_string(grid.ny) + " grid");
    if (!std::isfinite(level))
        throw std::invalid_argument("contour level must be finite");

    const EdgeIndex edges(grid);
    std::vector<Segment> segments;
    for (int iy = 0; iy + 1 < grid.ny; ++iy)
        for (int ix = 0; ix + 1 < grid.nx; ++ix)
            appendCellSegments(grid, edges, ix, iy, level, segments);

    // An edge is shared by at most two cells and each cell crosses it at most once, so
    // every edge touches at most two segments.
    std::vector<std::array<int, 2>> touching(static_cast<std::size_t>(edges.count()),
                                             std::array<int, 2>{-1, -1});
    for (int s = 0; s < static_cast<int>(segments.size()); ++s)
        for (int e : {segments[s].first, segments[s].second})
            touching[e][touching[e][0] < 0 ? 0 : 1] = s;

    std::vector<bool> used(segments.size(), false);
    std::vector<ContourPolyline> lines;
    const auto walkFrom = [&](int startEdge, int segment) {
        ContourPolyline line{edges.crossing(startEdge, level)};
        int edge = startEdge;
        while (segment >= 0) {
            used[segment] = true;
            edge = segments[segment].first == edge ? segments[segment].second
                                                   : segments[segment].first;
            line.push_back(edges.crossing(edge, level));
            const auto& next = touching[edge];
            segment = next[0] >= 0 && !used[next[0]]   ? next[0]
                      : next[1] >= 0 && !used[next[1]] ? next[1]
                                                       : -1;
        }
        lines.push_back(std::move(line));
    };
    // Open curves start at an edge with one segment (the grid's border or a skipped
    // cell); what is left afterwards are closed loops, which end where they began.
    for (int e = 0; e < edges.count(); ++e)
        if (touching[e][0] >= 0 && touching[e][1] < 0 && !used[touching[e][0]])
            walkFrom(e, touching[e][0]);
    for (int s = 0; s < static_cast<int>(segments.size()); ++s)
        if (!used[s])
            walkFrom(segments[s].first, s);
    return lines;
}

} // namespace hopfield
