#include "FuzzyCompare.h"
#include "TestSuite.h"
#include "analysis/ContourLines.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <stdexcept>

using namespace hopfield;

class TestContourLines : public QObject {
    Q_OBJECT
private slots:
    void circleIsOneClosedPolylineOnTheRadius()
    {
        // f = x^2 + y^2 on [-2, 2]^2 with spacing h = 0.05, level r^2.  On an edge the linear
        // interpolant of f errs by at most h^2/8 max|f''| = h^2/4 in value, so a crossing p
        // has |p|^2 = r^2 + e with |e| <= h^2/4, i.e. ||p| - r| <= h^2 / (4 (|p| + r)),
        // about h^2 / (8 r) = 3.1e-4 for r = 1.  We allow h^2 / (4 r).
        const int n = 81;
        const double h = 4.0 / (n - 1);
        const double r = 1.0;
        const ContourGrid grid = sampleGrid(n, n, -2.0, 2.0, -2.0, 2.0,
                                            [](double x, double y) { return x * x + y * y; });
        const auto lines = contourLines(grid, r * r);
        QCOMPARE(lines.size(), std::size_t{1});
        const ContourPolyline& circle = lines.front();
        QCOMPARE(circle.front().x, circle.back().x);
        QCOMPARE(circle.front().y, circle.back().y);
        // Roughly 4 crossings per unit length per direction: 2 pi r / h * 4/pi ~ 160.
        QVERIFY(circle.size() > 100);
        double length = 0.0;
        for (std::size_t i = 0; i < circle.size(); ++i) {
            HL_COMPARE_NEAR(std::hypot(circle[i].x, circle[i].y), r, h * h / (4 * r));
            if (i > 0)
                length += std::hypot(circle[i].x - circle[i - 1].x, circle[i].y - circle[i - 1].y);
        }
        // An inscribed polygon with chords <= sqrt(2) h: its perimeter falls short of 2 pi r
        // by at most ~ (sqrt(2) h)^2 / (24 r^2) relative, i.e. 2e-4 of the length; 1e-3 is safe.
        HL_COMPARE_NEAR(length, 2 * std::numbers::pi * r, 1e-3 * 2 * std::numbers::pi * r);
    }

    void planeGivesOneStraightOpenLineAcrossTheGrid()
    {
        // f = 2x - y is reproduced exactly by linear interpolation: every point lies on the
        // line 2x - y = 0.3 up to rounding, and the curve runs from border to border.
        const ContourGrid grid =
            sampleGrid(21, 11, -1.0, 1.0, 0.0, 1.0, [](double x, double y) { return 2 * x - y; });
        const auto lines = contourLines(grid, 0.3);
        QCOMPARE(lines.size(), std::size_t{1});
        const ContourPolyline& line = lines.front();
        for (const ContourPoint& p : line)
            HL_COMPARE_NEAR(2 * p.x - p.y, 0.3, 1e-12);
        const auto onBorder = [](const ContourPoint& p) {
            return std::abs(p.y) < 1e-12 || std::abs(p.y - 1.0) < 1e-12;
        };
        QVERIFY(onBorder(line.front()));
        QVERIFY(onBorder(line.back()));
        HL_COMPARE_NEAR(std::abs(line.front().x - line.back().x), 0.5, 1e-12);
    }

    void saddleCellFollowsTheCentreAverage()
    {
        // One cell, corners (0,0) = 1, (1,0) = -1, (1,1) = 2, (0,1) = -1.  Centre average
        // 0.25 >= 0: the above corners are joined, so the segments cut off the two below
        // corners (1,0) and (0,1).  With (1,1) = 0.5 the average is -0.125 and the
        // segments cut off the above corners (0,0) and (1,1) instead.
        const auto cutCorners = [](double topRight) -> std::vector<std::pair<double, double>> {
            const ContourGrid grid{2, 2, 0.0, 1.0, 0.0, 1.0, {1.0, -1.0, -1.0, topRight}};
            const auto lines = contourLines(grid, 0.0);
            std::vector<std::pair<double, double>> corners;
            for (const auto& line : lines) {
                // each line has two points, on the two edges meeting at the cut corner
                const double cx = std::abs(line[0].x - std::round(line[0].x)) < 1e-12
                                      ? std::round(line[0].x)
                                      : std::round(line[1].x);
                const double cy = std::abs(line[0].y - std::round(line[0].y)) < 1e-12
                                      ? std::round(line[0].y)
                                      : std::round(line[1].y);
                // a line of more than two points would mean the segments were misjoined
                corners.emplace_back(line.size() == 2 ? cx : -1.0, cy);
            }
            std::sort(corners.begin(), corners.end());
            return corners;
        };
        using Corners = std::vector<std::pair<double, double>>;
        QCOMPARE(cutCorners(2.0), (Corners{{0.0, 1.0}, {1.0, 0.0}}));
        QCOMPARE(cutCorners(0.5), (Corners{{0.0, 0.0}, {1.0, 1.0}}));
    }

    void cellsTouchingNonFiniteSamplesAreSkipped()
    {
        // f = x on a 3 x 3 grid over [0, 2]^2, level 0.5: the line x = 0.5 crosses both
        // cells of the left column.  An infinite sample at (0, 2) removes the upper one.
        ContourGrid grid = sampleGrid(3, 3, 0.0, 2.0, 0.0, 2.0, [](double x, double) { return x; });
        QCOMPARE(contourLines(grid, 0.5).front().size(), std::size_t{3});
        grid.values[6] = std::numeric_limits<double>::infinity();
        const auto lines = contourLines(grid, 0.5);
        QCOMPARE(lines.size(), std::size_t{1});
        QCOMPARE(lines.front().size(), std::size_t{2});
        HL_COMPARE_NEAR(std::max(lines.front()[0].y, lines.front()[1].y), 1.0, 1e-15);
    }

    void rejectsInconsistentGrids()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 contourLines(ContourGrid{1, 3, 0, 1, 0, 1, {0, 0, 0}}, 0.0));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 contourLines(ContourGrid{2, 2, 0, 1, 0, 1, {0, 0, 0}}, 0.0));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 contourLines(ContourGrid{2, 2, 1, 0, 0, 1, {0, 0, 0, 0}}, 0.0));
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            contourLines(ContourGrid{2, 2, 0, 1, 0, 1, {0, 0, 0, 0}}, std::nan("")));
    }
};

HOPFIELD_TEST_APPLESS_MAIN(TestContourLines)
#include "tst_contourlines.moc"
