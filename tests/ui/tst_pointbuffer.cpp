#include "PointBuffer.h"
#include "TestSuite.h"

using hopfield::ui::PointBuffer;

/// A live series keeps a bounded, evenly thinned history and always shows its newest point.
class TestPointBuffer : public QObject {
    Q_OBJECT

private slots:
    void keepsEveryPointBelowCapacity()
    {
        PointBuffer buffer(8);
        for (int i = 0; i < 8; ++i)
            buffer.append(QPointF(i, -i));
        QCOMPARE(buffer.points().size(), 8);
        QCOMPARE(buffer.points().last(), QPointF(7, -7));
        QCOMPARE(buffer.stride(), 1);
    }

    void halvesPastCapacity()
    {
        // Points 0..8 into capacity 8: the ninth kept point halves to 0, 2, 4, 6, 8.
        PointBuffer buffer(8);
        for (int i = 0; i < 9; ++i)
            buffer.append(QPointF(i, 0));
        QCOMPARE(buffer.stride(), 2);
        QList<QPointF> expected;
        for (int i : {0, 2, 4, 6, 8})
            expected << QPointF(i, 0);
        QCOMPARE(buffer.points(), expected);
    }

    void newestPointIsAlwaysShown()
    {
        PointBuffer buffer(8);
        for (int i = 0; i < 10; ++i)
            buffer.append(QPointF(i, 0));
        // Stride 2: point 9 is not kept, but shown until point 10 replaces it.
        QCOMPARE(buffer.points().last(), QPointF(9, 0));
        QCOMPARE(buffer.points().size(), 6);
        buffer.append(QPointF(10, 0));
        QCOMPARE(buffer.points().last(), QPointF(10, 0));
        QCOMPARE(buffer.points().size(), 6);
    }

    void staysBoundedAndEven()
    {
        PointBuffer buffer(100);
        for (int i = 0; i <= 100000; ++i)
            buffer.append(QPointF(i, 0));
        QVERIFY(buffer.points().size() <= 101);
        QVERIFY(buffer.points().size() > 50);
        const QList<QPointF>& points = buffer.points();
        QCOMPARE(points.first().x(), 0.0);
        QCOMPARE(points.last().x(), 100000.0);
        // Every kept point is a multiple of the stride: an even thinning of the history.
        for (qsizetype i = 0; i + 1 < points.size(); ++i)
            QCOMPARE(static_cast<int>(points[i].x()) % buffer.stride(), 0);
    }

    void clearStartsOver()
    {
        PointBuffer buffer(4);
        for (int i = 0; i < 20; ++i)
            buffer.append(QPointF(i, 0));
        buffer.clear();
        QVERIFY(buffer.points().isEmpty());
        QCOMPARE(buffer.stride(), 1);
        buffer.append(QPointF(1, 1));
        QCOMPARE(buffer.points(), QList<QPointF>{QPointF(1, 1)});
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestPointBuffer)
#include "tst_pointbuffer.moc"
