#include "HeatMapView.h"
#include "LabPanelExports.h"
#include "TestSuite.h"
#include "XYChartView.h"
#include "gui/learning/BasinPanel.h"
#include "gui/learning/BoltzmannPanel.h"
#include "gui/learning/CapacityPanel.h"
#include "gui/learning/DenseMemoryPanel.h"
#include "gui/learning/ExampleDiagramsPanel.h"
#include "gui/learning/ExamplesPanel.h"
#include "gui/learning/LearningLab.h"
#include "gui/learning/PhaseDiagramPanel.h"
#include "gui/learning/SweepController.h"
#include "gui/learning/SweepPanel.h"
#include "gui/learning/UnlearningPanel.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <atomic>

using namespace hopfield;
using namespace hopfield::app;

namespace {

/// A tiny Hebb sweep: 2 x 2 grid points x 3 samples at N = 60.
SweepJob tinyJob(std::uint64_t seed = 5)
{
    SweepJob job;
    job.label = QStringLiteral("Hebb");
    job.parameters.neurons = 60;
    job.parameters.samples = 3;
    job.parameters.alpha = {0.05, 0.1, 0.05};
    job.parameters.temperature = {0.0, 0.3, 0.3};
    job.parameters.seed = seed;
    job.parameters.threads = 2;
    job.rule = couplingSweepRule(CouplingRule::Hebb, 30);
    return job;
}

/// A rule that records which thread ran it, and waits so that a cancel can arrive.
SweepRule spyRule(std::atomic<int>* offGuiThread, QThread* gui)
{
    return {"spy",
            [offGuiThread, gui](const PatternSet&, std::span<const Spin> start, double, Rng&) {
                if (QThread::currentThread() != gui)
                    ++*offGuiThread;
                QThread::msleep(2);
                return std::vector<Spin>(start.begin(), start.end());
            }};
}

/// Writes every figure of `panel` in the four formats and checks each file's signature.
void checkExports(LabPanel& panel, const QString& directory, const QString& name)
{
    for (int figure = 0; figure < panel.figureCount() && !QTest::currentTestFailed(); ++figure)
        lab_test::checkFigureExports(panel, figure, directory, name);
}

/// Compute then Cancel on `panel`: the Cancel button follows the run and the status line
/// says so; then a failing batch (N = 0) puts the engine's message in the status line.
void checkCancelAndFailureReachTheStatusLine(SweepPanel& panel)
{
    auto* status = panel.findChild<QLabel*>(QStringLiteral("status"));
    auto* cancel = panel.findChild<QPushButton*>(QStringLiteral("cancel"));
    QVERIFY(status && cancel);
    QSignalSpy shown(&panel, &SweepPanel::shown);
    panel.compute();
    QVERIFY(panel.controller().isBusy());
    QVERIFY(cancel->isEnabled());
    panel.cancel();
    QVERIFY(!panel.controller().isBusy());
    QVERIFY(!cancel->isEnabled());
    QCOMPARE(status->text(), QStringLiteral("Cancelled"));

    QSignalSpy failed(&panel.controller(), &SweepController::failed);
    SweepJob noNeurons = tinyJob();
    noNeurons.parameters.neurons = 0;
    panel.controller().compute({noNeurons});
    QVERIFY(failed.wait(10000));
    const QString message = failed.at(0).at(0).toString();
    QVERIFY(!message.isEmpty());
    QCOMPARE(status->text(), message);
    QCOMPARE(shown.count(), 0); // neither the cancelled batch nor the failed one is drawn
}

/// `settings` at a small size (N = 30, P up to 45, two samples), computed; false if the
/// sweep did not end in time.
bool computeSmallDenseSweep(DenseMemoryPanel& panel, DenseMemorySettings settings)
{
    settings.neurons = 30;
    settings.samples = 2;
    settings.loadStop = 1.5;
    panel.setSettings(settings);
    QSignalSpy shown(&panel, &DenseMemoryPanel::shown);
    panel.compute();
    return shown.wait(30000);
}

} // namespace

