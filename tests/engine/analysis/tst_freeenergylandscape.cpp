#include "FuzzyCompare.h"
#include "analysis/FreeEnergyLandscape.h"

#include <QTest>
#include <cmath>

using namespace hopfield;

namespace {

FreeEnergyLandscapeSpec spec(int patterns, double temperature)
{
    FreeEnergyLandscapeSpec spec;
    spec.patterns = patterns;
    spec.temperature = temperature;
    spec.resolution = 45; // small: the grid only feeds the contours here
    return spec;
}

std::vector<StationaryPoint> minima(const FreeEnergyLandscape& landscape)
{
    std::vector<StationaryPoint> found;
    for (const StationaryPoint& point : landscape.stationaryPoints)
        if (point.kind == StationaryKind::Minimum)
            found.push_back(point);
    return found;
}

} // namespace

/// The free-energy landscape the studio draws: minima where AGS theory puts them
/// (SCIENCE.md section 1), on the plane of two overlaps or a slice through three.
class TestFreeEnergyLandscape : public QObject {
    Q_OBJECT

private slots:
    void twoPatternsAtZeroTemperatureHaveThePureStates()
    {
        // f = |m|^2 / 2 - max(|m1|, |m2|): minima at (+-1, 0) and (0, +-1), f = -1/2.
        const FreeEnergyLandscape landscape = computeFreeEnergyLandscape(spec(2, 0.0));
        const std::vector<StationaryPoint> found = minima(landscape);
        QCOMPARE(found.size(), std::size_t(4));
        for (const StationaryPoint& point : found) {
            QCOMPARE(point.structure == OverlapStructure::Retrieval ||
                         point.structure == OverlapStructure::Reversed,
                     true);
            // Newton to a 1e-11 gradient: exact to far better than 1e-9.
            HL_COMPARE_NEAR(point.overlaps.cwiseAbs().maxCoeff(), 1.0, 1e-9);
            HL_COMPARE_NEAR(point.overlaps.cwiseAbs().minCoeff(), 0.0, 1e-9);
            HL_COMPARE_NEAR(point.freeEnergy, -0.5, 1e-9);
        }
    }

    void retrievalOverlapSolvesTheMeanFieldEquation_data()
    {
        QTest::addColumn<double>("temperature");
        // SCIENCE.md rounds to 0.998 at T = 0.3 and 0.83 at T = 0.7.
        QTest::newRow("T = 0.3") << 0.3;
        QTest::newRow("T = 0.7") << 0.7;
    }

    void retrievalOverlapSolvesTheMeanFieldEquation()
    {
        QFETCH(double, temperature);
        // m = tanh(m / T) by fixed-point iteration, independent of the Newton search; the
        // map contracts (slope < 0.6 at the root for these T), so 2000 steps converge.
        double overlap = 1.0;
        for (int step = 0; step < 2000; ++step)
            overlap = std::tanh(overlap / temperature);
        const std::vector<StationaryPoint> found =
            minima(computeFreeEnergyLandscape(spec(2, temperature)));
        QVERIFY(!found.empty());
        for (const StationaryPoint& point : found)
            HL_COMPARE_NEAR(point.overlaps.cwiseAbs().maxCoeff(), overlap, 1e-8);
    }

    void sliceThroughTheThreeMixtureAtZeroTemperature()
    {
        // The symmetric 3-mixture: m = 1/2 each, E/N = -3 (1/2)^2 / 2 = -0.375.
        const FreeEnergyLandscape landscape = computeFreeEnergyLandscape(spec(3, 0.0));
        HL_COMPARE_NEAR(landscape.slice, 0.5, 1e-9);
        bool mixtureFound = false;
        for (const StationaryPoint& point : minima(landscape)) {
            if (point.structure != OverlapStructure::Mixture)
                continue;
            if (point.overlaps(0) > 0 && point.overlaps(1) > 0) {
                HL_COMPARE_NEAR(point.overlaps(0), 0.5, 1e-9);
                HL_COMPARE_NEAR(point.overlaps(1), 0.5, 1e-9);
                HL_COMPARE_NEAR(point.freeEnergy, -0.375, 1e-9);
                mixtureFound = true;
            }
        }
        QVERIFY(mixtureFound);
        for (const StationaryPoint& point : landscape.stationaryPoints)
            HL_COMPARE_NEAR(point.overlaps(2), 0.5, 1e-3); // all on the slice
    }

    void contoursSpanTheValues()
    {
        const FreeEnergyLandscape landscape = computeFreeEnergyLandscape(spec(2, 0.4));
        QCOMPARE(landscape.grid.nx, 45);
        QCOMPARE(landscape.levels.size(), std::size_t(14));
        QCOMPARE(landscape.contours.size(), std::size_t(14));
        for (std::size_t level = 1; level < landscape.levels.size(); ++level)
            QVERIFY(landscape.levels[level] > landscape.levels[level - 1]);
        for (const auto& lines : landscape.contours) {
            QVERIFY(!lines.empty()); // every level between min and max crosses the grid
            for (const ContourPolyline& line : lines)
                for (const ContourPoint& point : line)
                    QVERIFY(std::abs(point.x) <= 1.1 + 1e-12 && std::abs(point.y) <= 1.1 + 1e-12);
        }
    }

    void badSpecsAreRefused()
    {
        FreeEnergyLandscapeSpec bad = spec(4, 0.0);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, computeFreeEnergyLandscape(bad));
        bad = spec(2, 0.0);
        bad.resolution = 1;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, computeFreeEnergyLandscape(bad));
        bad = spec(2, -0.5);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, computeFreeEnergyLandscape(bad));
    }
};

QTEST_GUILESS_MAIN(TestFreeEnergyLandscape)
#include "tst_freeenergylandscape.moc"
