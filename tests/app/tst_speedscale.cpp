#include "RetrievalSetup.h"
#include "SpeedScale.h"

#include <QTest>
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
        QTest::newRow("slowest") << 0 << 10.0;
        QTest::newRow("10^0.2 x 10") << 1 << 16.0;
        QTest::newRow("10^0.4 x 10") << 2 << 25.0;
        QTest::newRow("demo default") << 8 << 400.0;
        QTest::newRow("a decade up") << 10 << 1000.0;
        QTest::newRow("large") << 17 << 25000.0;
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
        QCOMPARE(positionFor(390.0), 8);
        QCOMPARE(positionFor(1.0), 0);
        QCOMPARE(positionFor(1e9), kMaxPosition - 1);
    }

    void labelsAreShort()
    {
        QCOMPARE(speedLabel(400.0), QStringLiteral("400 updates/s"));
        QCOMPARE(speedLabel(25000.0), QStringLiteral("25k updates/s"));
        QCOMPARE(speedLabel(1e6), QStringLiteral("1M updates/s"));
        QCOMPARE(speedLabel(kUnlimitedSpeed), QStringLiteral("max"));
    }
};

QTEST_GUILESS_MAIN(TestSpeedScale)
#include "tst_speedscale.moc"