class TestLearningLab : public QObject {
    Q_OBJECT
private slots:
    void controllerDeliversTheEnginesResultAcrossAThread()
    {
        SweepController controller(std::make_shared<SweepCache>());
        QSignalSpy results(&controller, &SweepController::resultReady);
        controller.compute({tinyJob()});
        QVERIFY(results.wait(10000));
        const auto batch = results.at(0).at(0).value<SweepBatchResult>();
        const SweepJob job = tinyJob();
        const SweepResult direct = runSweep(job.parameters, job.rule);
        QCOMPARE(batch.results.size(), std::size_t(1));
        QCOMPARE(batch.results[0].points.size(), direct.points.size());
        for (std::size_t p = 0; p < direct.points.size(); ++p)
            QCOMPARE(batch.results[0].points[p].overlaps, direct.points[p].overlaps);
        QCOMPARE(controller.engineRuns(), 1);
        QVERIFY(controller.jobThread().thread() != QThread::currentThread());
    }

    void sweepsRunOffTheGuiThreadAndCancelStopsThem()
    {
        SweepController controller(std::make_shared<SweepCache>());
        std::atomic<int> offGuiThread{0};
        SweepJob job = tinyJob();
        job.parameters.samples = 2000; // 4 points x 2000 x 2 ms: minutes, unless cancelled
        job.rule = spyRule(&offGuiThread, QThread::currentThread());
        QSignalSpy results(&controller, &SweepController::resultReady);
        QSignalSpy busy(&controller, &SweepController::busyChanged);
        controller.compute({job});
        QTRY_VERIFY_WITH_TIMEOUT(offGuiThread.load() > 0, 5000);
        controller.cancel();
        QVERIFY(!controller.isBusy());
        const int afterCancel = offGuiThread.load();
        QTest::qWait(300);
        // The engine noticed within a sample or two per thread, and nothing was delivered.
        QVERIFY(offGuiThread.load() - afterCancel < 20);
        QCOMPARE(results.count(), 0);
        // A cancelled sweep is not cached: a later request recomputes it.
        QCOMPARE(controller.engineRuns(), 1);
    }

    void cachePreventsRecomputation()
    {
        const auto cache = std::make_shared<SweepCache>();
        SweepController controller(cache);
        QSignalSpy results(&controller, &SweepController::resultReady);
        controller.compute({tinyJob()});
        QVERIFY(results.wait(10000));
        controller.compute({tinyJob()});
        QVERIFY(results.wait(10000));
        QCOMPARE(controller.engineRuns(), 1);
        // Another view sharing the cache does not recompute either; another seed does.
        SweepController other(cache);
        QSignalSpy otherResults(&other, &SweepController::resultReady);
        other.compute({tinyJob(), tinyJob(6)});
        QVERIFY(otherResults.wait(10000));
        QCOMPARE(other.engineRuns(), 1);
        QCOMPARE(
            otherResults.at(0).at(0).value<SweepBatchResult>().results.at(0).points[0].overlaps,
            results.at(0).at(0).value<SweepBatchResult>().results.at(0).points[0].overlaps);
    }

    void phaseDiagramShowsTheTheoryLines()
    {
        PhaseDiagramPanel panel(std::make_shared<SweepCache>());
        PhaseDiagramSettings settings;
        settings.neurons = 60;
        settings.samples = 1;
        settings.alphaStep = 0.05;
        settings.alphaStop = 0.2;
        settings.temperatureStep = 0.5;
        settings.temperatureStop = 1.5;
        panel.setSettings(settings);
        QSignalSpy shown(&panel, &PhaseDiagramPanel::shown);
        panel.compute();
        QVERIFY(shown.wait(20000));
        const ui::HeatMapGrid& grid = panel.view()->grid();
        QCOMPARE(grid.nx, 4); // alpha 0.05 ... 0.2
        QCOMPARE(grid.ny, 4); // T 0 ... 1.5
        // Retrieval at (alpha 0.05, T 0) and none at T = 1.5 above T_g: the Monte-Carlo
        // overlap at N = 60 is near 1 and, at T = 1.5, thermal noise of order 1/sqrt(N).
        QVERIFY(grid.value(0, 0) > 0.9);
        QVERIFY(std::abs(grid.value(0, 3)) < 0.5);

        const ui::PlotOverlay& overlay = panel.view()->overlay();
        QCOMPARE(overlay.lines.size(), std::size_t(3));
        const QPolygonF& glass = overlay.lines[0].points;
        QVERIFY(overlay.lines[0].label.startsWith(QStringLiteral("T_g")));
        // T_g(0) = 1 + sqrt(0) = 1 exactly, and T_g(0.2) = 1 + sqrt(0.2).
        QCOMPARE(glass.front(), QPointF(0.0, 1.0));
        QCOMPARE(glass.back().y(), 1.0 + std::sqrt(glass.back().x()));
        // T_M reaches T = 0 at alpha_c = 0.138 (AGS 1987; 0.1379 to four digits), and
        // starts at T = 1 for alpha -> 0.
        const QPolygonF& retrieval = overlay.lines[1].points;
        QVERIFY(overlay.lines[1].label.startsWith(QStringLiteral("T_M")));
        bool reachesZero = false;
        for (const QPointF& point : retrieval)
            if (point.y() == 0.0) {
                reachesZero = true;
                QCOMPARE(std::round(point.x() * 1000) / 1000, 0.138);
            }
        QVERIFY(reachesZero);
        bool startsAtOne = false;
        for (const QPointF& point : retrieval)
            startsAtOne = startsAtOne || (point.x() == 0.0 && point.y() == 1.0);
        QVERIFY(startsAtOne);
        QVERIFY(overlay.lines[2].label.startsWith(QStringLiteral("T_c")));
        QCOMPARE(overlay.markers.size(), std::size_t(1));
        QCOMPARE(std::round(overlay.markers[0].position.x() * 1000) / 1000, 0.138);

        // Asking again is answered by the cache: no new engine run.
        panel.compute();
        QVERIFY(shown.wait(10000));
        QCOMPARE(panel.controller().engineRuns(), 1);

        QTemporaryDir directory;
        checkExports(panel, directory.path(), QStringLiteral("phase"));
    }

