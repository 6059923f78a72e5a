#include "HeatMapView.h"
#include "LabPanelExports.h"
#include "NeuronGridView.h"
#include "TestSuite.h"
#include "TimeSeriesChartView.h"
#include "XYChartView.h"
#include "core/Pattern.h"
#include "gui/generative/BamPanel.h"
#include "gui/generative/GenerativeLab.h"
#include "gui/generative/LayeredPanel.h"
#include "gui/generative/MixtureHessianPanel.h"
#include "gui/generative/RbmPanel.h"
#include "gui/generative/SingleRulePanel.h"
#include "gui/patterns/PatternResource.h"

#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>

using namespace hopfield;
using namespace hopfield::app;

namespace {

QPushButton* cancelButton(QWidget& panel)
{
    return panel.findChild<QPushButton*>(QStringLiteral("cancel"));
}

} // namespace

class GenerativeLabTest : public QObject {
    Q_OBJECT

private slots:
    void theLabHoldsItsFivePanels();
    void everyPanelFitsA1280By800Window();
    void bamRetrievesAPairFromACorruptedHalf();
    void bamRetrievesTheLetterFromACorruptedDigit();
    void bamCapacityCurveGrowsAndExports();
    void bamCapacitySweepCancels();
    void layeredPanelShowsEveryLayer();
    void separationMapFillsRowByRow();
    void separationMapCancels();
    void rbmHiddenUnitsReadTheOverlaps();
    void rbmTrainingRaisesTheExactLikelihood();
    void singleRuleSharpensAtZeroAndGeneratesAtOne();
    void learningCurveCsvKeepsTheCliNames();
    void mixtureHessianChangesSignAtTheStabilityTemperature();
};

void GenerativeLabTest::theLabHoldsItsFivePanels()
{
    GenerativeLab lab;
    QCOMPARE(lab.views()->count(), 5);
    QCOMPARE(lab.views()->widget(0), static_cast<QWidget*>(lab.bam()));
    QCOMPARE(lab.views()->widget(1), static_cast<QWidget*>(lab.layered()));
}

void GenerativeLabTest::everyPanelFitsA1280By800Window()
{
    // The window's tab bar, margins and menus take about 40 x 90 pixels of 1280 x 800.
    GenerativeLab lab;
    for (int k = 0; k < lab.views()->count(); ++k) {
        const QSize size = lab.views()->widget(k)->minimumSizeHint();
        QVERIFY2(
            size.width() <= 1200 && size.height() <= 700,
            qPrintable(
                QStringLiteral("panel %1: %2 x %3").arg(k).arg(size.width()).arg(size.height())));
    }
}

