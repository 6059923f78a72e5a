#include "FuzzyCompare.h"
#include "TestSuite.h"
#include "continuous/Gain.h"

#include <cmath>
#include <stdexcept>

using namespace hopfield;

Q_DECLARE_METATYPE(hopfield::GainKind)

class TestGain : public QObject {
    Q_OBJECT
private slots:
    void derivatives_data()
    {
        QTest::addColumn<GainKind>("kind");
        QTest::addColumn<double>("beta");
        QTest::newRow("tanh beta 1") << GainKind::Tanh << 1.0;
        QTest::newRow("tanh beta 4") << GainKind::Tanh << 4.0;
        QTest::newRow("logistic beta 1") << GainKind::Logistic << 1.0;
        QTest::newRow("logistic beta 3") << GainKind::Logistic << 3.0;
        QTest::newRow("arctan beta 10 (seed authors')") << GainKind::Arctan << 10.0;
        QTest::newRow("arctan beta 0.5") << GainKind::Arctan << 0.5;
    }

    void derivatives()
    {
        QFETCH(GainKind, kind);
        QFETCH(double, beta);
        const Gain g{kind, beta};
        // Central differences err by h^2/6 |f'''|; with h = 1e-5 and |f'''| <= 10 beta^3
        // here, that is < 2e-9 beta^3, plus rounding eps |f| / h ~ 1e-11.  Tolerance 1e-7.
        const double h = 1e-5;
        for (double u : {-2.0, -0.7, -0.1, 0.0, 0.05, 0.4, 1.3}) {
            const double numeric = (g.value(u + h) - g.value(u - h)) / (2 * h);
            HL_COMPARE_NEAR(g.slope(u), numeric, 1e-7 * std::max(1.0, beta * beta * beta));
            HL_COMPARE_NEAR(g.inverse(g.value(u)), u, 1e-9 * (1 + std::abs(u)));
            HL_COMPARE_NEAR(g.inverseIntegralAtPotential(u), g.inverseIntegral(g.value(u)), 1e-10);
        }
        // d/dv int g^{-1} = g^{-1}(v), inside the range and away from its ends.
        const double lo = g.lowest();
        const double hi = g.highest();
        for (double fraction : {0.1, 0.3, 0.5, 0.62, 0.9}) {
            const double v = lo + fraction * (hi - lo);
            const double numeric = (g.inverseIntegral(v + h) - g.inverseIntegral(v - h)) / (2 * h);
            // |(g^{-1})''| <= ~10^2 / beta at these v: error < 1e-8.
            HL_COMPARE_NEAR(numeric, g.inverse(v), 1e-7);
        }
        // The integral starts at g(0) and is infinite at the ends of the range.
        HL_COMPARE_NEAR(g.inverseIntegral(g.value(0.0)), 0.0, 1e-15);
        QVERIFY(std::isinf(g.inverseIntegral(hi)));
        QVERIFY(std::isinf(g.inverseIntegral(lo)));
    }

    void potentialFormStaysFiniteWhereTheOutputRoundsToOne()
    {
        // tanh(40) == 1 in double, so int g^{-1} at V = g(40) would be infinite; in u it is
        // u tanh(u) - ln cosh(u) = 40 - (40 - ln 2) + O(e^-80) = ln 2.
        const Gain g{GainKind::Tanh, 1.0};
        QCOMPARE(g.value(40.0), 1.0);
        HL_COMPARE_NEAR(g.inverseIntegralAtPotential(40.0), std::log(2.0), 1e-12);
        HL_COMPARE_NEAR(g.inverseIntegralAtPotential(-40.0), std::log(2.0), 1e-12);
    }

    void validatesBeta()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (Gain{GainKind::Tanh, 0.0}.validate()));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 (Gain{GainKind::Tanh, std::nan("")}.validate()));
        Gain{GainKind::Arctan, 0.1}.validate();
    }

    void namesRoundTrip()
    {
        for (GainKind kind : {GainKind::Tanh, GainKind::Logistic, GainKind::Arctan})
            QCOMPARE(gainKindFromName(gainKindName(kind)), kind);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, gainKindFromName("relu"));
    }
};

HOPFIELD_TEST_APPLESS_MAIN(TestGain)
#include "tst_gain.moc"