    /// Seed 001's (alpha, T) diagrams of learning from examples: on a 3 x 3 grid the
    /// overlap with the archetype is high at low (alpha, T) and low at high (alpha, T) in
    /// each of the three maps, and noisier data (rho = 0.2) retrieves no better than clean
    /// data (rho = 0, Hebb on the archetypes) at any point.
    void exampleDiagramsDegradeWithLoadTemperatureAndEntropy()
    {
        ExampleDiagramsPanel panel(std::make_shared<SweepCache>());
        ExampleDiagramsSettings settings;
        settings.examples = 10;
        settings.neurons = 200;
        settings.samples = 3;
        settings.alphaStep = 0.05;
        settings.alphaStop = 0.15;
        settings.temperatureStep = 0.6;
        settings.temperatureStop = 1.2;
        panel.setSettings(settings);
        QSignalSpy shown(&panel, &ExampleDiagramsPanel::shown);
        panel.compute();
        QVERIFY(shown.wait(60000));
        QCOMPARE(panel.results().size(), ExampleDiagramsPanel::kEntropies.size());
        for (std::size_t d = 0; d < ExampleDiagramsPanel::kEntropies.size(); ++d) {
            const ui::HeatMapGrid& grid = panel.view(static_cast<int>(d))->grid();
            QCOMPARE(grid.nx, 3); // alpha 0.05, 0.1, 0.15
            QCOMPARE(grid.ny, 3); // T 0, 0.6, 1.2
            QVERIFY2(grid.value(0, 0) > 0.8,
                     qPrintable(QStringLiteral("map %1: %2").arg(d).arg(grid.value(0, 0))));
            QVERIFY2(grid.value(0, 0) > grid.value(2, 2) + 0.5,
                     qPrintable(QString::number(grid.value(2, 2))));
        }
        const ui::HeatMapGrid& clean = panel.view(0)->grid();
        const ui::HeatMapGrid& noisy = panel.view(2)->grid();
        for (int i = 0; i < clean.nx; ++i)
            for (int j = 0; j < clean.ny; ++j)
                QVERIFY2(noisy.value(i, j) <= clean.value(i, j) + 0.15,
                         qPrintable(QStringLiteral("(%1, %2): rho 0.2 %3, rho 0 %4")
                                        .arg(i)
                                        .arg(j)
                                        .arg(noisy.value(i, j))
                                        .arg(clean.value(i, j))));
        // The engine's examples rule at r = 1 / sqrt(1 + M rho), as sweep --entropy picks it:
        // r = 1 at rho = 0 and 1/sqrt(3) at rho = 0.2, M = 10.
        const std::vector<SweepJob> jobs = ExampleDiagramsPanel::jobs(settings);
        QCOMPARE(jobs[0].rule.name, std::string("examples-supervised sweeps=60 M=10 r=1"));
        QVERIFY(jobs[2].rule.name.starts_with("examples-supervised sweeps=60 M=10 r=0.577"));

        QTemporaryDir directory;
        checkExports(panel, directory.path(), QStringLiteral("examples"));
    }

