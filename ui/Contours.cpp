#include "Contours.h"

#include <array>
#include <cmath>
#include <unordered_map>

namespace hopfield::ui {
namespace {

/// A crossing of the level on one edge between neighbouring cell centres; `id` names the
/// edge so that the two squares sharing it find the same point.
struct Crossing {
    long long id;
    QPointF point;
};

struct Segment {
    Crossing a;
    Crossing b;
};

std::vector<Segment> marchingSquares(const HeatMapGrid& grid, double level)
{
    std::vector<Segment> segments;
    const auto index = [&grid](int i, int j) {
        return static_cast<long long>(j) * grid.nx + i;
    };
    for (int j = 0; j + 1 < grid.ny; ++j) {
        for (int i = 0; i + 1 < grid.nx; ++i) {
            // Corners counter-clockwise from bottom-left; edge k joins corner k and k + 1.
            const std::array<QPoint, 4> corner{QPoint(i, j), QPoint(i + 1, j), QPoint(i + 1, j + 1),
                                               QPoint(i, j + 1)};
            std::array<double, 4> value{};
            bool missing = false;
            for (std::size_t k = 0; k < 4; ++k) {
                value[k] = grid.value(corner[k].x(), corner[k].y());
                missing = missing || std::isnan(value[k]);
            }
            if (missing)
                continue;
            const std::array<long long, 4> edgeId{2 * index(i, j), 2 * index(i + 1, j) + 1,
                                                  2 * index(i, j + 1), 2 * index(i, j) + 1};
            std::array<Crossing, 4> crossing{};
            std::array<bool, 4> crosses{};
            int count = 0;
            for (std::size_t k = 0; k < 4; ++k) {
                const std::size_t next = (k + 1) % 4;
                crosses[k] = (value[k] > level) != (value[next] > level);
                if (!crosses[k])
                    continue;
                const double t = (level - value[k]) / (value[next] - value[k]);
                const QPointF from = grid.cellCenter(corner[k].x(), corner[k].y());
                const QPointF to = grid.cellCenter(corner[next].x(), corner[next].y());
                crossing[k] = {edgeId[k], from + t * (to - from)};
                ++count;
            }
            if (count == 2) {
                std::vector<Crossing> pair;
                for (std::size_t k = 0; k < 4; ++k)
                    if (crosses[k])
                        pair.push_back(crossing[k]);
                segments.push_back({pair[0], pair[1]});
            } else if (count == 4) {
                // A saddle: if the centre lies on the side of corner 0, corners 0 and 2 are
                // joined through it and the lines cut off corners 1 and 3.
                const double centre = 0.25 * (value[0] + value[1] + value[2] + value[3]);
                if ((centre > level) == (value[0] > level)) {
                    segments.push_back({crossing[0], crossing[1]});
                    segments.push_back({crossing[2], crossing[3]});
                } else {
                    segments.push_back({crossing[3], crossing[0]});
                    segments.push_back({crossing[1], crossing[2]});
                }
            }
        }
    }
    return segments;
}

} // namespace

std::vector<QPolygonF> contourLines(const HeatMapGrid& grid, double level)
{
    std::vector<QPolygonF> lines;
    if (!grid.isValid() || !std::isfinite(level))
        return lines;
    const std::vector<Segment> segments = marchingSquares(grid, level);
    // Each crossing belongs to at most two segments: walk the chains from their ends first,
    // then what is left are closed loops.
    std::unordered_map<long long, std::vector<std::size_t>> touching;
    for (std::size_t s = 0; s < segments.size(); ++s) {
        touching[segments[s].a.id].push_back(s);
        touching[segments[s].b.id].push_back(s);
    }
    std::vector<bool> used(segments.size(), false);
    auto walk = [&](std::size_t first, const Crossing& start) {
        QPolygonF line{start.point};
        long long at = start.id;
        std::size_t current = first;
        while (true) {
            used[current] = true;
            const Segment& segment = segments[current];
            const Crossing& next = segment.a.id == at ? segment.b : segment.a;
            line.append(next.point);
            at = next.id;
            std::size_t following = segments.size();
            for (std::size_t candidate : touching[at])
                if (!used[candidate])
                    following = candidate;
            if (following == segments.size())
                break;
            current = following;
        }
        lines.push_back(line);
    };
    for (std::size_t s = 0; s < segments.size(); ++s) {
        if (used[s])
            continue;
        const Crossing& a = segments[s].a;
        const Crossing& b = segments[s].b;
        if (touching[a.id].size() == 1)
            walk(s, a);
        else if (touching[b.id].size() == 1)
            walk(s, b);
    }
    for (std::size_t s = 0; s < segments.size(); ++s)
        if (!used[s])
            walk(s, segments[s].a);
    return lines;
}

} // namespace hopfield::ui
