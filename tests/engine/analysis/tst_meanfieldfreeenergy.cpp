#include "FuzzyCompare.h"
#include "TestSuite.h"
#include "analysis/MeanFieldFreeEnergy.h"

#include <cmath>
#include <stdexcept>

using namespace hopfield;

namespace {

const StationaryPoint* pointNear(const std::vector<StationaryPoint>& points,
                                 const Eigen::VectorXd& overlaps, double tolerance)
{
    for (const StationaryPoint& p : points)
        if ((p.overlaps - overlaps).lpNorm<Eigen::Infinity>() < tolerance)
            return &p;
    return nullptr;
}

Eigen::VectorXd vec(std::initializer_list<double> values)
{
    Eigen::VectorXd v(static_cast<Eigen::Index>(values.size()));
    Eigen::Index i = 0;
    for (double x : values)
        v(i++) = x;
    return v;
}

} // namespace

class TestMeanFieldFreeEnergy : public QObject {
    Q_OBJECT
private slots:
    void zeroTemperatureValueIsHalfSquareMinusMeanAbsField()
    {
        // k = 2, m = (0.6, 0.2): m . xi in {0.8, 0.4, -0.4, -0.8}, <|m . xi|> = 0.6,
        // f = 0.5 * 0.4 - 0.6 = -0.4.
        const MeanFieldFreeEnergy f(2, 0.0);
        HL_COMPARE_NEAR(f.value(vec({0.6, 0.2})), -0.4, 1e-15);
        // A tiny positive T changes it by T ln(1 + e^{-2|x|/T}): nothing at T = 1e-3.
        HL_COMPARE_NEAR(MeanFieldFreeEnergy(2, 1e-3).value(vec({0.6, 0.2})), -0.4, 1e-12);
    }

    void gradientAndHessianMatchFiniteDifferences()
    {
        const MeanFieldFreeEnergy f(3, 0.5);
        const Eigen::VectorXd m = vec({0.3, -0.7, 0.45});
        const Eigen::VectorXd g = f.gradient(m);
        const Eigen::MatrixXd h = f.hessian(m);
        constexpr double step = 1e-5;
        for (int mu = 0; mu < 3; ++mu) {
            Eigen::VectorXd plus = m, minus = m;
            plus(mu) += step;
            minus(mu) -= step;
            // Central differences: error ~ step^2 f''' ~ 1e-10, rounding ~ 1e-16 / step.
            HL_COMPARE_NEAR(g(mu), (f.value(plus) - f.value(minus)) / (2 * step), 1e-8);
            const Eigen::VectorXd column = (f.gradient(plus) - f.gradient(minus)) / (2 * step);
            for (int nu = 0; nu < 3; ++nu)
                HL_COMPARE_NEAR(h(nu, mu), column(nu), 1e-8);
        }
    }

