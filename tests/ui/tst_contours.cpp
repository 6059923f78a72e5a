#include "Contours.h"

#include <QTest>
#include <cmath>
#include <limits>

using hopfield::ui::contourLines;
using hopfield::ui::HeatMapGrid;

/// Marching squares finds level lines where they are and joins them into polylines.
class TestContours : public QObject {
    Q_OBJECT

private slots:
    void circleIsOneClosedLoopAtItsRadius()
    {
        // f = x^2 + y^2 on 81 x 81 cells over [-1, 1]^2 (spacing h = 2/81); the level 0.25 is
        // the circle r = 0.5.  Linear interpolation along an edge misplaces the root of a
        // convex f by at most h^2 f'' / (8 |f'|) = h^2 / (8 r) = 1.5e-4; allow 1e-3.
        const HeatMapGrid grid = HeatMapGrid::sample(
            81, 81, {-1.0, -1.0}, {1.0, 1.0}, [](double x, double y) { return x * x + y * y; });
        const auto lines = contourLines(grid, 0.25);
        QCOMPARE(lines.size(), std::size_t(1));
        const QPolygonF& loop = lines.front();
        QVERIFY(loop.size() > 40);
        QCOMPARE(loop.front(), loop.back());
        for (const QPointF& point : loop)
            QVERIFY2(std::abs(std::hypot(point.x(), point.y()) - 0.5) < 1e-3,
                     qPrintable(QStringLiteral("%1, %2").arg(point.x()).arg(point.y())));
    }

    void planeGivesOneStraightOpenLine()
    {
        // f = x is linear, so the interpolated crossings are exact.
        const HeatMapGrid grid =
            HeatMapGrid::sample(20, 10, {0.0, 0.0}, {1.0, 1.0}, [](double x, double) { return x; });
        const auto lines = contourLines(grid, 0.3);
        QCOMPARE(lines.size(), std::size_t(1));
        // One point per row of cell centres, from the bottom row to the top row (either way).
        QCOMPARE(lines.front().size(), 10);
        for (const QPointF& point : lines.front())
            QVERIFY(std::abs(point.x() - 0.3) < 1e-12);
        const double ends[] = {lines.front().front().y(), lines.front().back().y()};
        QCOMPARE(std::min(ends[0], ends[1]), grid.cellCenter(0, 0).y());
        QCOMPARE(std::max(ends[0], ends[1]), grid.cellCenter(0, 9).y());
    }

    void missingDataBreaksTheLine()
    {
        HeatMapGrid grid =
            HeatMapGrid::sample(20, 10, {0.0, 0.0}, {1.0, 1.0}, [](double x, double) { return x; });
        // Cell (5, 4) has its centre at x = 0.275, beside the level 0.3.
        grid.values[4 * 20 + 5] = std::numeric_limits<double>::quiet_NaN();
        QCOMPARE(contourLines(grid, 0.3).size(), std::size_t(2));
    }

    void levelOutsideTheDataGivesNothing()
    {
        const HeatMapGrid grid = HeatMapGrid::sample(8, 8, {0.0, 0.0}, {1.0, 1.0},
                                                     [](double x, double y) { return x + y; });
        QVERIFY(contourLines(grid, 5.0).empty());
        QVERIFY(contourLines(grid, std::numeric_limits<double>::quiet_NaN()).empty());
    }
};

QTEST_GUILESS_MAIN(TestContours)
#include "tst_contours.moc"