    void phaseDiagramDrawsAxesAndTheoryAtOnceAndFillsCellByCell()
    {
        // Issue 11: the diagram stayed an empty 0-1 box until the whole sweep finished.
        PhaseDiagramPanel panel(std::make_shared<SweepCache>());
        PhaseDiagramSettings settings;
        settings.neurons = 200;
        settings.samples = 2;
        settings.alphaStep = 0.02;
        settings.alphaStop = 0.2;
        settings.temperatureStep = 0.25;
        settings.temperatureStop = 1.5;
        panel.setSettings(settings);
        QSignalSpy sketch(&panel.controller(), &SweepController::theorySketchReady);
        QSignalSpy theory(&panel.controller(), &SweepController::theoryReady);
        QSignalSpy points(&panel.controller(), &SweepController::pointReady);
        QSignalSpy shown(&panel, &PhaseDiagramPanel::shown);
        panel.compute();
        // At once: the requested ranges, every cell blank.
        const ui::HeatMapGrid& grid = panel.view()->grid();
        QCOMPARE(grid.nx, 10); // alpha 0.02 ... 0.2
        QCOMPARE(grid.ny, 7);  // T 0 ... 1.5
        QVERIFY(std::abs(grid.x0 - 0.01) < 1e-12 && std::abs(grid.x1 - 0.21) < 1e-12);
        QVERIFY(std::abs(grid.y0 + 0.125) < 1e-12 && std::abs(grid.y1 - 1.625) < 1e-12);
        for (double value : grid.values)
            QVERIFY(std::isnan(value));
        // A sketch of the theory lines at once, then the full lines.
        QVERIFY(sketch.wait(20000));
        QVERIFY(theory.isEmpty());
        QCOMPARE(panel.view()->overlay().lines.size(), std::size_t(3));
        const auto sketched = panel.view()->overlay().lines.at(1).points.size();
        QVERIFY(theory.wait(20000));
        QVERIFY2(panel.view()->overlay().lines.at(1).points.size() > 3 * sketched,
                 qPrintable(QString::number(sketched)));
        QVERIFY(shown.isEmpty());
        // Cells fill as their points finish, before the whole sweep has.
        QVERIFY(points.wait(20000));
        const auto first = points.first();
        const auto index = first.at(1).value<std::size_t>();
        const double mean = first.at(2).value<SweepPoint>().meanOverlap;
        const int i = static_cast<int>(index / 7);
        const int j = static_cast<int>(index % 7);
        QCOMPARE(panel.view()->grid().value(i, j), mean);
        QVERIFY(shown.wait(60000));
        QCOMPARE(points.size(), 70);
        for (double value : panel.view()->grid().values)
            QVERIFY(std::isfinite(value));
    }

