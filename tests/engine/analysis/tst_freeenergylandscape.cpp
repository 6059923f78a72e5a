#include "FuzzyCompare.h"
#include "TestSuite.h"
#include "analysis/FreeEnergyLandscape.h"
#include "core/Rng.h"
#include "discrete/HopfieldNetwork.h"
#include "io/PatternFile.h"

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

/// Letters A and I of the built-in set, as the k x N sign matrix of the landscape.
PatternSet lettersAandI()
{
    const PatternSet all = readPatternFile(HOPFIELD_SOURCE_DIR "/resources/patterns/letters.txt");
    PatternSet chosen(all.width(), all.height());
    for (const char* name : {"A", "I"})
        for (const Pattern& pattern : all)
            if (pattern.name() == name)
                chosen.add(pattern);
    return chosen;
}

Eigen::MatrixXd sitesOf(const PatternSet& patterns)
{
    Eigen::MatrixXd sites(patterns.size(), patterns.neurons());
    for (int mu = 0; mu < patterns.size(); ++mu)
        for (int i = 0; i < patterns.neurons(); ++i)
            sites(mu, i) = patterns[mu][i];
    return sites;
}

const StationaryPoint* nearestMinimum(const std::vector<StationaryPoint>& found,
                                      const Eigen::Vector2d& at)
{
    const StationaryPoint* nearest = nullptr;
    for (const StationaryPoint& point : found)
        if (!nearest || (point.overlaps - at).norm() < (nearest->overlaps - at).norm())
            nearest = &point;
    return nearest;
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

    void storedLettersPutTheMinimumWhereTheNetworkGoes_data()
    {
        QTest::addColumn<double>("temperature");
        QTest::newRow("T = 0") << 0.0;
        QTest::newRow("T = 0.3") << 0.3;
    }

    void storedLettersPutTheMinimumWhereTheNetworkGoes()
    {
        // A and I are correlated: the network started on A stays on A, at the point
        // (m_A, m_I) = (1, xi^A . xi^I / N), not on the random-pattern minimum (1, 0).
        QFETCH(double, temperature);
        const PatternSet stored = lettersAandI();
        QCOMPARE(stored.size(), 2);
        HopfieldNetwork network(stored);
        network.setState(stored[0].spins());
        Rng rng(7);
        if (temperature == 0.0) {
            while (network.sweep(UpdateMode::RandomAsync, 0.0, rng) > 0) {
            }
        }
        const std::vector<double> overlaps = network.overlaps();
        const Eigen::Vector2d end(overlaps[0], overlaps[1]);
        QVERIFY(std::abs(end.y()) > 0.1); // the letters really are correlated

        FreeEnergyLandscapeSpec correlated = spec(2, temperature);
        correlated.sites = sitesOf(stored);
        const std::vector<StationaryPoint> found = minima(computeFreeEnergyLandscape(correlated));
        const StationaryPoint* retrieval = nearestMinimum(found, end);
        QVERIFY(retrieval != nullptr);
        QCOMPARE(stationaryPointName(*retrieval, {"A", "I"}), std::string("retrieval of A"));
        // Its overlaps solve m_mu = (1/N) sum_i xi_i^mu tanh(beta m . xi_i) (sign at T = 0).
        const Eigen::MatrixXd sites = sitesOf(stored);
        Eigen::Vector2d selfConsistent = Eigen::Vector2d::Zero();
        for (Eigen::Index i = 0; i < sites.cols(); ++i) {
            const double field = retrieval->overlaps.dot(sites.col(i));
            const double response =
                temperature == 0.0 ? (field > 0 ? 1.0 : -1.0) : std::tanh(field / temperature);
            selfConsistent += sites.col(i) * response / static_cast<double>(sites.cols());
        }
        QVERIFY((selfConsistent - retrieval->overlaps).norm() < 1e-9);
        if (temperature == 0.0)
            QVERIFY((retrieval->overlaps - end).norm() < 1e-9); // exactly the network's point
        QVERIFY(std::abs(retrieval->overlaps(1)) > 0.1);        // not on the axis

        // The random-pattern theory puts it at (1, 0): off by the letters' overlap.
        const std::vector<StationaryPoint> random =
            minima(computeFreeEnergyLandscape(spec(2, temperature)));
        QVERIFY((nearestMinimum(random, end)->overlaps - end).norm() > 0.1);
    }

    void storedPatternsMustMatchTheAxes()
    {
        FreeEnergyLandscapeSpec bad = spec(3, 0.0);
        bad.sites = sitesOf(lettersAandI());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, computeFreeEnergyLandscape(bad));
        bad = spec(2, 0.0);
        bad.sites = Eigen::MatrixXd::Constant(2, 5, 0.5);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, computeFreeEnergyLandscape(bad));
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

HOPFIELD_TEST_GUILESS_MAIN(TestFreeEnergyLandscape)
#include "tst_freeenergylandscape.moc"
