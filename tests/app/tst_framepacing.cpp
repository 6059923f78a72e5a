#include "TestSuite.h"
#include "gui/common/FramePacing.h"

#include <cmath>
#include <limits>

using namespace hopfield::app::pacing;

/// Chunk sizing and frame throttling, worked by hand: a chunk is speed x elapsed time,
/// capped by what fits in its compute budget, and the fractions add up over frames.
class TestFramePacing : public QObject {
    Q_OBJECT

private slots:
    void chunkIsSpeedTimesElapsed_data()
    {
        QTest::addColumn<double>("speed");
        QTest::addColumn<double>("elapsed");
        QTest::addColumn<double>("carry");
        QTest::addColumn<qint64>("updates");
        QTest::addColumn<double>("newCarry");
        // 400 updates/s for 1/60 s: 6.67 updates, 6 now and 0.67 owed.
        QTest::newRow("400/s, one frame")
            << 400.0 << 1.0 / 60 << 0.0 << qint64(6) << 400.0 / 60 - 6;
        QTest::newRow("carry completes an update")
            << 400.0 << 1.0 / 60 << 0.5 << qint64(7) << 400.0 / 60 + 0.5 - 7;
        QTest::newRow("slow: nothing yet") << 10.0 << 0.05 << 0.0 << qint64(0) << 0.5;
        QTest::newRow("1e5/s, 10 ms") << 1e5 << 0.01 << 0.0 << qint64(1000) << 0.0;
        // A stall of 5 s is made up for only up to kMaxCatchUp = 0.1 s.
        QTest::newRow("after a stall") << 400.0 << 5.0 << 0.0 << qint64(40) << 0.0;
        QTest::newRow("zero speed") << 0.0 << 1.0 << 0.0 << qint64(0) << 0.0;
    }

    void chunkIsSpeedTimesElapsed()
    {
        QFETCH(double, speed);
        QFETCH(double, elapsed);
        QFETCH(double, carry);
        QFETCH(qint64, updates);
        QFETCH(double, newCarry);
        const ChunkPlan plan = planChunk(speed, elapsed, carry, 1e7, 1.0 / 120);
        QCOMPARE(plan.updates, updates);
        QVERIFY(std::abs(plan.carry - newCarry) < 1e-9);
    }

    void framesAddUpToTheSpeed()
    {
        // Sixty frames of 1/60 s at 400 updates/s make 400 updates, none lost to rounding.
        double carry = 0.0;
        qint64 total = 0;
        for (int frame = 0; frame < 60; ++frame) {
            const ChunkPlan plan = planChunk(400.0, 1.0 / 60, carry, 1e7, 1.0 / 120);
            total += plan.updates;
            carry = plan.carry;
        }
        QVERIFY(total == 399 || total == 400);
    }

    void chunkFitsTheBudget()
    {
        // 10^6 updates/s wanted for 1/60 s = 16,667, but 10^5/s of compute in 8.3 ms
        // affords only 833: do those and owe nothing, rather than fall ever further behind.
        const ChunkPlan plan = planChunk(1e6, 1.0 / 60, 0.0, 1e5, 1.0 / 120);
        QCOMPARE(plan.updates, qint64(833));
        QCOMPARE(plan.carry, 0.0);
    }

    void unlimitedSpeedFillsTheBudget()
    {
        const double unlimited = std::numeric_limits<double>::infinity();
        QCOMPARE(planChunk(unlimited, 0.0, 0.0, 3e6, 0.01).updates, qint64(30000));
        // Always some progress, even before the throughput is known.
        QCOMPARE(planChunk(unlimited, 0.0, 0.0, 0.0, 0.01).updates, qint64(1));
    }

    void throughputFollowsMeasurements()
    {
        // 0.7 x 1e6 + 0.3 x (5000 / 1 ms = 5e6) = 2.2e6.
        QCOMPARE(smoothedThroughput(1e6, 5000, 0.001), 2.2e6);
        // Chunks too short to time, or empty, leave it alone.
        QCOMPARE(smoothedThroughput(1e6, 5, 1e-6), 1e6);
        QCOMPARE(smoothedThroughput(1e6, 0, 0.01), 1e6);
    }

    void chunksEndWhenTheNextFrameIsDue_data()
    {
        QTest::addColumn<double>("sinceLastFrame");
        QTest::addColumn<double>("budget");
        QTest::addColumn<qint64>("updates"); ///< at unlimited speed and 6e6 updates/s
        // Frames 15 ms apart: right after one, a chunk may take all 15 ms; 10 ms later,
        // the 5 ms left.
        QTest::newRow("just after a frame") << 0.0 << 0.015 << qint64(90000);
        QTest::newRow("10 ms after") << 0.010 << 0.005 << qint64(30000);
        // Due already (the GUI held the last frames back): a short chunk, not none.
        QTest::newRow("due now") << 0.015 << 0.001 << qint64(6000);
        QTest::newRow("late") << 0.050 << 0.001 << qint64(6000);
        // Never more than one interval, whatever the reading.
        QTest::newRow("negative") << -1.0 << 0.015 << qint64(90000);
    }

    void chunksEndWhenTheNextFrameIsDue()
    {
        QFETCH(double, sinceLastFrame);
        QFETCH(double, budget);
        QFETCH(qint64, updates);
        QVERIFY(std::abs(chunkBudget(sinceLastFrame) - budget) < 1e-12);
        // At unlimited speed the chunk is the updates that fit before the frame, give or
        // take one for the rounding of 0.015 - 0.010 in binary.
        const qint64 planned =
            planChunk(std::numeric_limits<double>::infinity(), 0.0, 0.0, 6e6, budget).updates;
        QVERIFY(std::abs(planned - updates) <= 1);
    }

    void framesAreThrottled()
    {
        QVERIFY(!frameDue(0.0));
        QVERIFY(!frameDue(0.010));
        QVERIFY(frameDue(1.0 / 60));
        // So at most 1 / kMinFrameInterval = 66 frames a second.
        QVERIFY(1.0 / kMinFrameInterval <= 70.0);
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestFramePacing)
#include "tst_framepacing.moc"