    void phaseDiagramImportsASweepCsv()
    {
        // A 3 x 2 (alpha, T) diagram as `merge` prints it, rows in sweep order.
        const QByteArray csv = "alpha,temperature,noise,mean_overlap,std_overlap,"
                               "retrieval_fraction,samples\n"
                               "0.05,0,0.1,1,0,1,8\n0.05,0.5,0.1,0.9,0.01,1,8\n"
                               "0.1,0,0.1,0.99,0.002,1,8\n0.1,0.5,0.1,0.8,0.05,0.75,8\n"
                               "0.15,0,0.1,0.6,0.3,0.5,8\n0.15,0.5,0.1,0.2,0.1,0,8\n";
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("merged.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size());
        file.close();
        PhaseDiagramPanel panel(std::make_shared<SweepCache>());
        QSignalSpy shown(&panel, &PhaseDiagramPanel::shown);
        QVERIFY(panel.importCsv(path));
        const ui::HeatMapGrid& grid = panel.view()->grid();
        QCOMPARE(grid.nx, 3);
        QCOMPARE(grid.ny, 2);
        QVERIFY(std::abs(grid.x0 - 0.025) < 1e-12 && std::abs(grid.x1 - 0.175) < 1e-12);
        QVERIFY(std::abs(grid.y0 + 0.25) < 1e-12 && std::abs(grid.y1 - 0.75) < 1e-12);
        QCOMPARE(grid.value(0, 0), 1.0);
        QCOMPARE(grid.value(1, 1), 0.8);
        QCOMPARE(grid.value(2, 0), 0.6);
        QCOMPARE(grid.value(2, 1), 0.2);
        auto* status = panel.findChild<QLabel*>(QStringLiteral("status"));
        QVERIFY(status);
        QCOMPARE(status->text(), QStringLiteral("Imported merged.csv: 6 points × 8 samples"));
        // The theory lines come on top, and the import exports as the computed one does.
        QVERIFY(shown.wait(20000));
        QCOMPARE(panel.view()->overlay().lines.size(), std::size_t(3));
        QVERIFY(panel.findChild<QPushButton*>(QStringLiteral("phaseDiagramImport")));
        checkExports(panel, directory.path(), QStringLiteral("imported"));
    }

    void phaseDiagramRefusesBadCsvWithOneLine_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("message");
        const QByteArray header =
            "alpha,temperature,noise,mean_overlap,std_overlap,retrieval_fraction,samples\n";
        QTest::newRow("empty") << QByteArray() << "bad.csv: is empty";
        QTest::newRow("shard") << QByteArray("# hopfield-lab shard 1/2\n")
                               << "bad.csv:1: is one shard of a sweep; merge the shards first";
        QTest::newRow("per-sample") << QByteArray("alpha,temperature,noise,sample,overlap\n")
                                    << "bad.csv:1: expected the header";
        QTest::newRow("no rows") << header << "bad.csv:1: has a header but no rows";
        QTest::newRow("short row") << header + "0.1,0,0.1,1\n"
                                   << "bad.csv:2: expected 7 fields, got 4";
        QTest::newRow("overlap above 1")
            << header + "0.1,0,0.1,1.5,0,1,4\n"
            << "bad.csv:2: mean_overlap '1.5' is not a number in [-1, 1]";
        QTest::newRow("two noises") << header + "0.1,0,0.1,1,0,1,4\n0.1,0,0.2,1,0,1,4\n"
                                    << "bad.csv: holds 2 noise values";
        QTest::newRow("missing point")
            << header + "0.1,0,0.1,1,0,1,4\n0.2,0,0.1,1,0,1,4\n0.1,0.5,0.1,1,0,1,4\n"
            << "bad.csv: 3 points do not fill the 2 x 2 (alpha, T) grid";
        QTest::newRow("repeated point") << header + "0.1,0,0.1,1,0,1,4\n0.1,0,0.1,0.5,0,1,4\n"
                                        << "bad.csv: the point alpha = 0.1, T = 0 appears twice";
        QTest::newRow("uneven alpha")
            << header + "0.1,0,0.1,1,0,1,4\n0.2,0,0.1,1,0,1,4\n0.5,0,0.1,1,0,1,4\n"
            << "bad.csv: the alpha values are not evenly spaced";
    }