    void pureStatesAreTheDeepestMinimaAtZeroTemperature()
    {
        const auto points = findStationaryPoints(MeanFieldFreeEnergy(2, 0.0));
        const StationaryPoint* pure = pointNear(points, vec({1.0, 0.0}), 1e-9);
        QVERIFY(pure != nullptr);
        QCOMPARE(pure->kind, StationaryKind::Minimum);
        HL_COMPARE_NEAR(pure->freeEnergy, -0.5, 1e-12); // E/N = -1/2 for a pure state
        QCOMPARE(stationaryPointName(*pure, {"A", "B"}), std::string("retrieval of A"));
        // The four pure states +-(1,0), +-(0,1) are the lowest points.
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(points[static_cast<std::size_t>(i)].kind, StationaryKind::Minimum);
            HL_COMPARE_NEAR(points[static_cast<std::size_t>(i)].freeEnergy, -0.5, 1e-12);
        }
        const StationaryPoint* reversed = pointNear(points, vec({0.0, -1.0}), 1e-9);
        QVERIFY(reversed != nullptr);
        QCOMPARE(stationaryPointName(*reversed, {"A", "B"}), std::string("reversed B"));
        // The even mixture (1/2, 1/2) is stationary but not a minimum (AGS 1985).
        const StationaryPoint* even = pointNear(points, vec({0.5, 0.5}), 1e-9);
        QVERIFY(even != nullptr);
        QVERIFY(even->kind != StationaryKind::Minimum);
        // m = 0 is a maximum at T = 0: f = -<|m . xi|> + O(m^2) is a downward cone.
        const StationaryPoint* origin = pointNear(points, vec({0.0, 0.0}), 1e-9);
        QVERIFY(origin != nullptr);
        QCOMPARE(origin->kind, StationaryKind::Maximum);
        QCOMPARE(stationaryPointName(*origin), std::string("paramagnet (m = 0)"));
    }

    void threeMixtureIsALocalMinimumAtZeroTemperature()
    {
        const auto points = findStationaryPoints(MeanFieldFreeEnergy(3, 0.0));
        const StationaryPoint* mixture = pointNear(points, vec({0.5, 0.5, 0.5}), 1e-9);
        QVERIFY(mixture != nullptr);
        QCOMPARE(mixture->kind, StationaryKind::Minimum);
        HL_COMPARE_NEAR(mixture->freeEnergy, -0.375, 1e-12); // -n m_n^2 / 2, n = 3
        QCOMPARE(stationaryPointName(*mixture, {"A", "B", "C"}),
                 std::string("mixture of A, B and C"));
        const StationaryPoint* signedMixture = pointNear(points, vec({0.5, -0.5, 0.5}), 1e-9);
        QVERIFY(signedMixture != nullptr);
        QCOMPARE(stationaryPointName(*signedMixture, {"A", "B", "C"}),
                 std::string("mixture of A, -B and C"));
        // 6 pure states, 8 signed 3-mixtures are the minima, nothing else.
        int minima = 0;
        for (const StationaryPoint& p : points)
            minima += p.kind == StationaryKind::Minimum ? 1 : 0;
        QCOMPARE(minima, 14);
    }

    void retrievalOverlapSolvesMEqualsTanhBetaM_data()
    {
        QTest::addColumn<double>("temperature");
        QTest::addColumn<double>("overlap");
        // Roots of m = tanh(m / T) by fixed-point iteration (SCIENCE.md quotes 0.830 and
        // 0.998 to three digits): 0.828635 at T = 0.7, 0.997414 at T = 0.3.
        QTest::newRow("T=0.7") << 0.7 << 0.8286348;
        QTest::newRow("T=0.3") << 0.3 << 0.9974138;
    }
    void retrievalOverlapSolvesMEqualsTanhBetaM()
    {
        QFETCH(double, temperature);
        QFETCH(double, overlap);
        const auto points = findStationaryPoints(MeanFieldFreeEnergy(2, temperature));
        const StationaryPoint* pure = pointNear(points, vec({overlap, 0.0}), 1e-6);
        QVERIFY(pure != nullptr);
        QCOMPARE(pure->kind, StationaryKind::Minimum);
        // Newton converges to |grad f| < 1e-11, so the root is exact to ~1e-10.
        HL_COMPARE_NEAR(pure->overlaps(0), overlap, 1e-7);
        HL_COMPARE_NEAR(pure->overlaps(0), std::tanh(pure->overlaps(0) / temperature), 1e-10);
    }

    void aboveTOneOnlyTheParamagnetRemains()
    {
        const auto points = findStationaryPoints(MeanFieldFreeEnergy(2, 1.2));
        QCOMPARE(points.size(), std::size_t(1));
        QCOMPARE(points.front().structure, OverlapStructure::Paramagnet);
        QCOMPARE(points.front().kind, StationaryKind::Minimum);
        // f(0) = -T ln 2.
        HL_COMPARE_NEAR(points.front().freeEnergy, -1.2 * std::log(2.0), 1e-12);
    }

    void rejectsNonsense()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, MeanFieldFreeEnergy(0, 0.5));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, MeanFieldFreeEnergy(13, 0.5));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, MeanFieldFreeEnergy(2, -0.1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, MeanFieldFreeEnergy(2, NAN));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 MeanFieldFreeEnergy(2, 0.5).value(vec({1.0})));
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestMeanFieldFreeEnergy)
#include "tst_meanfieldfreeenergy.moc"
