#include "TimeSeriesChartView.h"

#include <QTest>

using hopfield::ui::ChartAxes;
using hopfield::ui::TimeSeriesChartView;

/// The chart takes one value per series per frame and keeps its axes around the data.
class TestTimeSeriesChartView : public QObject {
    Q_OBJECT

private slots:
    void appendsOnePointPerSeries()
    {
        TimeSeriesChartView chart(QStringLiteral("overlaps"),
                                  ChartAxes{"t", "m", -1.0, 1.0, 0.5, 2.0});
        chart.setSeriesNames({"A", "B"});
        QCOMPARE(chart.seriesCount(), 2);
        chart.appendPoint(0.0, {0.5, -0.25});
        chart.appendPoint(0.5, {0.75, -0.5});
        QCOMPARE(chart.points(0), (QList<QPointF>{{0.0, 0.5}, {0.5, 0.75}}));
        QCOMPARE(chart.points(1), (QList<QPointF>{{0.0, -0.25}, {0.5, -0.5}}));
        QCOMPARE(chart.yRange(), QPointF(-1.0, 1.0));
    }

    void timeAxisGrowsToFit()
    {
        TimeSeriesChartView chart(QStringLiteral("e"), ChartAxes{"t", "E", 0.0, 0.0, 0.0, 2.0});
        chart.setSeriesNames({"E"});
        QCOMPARE(chart.xRange(), QPointF(0.0, 2.0));
        chart.appendPoint(7.3, {-0.4});
        QCOMPARE(chart.xRange().x(), 0.0);
        QVERIFY(chart.xRange().y() >= 7.3);
        QVERIFY(chart.xRange().y() <= 20.0);
    }

    void valueAxisFollowsTheData()
    {
        TimeSeriesChartView chart(QStringLiteral("e"), ChartAxes{"t", "E", 0.0, 0.0, 0.0, 2.0});
        chart.setSeriesNames({"E"});
        chart.appendPoint(0.0, {-0.1});
        chart.appendPoint(1.0, {-0.5});
        const QPointF range = chart.yRange();
        QVERIFY(range.x() <= -0.5);
        QVERIFY(range.y() >= -0.1);
        QVERIFY(range.y() - range.x() < 1.0);
    }

    void clearingKeepsTheSeries()
    {
        TimeSeriesChartView chart(QStringLiteral("o"), ChartAxes{"t", "m", -1.0, 1.0, 0.5, 2.0});
        chart.setSeriesNames({"A"});
        chart.appendPoint(5.0, {1.0});
        chart.clearPoints();
        QCOMPARE(chart.seriesCount(), 1);
        QVERIFY(chart.points(0).isEmpty());
        QCOMPARE(chart.xRange(), QPointF(0.0, 2.0));
    }

    void extraValuesAreIgnored()
    {
        TimeSeriesChartView chart(QStringLiteral("o"), ChartAxes{"t", "m", -1.0, 1.0, 0.5, 2.0});
        chart.setSeriesNames({"A"});
        chart.appendPoint(0.0, {1.0, 0.3, 0.2});
        QCOMPARE(chart.points(0).size(), 1);
    }
};

QTEST_MAIN(TestTimeSeriesChartView)
#include "tst_timeserieschartview.moc"
