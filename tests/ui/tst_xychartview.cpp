#include "FigureExport.h"
#include "InkedPixels.h"
#include "TestSuite.h"
#include "XYChartView.h"

#include <QImage>
#include <QPalette>
#include <QTemporaryDir>
#include <cmath>

using namespace hopfield::ui;

namespace {

/// A capacity-like curve: overlap falling from 1 to 0 around alpha = 0.14, with a spread.
XYSeries capacityCurve(const QString& name, double alphaC)
{
    XYSeries series{name, {}, {}, {}, Qt::SolidLine, true};
    for (int k = 1; k <= 12; ++k) {
        const double alpha = 0.02 * k;
        series.points.append({alpha, 0.5 * (1.0 - std::tanh((alpha - alphaC) / 0.02))});
        series.errors.append(0.06 * std::exp(-std::pow((alpha - alphaC) / 0.04, 2)));
    }
    return series;
}

} // namespace

/// The chart holds the curves and histograms it is given and fits its axes around them.
class TestXYChartView : public QObject {
    Q_OBJECT

private slots:
    void holdsTheSeriesGiven()
    {
        XYChartView chart(QStringLiteral("Capacity"), {QStringLiteral("α"), QStringLiteral("m")});
        chart.setSeries({capacityCurve(QStringLiteral("Hebb"), 0.138),
                         capacityCurve(QStringLiteral("Storkey"), 0.18)});
        QCOMPARE(chart.seriesCount(), 2);
        QCOMPARE(chart.series(1).name, QStringLiteral("Storkey"));
        QCOMPARE(chart.drawnPoints(0), QList<QPointF>(chart.series(0).points));
        chart.addSeries(
            {QStringLiteral("theory"), {{0.0, 1.0}, {0.138, 0.967}}, {}, {}, Qt::DashLine, false});
        QCOMPARE(chart.seriesCount(), 3);
        QCOMPARE(chart.drawnPoints(2).size(), 2);
    }

    void guideLinesStayOutOfTheLegend()
    {
        // The single-neuron plane: two dashed threshold lines that the view's text
        // explains, beside the paths and fixed points the legend must show unelided.
        XYChartView chart(QStringLiteral("plane"), {QStringLiteral("w1"), QStringLiteral("w2")});
        chart.setSeries({{QStringLiteral("neuron 1"), {{0.0, 0.0}, {1.0, 2.0}}, {}, {}},
                         {QStringLiteral("w · x1 = θ"),
                          {{0.0, 1.0}, {1.0, 0.0}},
                          {},
                          {},
                          Qt::DashLine,
                          false,
                          false}});
        QCOMPARE(chart.seriesCount(), 2);
        QCOMPARE(chart.drawnPoints(1).size(), 2);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QCOMPARE(chart.legendNames(), QStringList{QStringLiteral("neuron 1")});
    }

    void axesFitTheDataAndTheErrorBars()
    {
        XYChartView chart(QStringLiteral("c"), {QStringLiteral("x"), QStringLiteral("y")});
        chart.setSeries(
            {{QStringLiteral("a"), {{1.0, 2.0}, {3.0, 4.0}}, {0.5, 1.5}, {}, Qt::SolidLine, true}});
        // y spans 2 - 0.5 = 1.5 to 4 + 1.5 = 5.5 with its error bars.
        QVERIFY(chart.yRange().x() <= 1.5);
        QVERIFY(chart.yRange().y() >= 5.5);
        QVERIFY(chart.yRange().y() - chart.yRange().x() < 8.0);
        QVERIFY(chart.xRange().x() <= 1.0 && chart.xRange().y() >= 3.0);
    }

    void fixedRangesAreKept()
    {
        XYChartView chart(QStringLiteral("c"),
                          {QStringLiteral("α"), QStringLiteral("m"), false, 0.0, 0.25, 0.0, 1.0});
        chart.setSeries({capacityCurve(QStringLiteral("Hebb"), 0.138)});
        QCOMPARE(chart.xRange(), QPointF(0.0, 0.25));
        QCOMPARE(chart.yRange(), QPointF(0.0, 1.0));
    }

    void logAxisDropsNonPositiveXAndSpansDecades()
    {
        XYChartView chart(QStringLiteral("c"),
                          {QStringLiteral("examples M"), QStringLiteral("error"), true});
        chart.setSeries({{QStringLiteral("e"),
                          {{0.0, 1.0}, {2.0, 0.5}, {30.0, 0.1}, {400.0, 0.01}},
                          {},
                          {},
                          Qt::SolidLine,
                          true}});
        QCOMPARE(chart.drawnPoints(0).size(), 3);
        QCOMPARE(chart.xRange(), QPointF(1.0, 1000.0));
    }

