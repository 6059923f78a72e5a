#include "NiceTicks.h"
#include "TestSuite.h"

namespace ticks = hopfield::ui::ticks;

/// Ticks fall on 1, 2 or 5 times a power of ten and are labelled with the digits they need.
class TestNiceTicks : public QObject {
    Q_OBJECT

private slots:
    void ceilingIsOneTwoOrFive_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("ceiling");
        QTest::newRow("1") << 1.0 << 1.0;
        QTest::newRow("0.3") << 0.3 << 0.5;
        QTest::newRow("1.2") << 1.2 << 2.0;
        QTest::newRow("7") << 7.0 << 10.0;
        QTest::newRow("0.002") << 0.002 << 0.002;
    }
    void ceilingIsOneTwoOrFive()
    {
        QFETCH(double, value);
        QFETCH(double, ceiling);
        QCOMPARE(ticks::niceCeiling(value), ceiling);
    }

    void ticksCoverTheRange()
    {
        QCOMPARE(ticks::niceTicks(0.0, 1.0, 6),
                 (std::vector<double>{0.0, 0.2, 0.4, 0.6, 0.8, 1.0}));
        QCOMPARE(ticks::niceTicks(-1.0, 1.0, 5), (std::vector<double>{-1.0, -0.5, 0.0, 0.5, 1.0}));
        QCOMPARE(ticks::niceTicks(0.013, 0.87, 5), (std::vector<double>{0.2, 0.4, 0.6, 0.8}));
        QVERIFY(ticks::niceTicks(1.0, 1.0, 5).empty());
    }

    void labelsUseTheDigitsOfTheStep()
    {
        QCOMPARE(ticks::tickLabel(0.25, 0.05), QStringLiteral("0.25"));
        QCOMPARE(ticks::tickLabel(0.4, 0.2), QStringLiteral("0.4"));
        QCOMPARE(ticks::tickLabel(3.0, 1.0), QStringLiteral("3"));
        // A typographic minus, and zero exactly even after rounding noise.
        QCOMPARE(ticks::tickLabel(-0.5, 0.5), QString(QChar(0x2212)) + QStringLiteral("0.5"));
        QCOMPARE(ticks::tickLabel(1e-17, 0.2), QStringLiteral("0"));
        QCOMPARE(ticks::tickLabel(200000.0, 100000.0), QStringLiteral("2e+05"));
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestNiceTicks)
#include "tst_niceticks.moc"