    void phaseDiagramRefusesBadCsvWithOneLine()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, message);
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("bad.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
        file.close();
        PhaseDiagramPanel panel(std::make_shared<SweepCache>());
        const ui::HeatMapGrid before = panel.view()->grid();
        QVERIFY(!panel.importCsv(path));
        const QString status = panel.findChild<QLabel*>(QStringLiteral("status"))->text();
        QVERIFY2(status.startsWith(QStringLiteral("Not imported: ")) && status.contains(message),
                 qPrintable(status));
        QVERIFY(!status.contains('\n'));
        QCOMPARE(panel.view()->grid().nx, before.nx); // the diagram is kept
        QVERIFY(!panel.importCsv(directory.filePath(QStringLiteral("absent.csv"))));
        QVERIFY(panel.findChild<QLabel*>(QStringLiteral("status"))
                    ->text()
                    .contains(QStringLiteral("absent.csv: cannot be read")));
    }

    void sweepPanelsReportCancelAndFailureInTheStatusLine()
    {
        const auto cache = std::make_shared<SweepCache>();
        PhaseDiagramPanel phaseDiagram(cache);
        CapacityPanel capacity(cache);
        BasinPanel basins(cache);
        DenseMemoryPanel denseMemory(cache);
        ExampleDiagramsPanel exampleDiagrams(cache);
        for (SweepPanel* panel : std::initializer_list<SweepPanel*>{
                 &phaseDiagram, &capacity, &basins, &denseMemory, &exampleDiagrams}) {
            checkCancelAndFailureReachTheStatusLine(*panel);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void capacityAndBasinViewsDrawAndExport()
    {
        const auto cache = std::make_shared<SweepCache>();
        CapacityPanel capacity(cache);
        CapacitySettings settings;
        settings.neurons = 40;
        settings.samples = 2;
        settings.alphaStop = 0.3;
        settings.alphaStep = 0.15;
        capacity.setSettings(settings);
        QSignalSpy capacityShown(&capacity, &CapacityPanel::shown);
        capacity.compute();
        QVERIFY(capacityShown.wait(30000));
        QCOMPARE(capacity.view()->seriesCount(), 5); // one curve per rule
        QCOMPARE(capacity.view()->series(0).errors.size(),
                 capacity.view()->series(0).points.size());
        // The dense x^3 memory at N = 40 holds P = 12 patterns (alpha 0.3) from 10% noise.
        QCOMPARE(capacity.view()->series(4).points.back().y(), 1.0);

        BasinPanel basins(cache);
        BasinSettings basinSettings;
        basinSettings.neurons = 50;
        basinSettings.samples = 2;
        basinSettings.histogramSamples = 20;
        basins.setSettings(basinSettings);
        QSignalSpy basinsShown(&basins, &BasinPanel::shown);
        basins.compute();
        QVERIFY(basinsShown.wait(30000));
        QCOMPARE(basins.basinView()->seriesCount(), 3);
        // At zero noise and alpha = 0.05 every start is the pattern itself, a fixed point.
        QCOMPARE(basins.basinView()->series(0).points.front(), QPointF(0.0, 1.0));
        QCOMPARE(basins.histogramView()->histogramCount(), 1);
        double total = 0;
        for (double count : basins.histogramView()->histogram(0).counts)
            total += count;
        QCOMPARE(total, 20.0);

        QTemporaryDir directory;
        checkExports(capacity, directory.path(), QStringLiteral("capacity"));
        checkExports(basins, directory.path(), QStringLiteral("basins"));
    }

    void learningCurveCsvKeepsTheCliNames()
    {
        // The headers are the keys of the rows of `learn`'s learning_curve (tst_learncommand):
        // users script against both, so neither may drift.
        QTemporaryDir directory;
        QCOMPARE(lab_test::csvOf(UnlearningPanel(), 0, directory.path()),
                 QByteArray("dreams,stable_fraction,stable_bit_fraction,min_stability,"
                            "mean_stability,stored_dream_fraction\n"));
        QCOMPARE(lab_test::csvOf(BoltzmannPanel(), 0, directory.path()),
                 QByteArray("epoch,moment_error\n"));
        QCOMPARE(lab_test::csvOf(ExamplesPanel(), 0, directory.path()),
                 QByteArray("examples,entropy,theory,supervised,unsupervised,"
                            "example_stable_fraction\n"));
    }

    void unlearningReportsLiveAndMarksMilestones()
    {
        UnlearningPanel panel;
        panel.resize(1200, 700); // as in the window: a chart squeezed to nothing is not tested
        UnlearningSetup setup;
        setup.neurons = 50;
        setup.patterns = 12;
        setup.dreams = 3000; // 2.5 P / lambda: past D_fin ~ 1.2 to 1.4 P / lambda
        panel.setSetup(setup);
        QSignalSpy shown(&panel, &UnlearningPanel::shown);
        panel.compute();
        QVERIFY(shown.wait(30000));
        const auto& history = panel.history();
        QVERIFY(history.size() > 50);
        QCOMPARE(history.front().dreams, 0);
        QCOMPARE(history.back().dreams, 3000);
        // Hebb at alpha = 0.24 leaves patterns unstable; unlearning makes all stable on the way.
        QVERIFY(history.front().stableFraction < 1.0);
        double best = 0.0;
        for (const auto& p : history)
            best = std::max(best, p.stableFraction);
        QCOMPARE(best, 1.0);
        QVERIFY(panel.view()->seriesCount() >= 4); // three curves and at least D_in
        QTemporaryDir directory;
        checkExports(panel, directory.path(), QStringLiteral("unlearning"));
    }

    void examplesCurveFollowsTheArchetype()
    {
        ExamplesPanel panel;
        ExampleCurveSetup setup;
        setup.neurons = 100;
        setup.archetypes = 3;
        setup.quality = 0.5;
        setup.examples = {1, 40};
        panel.setSetup(setup);
        QSignalSpy shown(&panel, &ExamplesPanel::shown);
        panel.compute();
        QVERIFY(shown.wait(30000));
        QCOMPARE(panel.points().size(), std::size_t(2));
        // One example is stored as itself (stable, overlap with its archetype ~ r = 0.5);
        // 40 examples at r = 0.5 give rho = 0.075 and erf(1/sqrt(0.15)) = 0.9997: the
        // archetype is the attractor at load 0.03, and the examples are no longer stable.
        QCOMPARE(panel.points()[0].exampleStableFraction, 1.0);
        QVERIFY(panel.points()[0].supervised < 0.8);
        QVERIFY(panel.points()[1].supervised > 0.95);
        QCOMPARE(panel.points()[1].exampleStableFraction, 0.0);
        QCOMPARE(panel.view()->seriesCount(), 4); // supervised, unsupervised, stable, theory
        QTemporaryDir directory;
        checkExports(panel, directory.path(), QStringLiteral("examples"));
    }

    void denseMemoryStoresMorePatternsThanNeurons()
    {
        DenseMemoryPanel panel(std::make_shared<SweepCache>());
        QVERIFY(computeSmallDenseSweep(panel, DenseMemorySettings{}));
        // n = 2, n = 3, the modern network at beta = 1, the line P = N
        QCOMPARE(panel.view()->seriesCount(), 4);
        // x^3 at N = 30 stores ~ N^2 / (2 ln N) = 130 patterns: P = 45 retrieves; Hopfield's
        // n = 2 (alpha_c N = 4) does not.  One softmax step at beta = 1 retrieves too.
        QCOMPARE(panel.view()->series(1).points.back(), QPointF(45.0, 1.0));
        QCOMPARE(panel.view()->series(0).points.back().y(), 0.0);
        QCOMPARE(panel.view()->series(2).name, QStringLiteral("modern, β = 1"));
        QCOMPARE(panel.view()->series(2).points.back(), QPointF(45.0, 1.0));
        QTemporaryDir directory;
        checkExports(panel, directory.path(), QStringLiteral("dense"));
    }

    void denseMemoryOffersTheExponentialAndASoftModernNetwork()
    {
        DenseMemoryPanel panel(std::make_shared<SweepCache>());
        DenseMemorySettings settings;
        settings.order = DenseMemorySettings::kExponential;
        settings.modernBeta = 0.001;
        QVERIFY(computeSmallDenseSweep(panel, settings));
        QCOMPARE(panel.settings().order, DenseMemorySettings::kExponential);
        QCOMPARE(panel.view()->series(1).name, QStringLiteral("F = e^x"));
        QCOMPARE(panel.view()->series(1).points.back(), QPointF(45.0, 1.0));
        // beta = 0.001: the softmax is nearly uniform, the step averages every pattern.
        QCOMPARE(panel.view()->series(2).points.back().y(), 0.0);
    }

    void boltzmannErrorFallsAndSamplesAppear()
    {
        BoltzmannPanel panel;
        BoltzmannSetup setup;
        setup.examples = 60;
        setup.epochs = 40;
        setup.samples = 6;
        panel.setSetup(setup);
        QSignalSpy shown(&panel, &BoltzmannPanel::shown);
        panel.compute();
        QVERIFY(shown.wait(60000));
        const std::vector<double>& errors = panel.errors();
        QCOMPARE(errors.size(), std::size_t(40));
        // From J = 0 the model's moments are zero and the error is the data's correlations;
        // moment matching lowers it on average (the chains' estimate is noisy epoch to
        // epoch, so compare the means of the first and last five epochs).
        double first = 0, last = 0;
        for (int e = 0; e < 5; ++e) {
            first += errors[static_cast<std::size_t>(e)];
            last += errors[errors.size() - 1 - static_cast<std::size_t>(e)];
        }
        QVERIFY2(last < 0.7 * first, qPrintable(QStringLiteral("%1 %2").arg(first).arg(last)));
        QCOMPARE(panel.thumbnails().size(), std::size_t(12)); // 6 data, 6 samples
        QTemporaryDir directory;
        checkExports(panel, directory.path(), QStringLiteral("boltzmann"));
    }

    void labOffersItsDemos()
    {
        LearningLab lab;
        QCOMPARE(LearningLab::demoNames().front(), QStringLiteral("phase-diagram"));
        QVERIFY(lab.phaseDiagram() && lab.capacity() && lab.basins() && lab.unlearning());
        QVERIFY(lab.exampleDiagrams());
    }
};

HOPFIELD_TEST_MAIN(TestLearningLab)
#include "tst_learninglab.moc"