    void histogramStartsAtZeroCounts()
    {
        XYChartView chart(QStringLiteral("h"), {QStringLiteral("m"), QStringLiteral("count")});
        chart.addHistogram({QStringLiteral("final overlap"),
                            {-1.0, -0.5, 0.0, 0.5, 1.0},
                            {3.0, 1.0, 4.0, 40.0},
                            {}});
        QCOMPARE(chart.histogramCount(), 1);
        QCOMPARE(chart.yRange().x(), 0.0);
        QVERIFY(chart.yRange().y() >= 40.0);
        QCOMPARE(chart.xRange(), QPointF(-1.0, 1.0));
        chart.clear();
        QCOMPARE(chart.histogramCount(), 0);
        QCOMPARE(chart.seriesCount(), 0);
    }

    /// Renders the demo figure (into $HOPFIELD_FIGURE_DIR when set, for a person to look at)
    /// at a size unlike the widget's: the export lays the chart out at the requested size.
    void shortChartSpacesItsValueTicks()
    {
        // The plasticity lab's response chart at 1280x800 is short: seven value ticks came
        // closer than a label's height and Qt drew every label as "...".
        XYChartView chart(QStringLiteral("Responses"), {"image", "y", false, 0, 0, 0, 0});
        chart.setSeries({capacityCurve(QStringLiteral("y"), 0.14)});
        chart.resize(360, 170);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        const int labels = static_cast<int>(chart.yTickLabels().size());
        QVERIFY2(labels >= 2, qPrintable(chart.yTickLabels().join(" ")));
        const double spacing = chart.plotArea().height() / (labels - 1);
        QVERIFY2(spacing >= 1.2 * QFontMetrics(chart.font()).height(),
                 qPrintable(QString::number(spacing)));
        // A tall chart keeps its finer ticks.
        chart.resize(360, 600);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QVERIFY(chart.yTickLabels().size() > labels);
    }

    void exportsAtTheRequestedSize()
    {
        QTemporaryDir temporary;
        QString folder = qEnvironmentVariable("HOPFIELD_FIGURE_DIR");
        if (folder.isEmpty())
            folder = temporary.path();
        XYChartView chart(QStringLiteral("Capacity of the learning rules"),
                          {QStringLiteral("load α = P/N"), QStringLiteral("final overlap m")});
        chart.resize(300, 200);
        chart.setSeries({capacityCurve(QStringLiteral("Hebb"), 0.138),
                         capacityCurve(QStringLiteral("Storkey"), 0.18),
                         {QStringLiteral("theory (AGS)"),
                          {{0.02, 1.0}, {0.138, 0.967}},
                          {},
                          {},
                          Qt::DashLine,
                          false}});
        XYChartView histogram(QStringLiteral("Overlap after retrieval"),
                              {QStringLiteral("final overlap m"), QStringLiteral("trials")});
        histogram.resize(300, 200);
        histogram.addHistogram({QStringLiteral("α = 0.05"),
                                {-1.0, -0.6, -0.2, 0.2, 0.6, 1.0},
                                {2.0, 0.0, 5.0, 8.0, 85.0},
                                {}});
        histogram.addHistogram({QStringLiteral("α = 0.2"),
                                {-1.0, -0.6, -0.2, 0.2, 0.6, 1.0},
                                {10.0, 12.0, 38.0, 25.0, 15.0},
                                {}});
        for (auto [view, name] :
             {std::pair{&chart, "xychart-demo.png"}, std::pair{&histogram, "histogram-demo.png"}}) {
            const QString path = folder + QLatin1Char('/') + QLatin1String(name);
            QCOMPARE(figure::write(*view, path, {QSizeF(640, 420), 150.0, {}}), QString());
            QCOMPARE(QImage(path).size(), QSize(1000, 656));
        }
        QCOMPARE(chart.size(), QSize(300, 200));

        // Projector mode: thicker lines, bigger markers and text put more ink on the page.
        const QString normal = folder + QStringLiteral("/xychart-normal.png");
        const QString projector = folder + QStringLiteral("/xychart-presentation.png");
        QCOMPARE(figure::write(chart, normal, {QSizeF(640, 420), 96.0, {}}), QString());
        chart.setPresentationScale(1.8);
        QCOMPARE(figure::write(chart, projector, {QSizeF(640, 420), 96.0, {}}), QString());
        QVERIFY(inkedPixels(QImage(projector)) > 1.3 * inkedPixels(QImage(normal)));

        // A dark palette gives a dark figure.
        QPalette dark = chart.palette();
        dark.setColor(QPalette::Base, QColor(0x20, 0x22, 0x26));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        chart.setPalette(dark);
        const QString darkPath = folder + QStringLiteral("/xychart-dark.png");
        QCOMPARE(figure::write(chart, darkPath, {QSizeF(640, 420), 96.0, {}}), QString());
        QCOMPARE(QImage(darkPath).pixelColor(2, 2), QColor(0x20, 0x22, 0x26));
    }
};

HOPFIELD_TEST_MAIN(TestXYChartView)
#include "tst_xychartview.moc"
