#include "FuzzyCompare.h"
#include "TestSuite.h"
#include "analysis/MixtureStability.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

using namespace hopfield;

class TestMixtureStability : public QObject {
    Q_OBJECT
private slots:
    void zeroTemperatureOverlapsAndEnergies_data()
    {
        QTest::addColumn<int>("order");
        QTest::addColumn<double>("overlap");
        // m_n = 2^(1-n) C(n-1, (n-1)/2), E/N = -n m_n^2 / 2 (SCIENCE.md section 1).
        QTest::newRow("pure") << 1 << 1.0;
        QTest::newRow("n=3") << 3 << 0.5;
        QTest::newRow("n=5") << 5 << 0.375;
        QTest::newRow("n=7") << 7 << 0.3125;
    }
    void zeroTemperatureOverlapsAndEnergies()
    {
        QFETCH(int, order);
        QFETCH(double, overlap);
        const MixtureState state = symmetricMixture(order, 0.0);
        HL_COMPARE_NEAR(state.overlap, overlap, 1e-12); // bisection to 1e-15
        HL_COMPARE_NEAR(state.freeEnergy, -order * overlap * overlap / 2.0, 1e-12);
        QVERIFY(state.stable);
        HL_COMPARE_NEAR(state.lowestCurvature, 1.0, 1e-12); // the Hessian is I at T = 0
    }

    void threeMixtureLosesStabilityNearT046()
    {
        // AGS 1985 quote 0.461 for the loss of stability of the symmetric 3-mixture; the
        // smallest Hessian eigenvalue of f crosses zero at T = 0.459794 (an independent
        // NumPy check: bisection on m, numpy.linalg.eigvalsh of the 3 x 3 Hessian, bisection
        // on T).  Ours bisects to 1e-6; the quoted 0.461 is met within its rounding 0.002.
        const double critical = mixtureStabilityTemperature(3);
        HL_COMPARE_NEAR(critical, 0.459794, 2e-6);
        HL_COMPARE_NEAR(critical, 0.461, 0.002);
        QVERIFY(symmetricMixture(3, 0.45).stable);
        QVERIFY(!symmetricMixture(3, 0.47).stable);
        QVERIFY(symmetricMixture(3, 0.47).overlap > 0.1); // it exists, just unstable
    }

    void higherMixturesLoseStabilityEarlier()
    {
        const double t3 = mixtureStabilityTemperature(3);
        const double t5 = mixtureStabilityTemperature(5);
        const double t7 = mixtureStabilityTemperature(7);
        QVERIFY2(t5 < t3 && t7 < t5 && t7 > 0.0,
                 qPrintable(QStringLiteral("T3 %1 T5 %2 T7 %3").arg(t3).arg(t5).arg(t7)));
    }

    void hessianEigenspacesAgainstTemperature()
    {
        // The eigenvalues by eigenspace (I: the mixture's amplitude, II: inside it, III:
        // towards a pattern outside).  At T = 0 all are 1 (the Hessian is the identity).
        // The lowest, II, changes sign at the stability temperature 0.460 of the 3-mixture;
        // I and III stay positive there.  III is 1 - beta (1 - q) with q = <tanh^2(beta m z)>,
        // z = xi_1 + xi_2 + xi_3, worked here from the binomial weights 1/8, 3/8, 3/8, 1/8.
        const MixtureState cold = symmetricMixture(3, 0.0);
        HL_COMPARE_NEAR(cold.curvatureSymmetric, 1.0, 1e-12);
        HL_COMPARE_NEAR(cold.curvatureInternal, 1.0, 1e-12);
        HL_COMPARE_NEAR(cold.curvatureExternal, 1.0, 1e-12);
        const std::vector<MixtureState> curve = mixtureCurvatureCurve(3, {0.455, 0.465});
        QVERIFY(curve[0].curvatureInternal > 0.0);
        QVERIFY(curve[1].curvatureInternal < 0.0);
        for (const MixtureState& state : curve) {
            QVERIFY(state.curvatureSymmetric > 0.0);
            QVERIFY(state.curvatureExternal > 0.0);
            // With n = 3 patterns the lowest eigenvalue is II's (I is the other one).
            HL_COMPARE_NEAR(state.lowestCurvature,
                            std::min(state.curvatureSymmetric, state.curvatureInternal), 1e-10);
            const double beta = 1.0 / state.temperature;
            const double t1 = std::tanh(beta * state.overlap);
            const double t3 = std::tanh(3.0 * beta * state.overlap);
            const double q = 0.75 * t1 * t1 + 0.25 * t3 * t3;
            HL_COMPARE_NEAR(state.curvatureExternal, 1.0 - beta * (1.0 - q), 1e-10);
        }
        // Bisecting II's sign change lands on the stability temperature.
        double low = 0.4;
        double high = 0.5;
        while (high - low > 1e-7) {
            const double mid = 0.5 * (low + high);
            (symmetricMixture(3, mid).curvatureInternal > 0.0 ? low : high) = mid;
        }
        HL_COMPARE_NEAR(0.5 * (low + high), 0.459794, 2e-6);
    }

    void aboveTOneNoMixtureExists()
    {
        const MixtureState state = symmetricMixture(3, 1.05);
        QCOMPARE(state.overlap, 0.0);
        QVERIFY(!state.stable);
    }

    void rejectsNonsense()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, symmetricMixture(4, 0.1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, symmetricMixture(3, -1.0));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, mixtureStabilityTemperature(1));
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestMixtureStability)
#include "tst_mixturestability.moc"