void GenerativeLabTest::bamRetrievesAPairFromACorruptedHalf()
{
    BamPanel panel;
    BamRunSetup setup;
    setup.pairs = 3;
    setup.cue = 1; // O <-> 4
    setup.noise = 0.2;
    panel.setRunSetup(setup);
    QSignalSpy finished(&panel, &BamPanel::runFinished);
    panel.run();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    const BamFrame& frame = panel.lastFrame();
    QVERIFY(frame.firstOverlaps[1] > 0.9);
    QVERIFY(frame.secondOverlaps[1] > 0.9);
    // The digit layer started at random: its partner came through W^T s.
    QCOMPARE(panel.secondLayer()->spins().size(), 256);
    const PatternSet digits =
        loadPatterns(QStringLiteral(":/patterns/digits.txt"), {QStringLiteral("4")});
    const QVector<qint8>& tau = panel.secondLayer()->spins();
    QCOMPARE(overlap(std::span<const Spin>(tau.data(), static_cast<std::size_t>(tau.size())),
                     digits[0].spins()),
             frame.secondOverlaps[1]);
    // Synchronous reverberation never raises E = -s^T W tau (Kosko 1988).
    QTemporaryDir directory;
    QCOMPARE(panel.exportTo(0, directory.filePath(QStringLiteral("run.csv"))), QString());
    QFile csv(directory.filePath(QStringLiteral("run.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = csv.readAll().trimmed().split('\n');
    QVERIFY(rows.size() >= 3); // the header, the start and at least one step
    double previous = INFINITY;
    for (int r = 1; r < rows.size(); ++r) {
        const double energy = rows[r].split(',').at(1).toDouble();
        QVERIFY2(energy <= previous + 1e-9, rows[r].constData());
        previous = energy;
    }
}

void GenerativeLabTest::bamRetrievesTheLetterFromACorruptedDigit()
{
    BamPanel panel;
    BamRunSetup setup;
    setup.pairs = 3;
    setup.cue = 0; // A <-> 1, from the digit
    setup.cueDigit = true;
    setup.noise = 0.15;
    panel.setRunSetup(setup);
    QSignalSpy finished(&panel, &BamPanel::runFinished);
    panel.run();
    QVERIFY(finished.wait(20000));
    QVERIFY(panel.lastFrame().firstOverlaps[0] > 0.9);
}

void GenerativeLabTest::bamCapacityCurveGrowsAndExports()
{
    BamPanel panel;
    BamCapacitySetup setup;
    setup.neurons = 40;
    setup.alphaStop = 0.2;
    setup.alphaStep = 0.02;
    setup.trials = 2;
    panel.setCapacitySetup(setup);
    QSignalSpy shown(&panel, &BamPanel::capacityShown);
    panel.compute();
    QVERIFY(shown.wait(30000));
    const BamCapacityResult& result = panel.capacity();
    QCOMPARE(result.alphas.size(), 10);
    QCOMPARE(result.alphas.front(), 0.02);
    // One pair (P = round(0.02 * 40) = 1) from 10% noise: always retrieved.
    QCOMPARE(result.retrievedFractions.front(), 1.0);
    QCOMPARE(panel.capacityView()->seriesCount(), 2);
    QCOMPARE(panel.capacityView()->series(0).points.size(), 10);
    QTemporaryDir directory;
    lab_test::checkFigureExports(panel, 1, directory.path(), QStringLiteral("bam-capacity"));
}

void GenerativeLabTest::bamCapacitySweepCancels()
{
    BamPanel panel;
    BamCapacitySetup setup;
    setup.neurons = 1000;
    setup.alphaStop = 1.0;
    setup.trials = 50;
    panel.setCapacitySetup(setup);
    QSignalSpy shown(&panel, &BamPanel::capacityShown);
    panel.compute();
    QVERIFY(cancelButton(panel)->isEnabled());
    QTest::qWait(200);
    panel.cancel();
    QVERIFY(!cancelButton(panel)->isEnabled());
    QVERIFY(!shown.wait(1500));
}

void GenerativeLabTest::layeredPanelShowsEveryLayer()
{
    LayeredPanel panel;
    LayeredRunSetup setup;
    setup.layers = 4;
    setup.sweeps = 5;
    panel.setRunSetup(setup);
    QSignalSpy finished(&panel, &LayeredPanel::runFinished);
    panel.run();
    QVERIFY(finished.wait(20000));
    QCOMPARE(static_cast<int>(panel.layerViews().size()), 4);
    QCOMPARE(static_cast<int>(panel.overlapCharts().size()), 4);
    QCOMPARE(panel.lastFrame().layers.size(), 4);
    for (int a = 0; a < 4; ++a) {
        QCOMPARE(panel.layerViews()[static_cast<std::size_t>(a)]->spins().size(), 400);
        QCOMPARE(panel.overlapCharts()[static_cast<std::size_t>(a)]->seriesCount(), 3);
        // Sweeps 0 (the mixture) to 5.
        QCOMPARE(panel.overlapCharts()[static_cast<std::size_t>(a)]->points(0).size(), 6);
    }
}

void GenerativeLabTest::separationMapFillsRowByRow()
{
    LayeredPanel panel;
    SeparationMapSetup setup;
    setup.lambdaStop = 0.2;
    setup.lambdaStep = 0.1;
    setup.temperatureStop = 0.2;
    setup.temperatureStep = 0.1;
    setup.trials = 2;
    panel.setMapSetup(setup);
    QSignalSpy rows(&panel, &LayeredPanel::mapRowShown);
    QSignalSpy shown(&panel, &LayeredPanel::mapShown);
    QList<int> nanCounts;
    connect(&panel, &LayeredPanel::mapRowShown, this, [&panel, &nanCounts](int) {
        const QVector<double>& fractions = panel.map().fractions;
        nanCounts << static_cast<int>(std::count_if(fractions.begin(), fractions.end(),
                                                    [](double f) { return std::isnan(f); }));
    });
    panel.compute();
    QVERIFY(shown.wait(60000));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).at(0).toInt(), 1);
    QCOMPARE(rows.at(2).at(0).toInt(), 3);
    // Three lambdas x three temperatures: 6, then 3, then no cells left to fill.
    QCOMPARE(nanCounts, QList<int>({6, 3, 0}));
    QCOMPARE(panel.mapView()->grid().nx, 3);
    QCOMPARE(panel.mapView()->grid().ny, 3);
    for (double fraction : panel.map().fractions)
        QVERIFY(fraction >= 0.0 && fraction <= 1.0);
    QTemporaryDir directory;
    lab_test::checkFigureExports(panel, 1, directory.path(), QStringLiteral("separation-map"));
}

void GenerativeLabTest::separationMapCancels()
{
    LayeredPanel panel;
    SeparationMapSetup setup;
    setup.lambdaStop = 1.0;
    setup.lambdaStep = 0.05;
    setup.temperatureStop = 1.0;
    setup.temperatureStep = 0.05;
    setup.trials = 20;
    panel.setMapSetup(setup);
    QSignalSpy shown(&panel, &LayeredPanel::mapShown);
    panel.compute();
    QTest::qWait(300);
    panel.cancel();
    QVERIFY(!cancelButton(panel)->isEnabled());
    QVERIFY(!shown.wait(1500));
    const QVector<double>& fractions = panel.map().fractions;
    QVERIFY(fractions.isEmpty() || std::isnan(fractions.back()));
}

void GenerativeLabTest::rbmHiddenUnitsReadTheOverlaps()
{
    RbmPanel panel;
    QSignalSpy finished(&panel, &RbmPanel::runFinished);
    panel.run();
    QVERIFY(finished.wait(30000));
    const RbmFrame& frame = panel.lastFrame();
    const PatternSet letters =
        loadPatterns(QStringLiteral(":/patterns/letters.txt"),
                     {QStringLiteral("A"), QStringLiteral("E"), QStringLiteral("X")});
    QCOMPARE(frame.hiddenOverlaps.size(), 3);
    const std::span<const Spin> visible(frame.visible.data(),
                                        static_cast<std::size_t>(frame.visible.size()));
    for (int mu = 0; mu < 3; ++mu)
        QVERIFY(std::abs(frame.hiddenOverlaps[mu] - overlap(visible, letters[mu].spins())) < 1e-9);
    // Both start from A with 30% noise and, at T = 0.3, both end near A.
    QVERIFY(frame.hopfieldOverlaps[0] > 0.8);
    QVERIFY(frame.hiddenOverlaps[0] > 0.8);
    QCOMPARE(frame.weights.size(), 3);
}

void GenerativeLabTest::rbmTrainingRaisesTheExactLikelihood()
{
    RbmPanel panel;
    RbmTrainSetup setup;
    setup.epochs = 60;
    panel.setTrainSetup(setup);
    QSignalSpy shown(&panel, &RbmPanel::trainingShown);
    panel.compute();
    QVERIFY(shown.wait(60000));
    const std::vector<double>& logLikelihood = panel.logLikelihoods();
    QVERIFY(logLikelihood.size() >= 60);
    QVERIFY(std::isfinite(logLikelihood.back()));
    QVERIFY2(logLikelihood.back() > logLikelihood.front() + 0.5,
             qPrintable(
                 QStringLiteral("%1 -> %2").arg(logLikelihood.front()).arg(logLikelihood.back())));
    QCOMPARE(panel.lastFrame().weights.size(), 8);
    QCOMPARE(panel.lastFrame().samples.size(), 6);
}

void GenerativeLabTest::singleRuleSharpensAtZeroAndGeneratesAtOne()
{
    SingleRulePanel panel;
    QSignalSpy shown(&panel, &SingleRulePanel::shown);
    panel.compute();
    QVERIFY(shown.wait(120000));
    const SingleRuleResult& result = panel.result();
    QCOMPARE(result.points.size(), 5); // T = 0, 0.25, ..., 1
    QCOMPARE(result.points.front().temperature, 0.0);
    // T = 0: unlearning from Hebb makes every memory a fixed point, where Hebb's couplings
    // left some unstable (P = 6 at N = 16).
    QVERIFY(result.hebb.stableFraction < 1.0);
    QCOMPARE(result.points.front().stableFraction, 1.0);
    QVERIFY(std::isnan(result.points.front().kl));
    // T = 1: Boltzmann learning fits the data far better than Hebb's couplings do.
    QVERIFY2(result.points.back().kl < 0.5 * result.hebb.kl,
             qPrintable(
                 QStringLiteral("%1 vs Hebb %2").arg(result.points.back().kl).arg(result.hebb.kl)));
    QCOMPARE(panel.temperatureSlider()->maximum(), 4);
    panel.temperatureSlider()->setValue(0);
    QCOMPARE(result.points.front().samples.size(), 6);
}

void GenerativeLabTest::learningCurveCsvKeepsTheCliNames()
{
    // The names of `learn --rule boltzmann` and of the rows of `rbm --train`'s
    // learning_curve (tst_learncommand, tst_rbmcommand): users script against both.
    QTemporaryDir directory;
    QCOMPARE(lab_test::csvOf(SingleRulePanel(), 0, directory.path()),
             QByteArray("temperature,stable_fraction,kl_data_model\n"));
    QCOMPARE(lab_test::csvOf(RbmPanel(), 1, directory.path()),
             QByteArray("epoch,log_likelihood,reconstruction_error\n"));
}

void GenerativeLabTest::mixtureHessianChangesSignAtTheStabilityTemperature()
{
    MixtureHessianPanel panel;
    QSignalSpy shown(&panel, &MixtureHessianPanel::shown);
    panel.compute();
    QVERIFY(shown.wait(30000));
    QVERIFY(std::abs(panel.stabilityTemperature() - 0.46) < 0.005);
    for (const std::vector<double>& row : panel.curve()) {
        const double lowest = std::min({row[1], row[2], row[3]});
        if (row[0] > 0.05 && row[0] < 0.44)
            QVERIFY2(lowest > 0.0, qPrintable(QString::number(row[0])));
        if (row[0] > 0.48 && row[0] < 0.7)
            QVERIFY2(lowest < 0.0, qPrintable(QString::number(row[0])));
    }
    QCOMPARE(panel.view()->seriesCount(), 4);
}

HOPFIELD_TEST_MAIN(GenerativeLabTest)
#include "tst_generativelab.moc"
