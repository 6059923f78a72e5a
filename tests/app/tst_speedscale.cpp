#include "TestSuite.h"
#include "gui/retrieval/run/RetrievalSetup.h"
#include "gui/retrieval/view/SpeedScale.h"

#include <cmath>

using namespace hopfield::app;
using namespace hopfield::app::speedscale;

/// The speed slider: five log steps per decade, round numbers, and "max" at the end.
class TestSpeedScale : public QObject {
    Q_OBJECT

private slots:
    void positionsGiveRoundSpeeds_data()
    {
        QTest::addColumn<int>("position");
        QTest::addColumn<double>("speed");
        QTest::newRow("slowest: one spin a second") << 0 << 1.0;
        QTest::newRow("10^0.2") << 1 << 1.6;
        QTest::newRow("10^0.4") << 2 << 2.5;
        QTest::newRow("10") << 5 << 10.0;
        QTest::newRow("demo default") << 13 << 400.0;
        QTest::newRow("a decade up") << 15 << 1000.0;
        QTest::newRow("large") << 22 << 25000.0;
        QTest::newRow("fastest finite") << kMaxPosition - 1 << 1e6;
    }

    void positionsGiveRoundSpeeds()
    {
        QFETCH(int, position);
        QFETCH(double, speed);
        QCOMPARE(speedAt(position), speed);
        QCOMPARE(positionFor(speed), position);
    }

    void lastPositionIsUnlimited()
    {
        QVERIFY(std::isinf(speedAt(kMaxPosition)));
        QCOMPARE(positionFor(kUnlimitedSpeed), kMaxPosition);
    }

    void offScaleSpeedsSnapToTheNearest()
    {
        QCOMPARE(positionFor(390.0), 13);
        QCOMPARE(positionFor(0.1), 0);
        QCOMPARE(positionFor(1e9), kMaxPosition - 1);
    }

    void labelsAreShort()
    {
        QCOMPARE(speedLabel(400.0), QStringLiteral("400 updates/s"));
        QCOMPARE(speedLabel(1.6), QStringLiteral("1.6 updates/s"));
        QCOMPARE(speedLabel(1.0), QStringLiteral("1 update/s")); // singular (issue 11)
        QCOMPARE(speedLabel(25000.0), QStringLiteral("25k updates/s"));
        QCOMPARE(speedLabel(1e6), QStringLiteral("1M updates/s"));
        QCOMPARE(speedLabel(kUnlimitedSpeed), QStringLiteral("max"));
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestSpeedScale)
#include "tst_speedscale.moc"
