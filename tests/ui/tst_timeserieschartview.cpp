#include "TestSuite.h"
#include "TimeSeriesChartView.h"

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

    void valueTicksPrintExactly()
    {
        // Issue 11, item 10: Qt's value axis adds 0.1 up from -0.3 and printed the sum at
        // zero as "5.55112e-17" (or "-0.0"); each tick now prints at the step's digits.
        TimeSeriesChartView chart(QStringLiteral("e"), ChartAxes{"t", "E", 0.0, 0.0, 0.0, 2.0});
        chart.setSeriesNames({"E"});
        chart.appendPoint(0.0, {-0.25});
        chart.appendPoint(1.0, {0.12});
        // The data with an 8% margin, [-0.28, 0.15], widened to whole steps of 0.1.
        QCOMPARE(chart.valueTickLabels(),
                 (QStringList{QStringLiteral("\u22120.3"), QStringLiteral("\u22120.2"),
                              QStringLiteral("\u22120.1"), QStringLiteral("0"),
                              QStringLiteral("0.1"), QStringLiteral("0.2")}));
        // The fixed overlap axis: -1 to 1 by halves, every label with the step's one digit.
        TimeSeriesChartView overlaps(QStringLiteral("m"), ChartAxes{"t", "m", -1.0, 1.0, 0.5, 2.0});
        QCOMPARE(overlaps.valueTickLabels(),
                 (QStringList{QStringLiteral("\u22121.0"), QStringLiteral("\u22120.5"),
                              QStringLiteral("0"), QStringLiteral("0.5"), QStringLiteral("1.0")}));
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

    void narrowChartKeepsItsValueLabelsReadable()
    {
        // Issue 11, items 7 and 10: the studio's energy chart at 1366 px is about 110 px
        // wide, and Qt Charts made room for the value axis's title by eliding every tick
        // label to "-...".  An axis that is not squeezed starts the plot at the same x
        // whatever the chart's width: with its title at the wide chart's x, without it at
        // one x further left for every narrow width.
        const auto plotLeft = [](int width, bool* titled) {
            TimeSeriesChartView chart(QStringLiteral("Energy"),
                                      ChartAxes{"sweep t", "energy E / N", 0.0, 0.0, 0.0, 2.0});
            chart.setSeriesNames({"E / N"});
            chart.appendPoint(0.0, {-0.05});
            chart.appendPoint(1.0, {-0.45});
            chart.resize(width, 230);
            chart.show();
            if (!QTest::qWaitForWindowExposed(&chart))
                return -1.0;
            QCoreApplication::processEvents();
            *titled = chart.valueTitleVisible();
            return chart.plotArea().left();
        };
        bool titled = false;
        const double titledLeft = plotLeft(400, &titled);
        QVERIFY(titled);
        double untitledLeft = 0.0;
        for (int width = 60; width <= 400; width += 10) {
            const double left = plotLeft(width, &titled);
            if (titled) {
                QVERIFY2(qAbs(left - titledLeft) < 0.5, qPrintable(QString::number(width)));
            } else {
                if (untitledLeft == 0.0)
                    untitledLeft = left;
                QVERIFY2(qAbs(left - untitledLeft) < 0.5, qPrintable(QString::number(width)));
            }
        }
        QVERIFY(untitledLeft > 0.0 && untitledLeft < titledLeft); // 110 px drops the title
        bool studioWidthTitled = true;
        plotLeft(110, &studioWidthTitled);
        QVERIFY(!studioWidthTitled);
    }

    void shortChartSpacesItsValueTicks()
    {
        // The continuous lab's speed chart at 1366x768 is short: seven value ticks came
        // closer than a label's height and Qt drew every label as "...".
        TimeSeriesChartView chart(QStringLiteral("Speed"),
                                  ChartAxes{"t", "norm", 0.0, 0.0, 0.0, 2.0});
        chart.setSeriesNames({"|X|"});
        chart.appendPoint(0.0, {0.0});
        chart.appendPoint(1.0, {3.1});
        chart.resize(360, 170);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        const int labels = static_cast<int>(chart.valueTickLabels().size());
        QVERIFY2(labels >= 2, qPrintable(chart.valueTickLabels().join(" ")));
        const double spacing = chart.plotArea().height() / (labels - 1);
        QVERIFY2(spacing >= 1.2 * QFontMetrics(chart.font()).height(),
                 qPrintable(QString::number(spacing)));
        // A tall chart keeps its finer ticks.
        chart.resize(360, 600);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QVERIFY(chart.valueTickLabels().size() > labels);
    }

    void extraValuesAreIgnored()
    {
        TimeSeriesChartView chart(QStringLiteral("o"), ChartAxes{"t", "m", -1.0, 1.0, 0.5, 2.0});
        chart.setSeriesNames({"A"});
        chart.appendPoint(0.0, {1.0, 0.3, 0.2});
        QCOMPARE(chart.points(0).size(), 1);
    }
};

HOPFIELD_TEST_MAIN(TestTimeSeriesChartView)
#include "tst_timeserieschartview.moc"
