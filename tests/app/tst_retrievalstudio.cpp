#include "FrameSpy.h"
#include "HeatMapView.h"
#include "NeuronGridView.h"
#include "OverlapBarsView.h"
#include "Palette.h"
#include "StatusBadge.h"
#include "TestSuite.h"
#include "TimeBar.h"
#include "TimeSeriesChartView.h"
#include "gui/retrieval/demos/DemoCatalog.h"
#include "gui/retrieval/view/RetrievalLandscapePanel.h"
#include "gui/retrieval/view/RetrievalStudio.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QSet>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>

using namespace hopfield;
using namespace hopfield::app;
using hopfield::ui::NeuronGridView;
using lab_test::lastFrame;

namespace {

int differences(const QVector<qint8>& a, const QVector<qint8>& b)
{
    int count = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        count += a[i] != b[i];
    return count;
}

} // namespace

/// The studio's time bar driven as a user would: single-spin steps, stepping back through
/// the history and going on from there, Reset All, and the grey running averages.
class TestRetrievalStudio : public QObject {
    Q_OBJECT

private:
    static NeuronGridView* stateView(RetrievalStudio& studio)
    {
        return studio.findChild<NeuronGridView*>(QStringLiteral("stateView"));
    }

    /// Opens `demo` paused (with `mode` at T = `temperature`) and waits for the first frame.
    static void open(RetrievalStudio& studio, QSignalSpy& frames, const char* demo, UpdateMode mode,
                     double temperature)
    {
        Demo chosen = *findDemo(QString::fromLatin1(demo));
        chosen.setup.mode = mode;
        chosen.setup.temperature = temperature;
        studio.loadDemo(chosen, false);
        QVERIFY(frames.wait(5000));
    }

    static void trigger(QAction* action, QSignalSpy& frames)
    {
        const qsizetype before = frames.size();
        action->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(frames.size() > before, 5000);
    }

private slots:
    void theTargetBoxNamesAMixtureStart()
    {
        // Issue 11: the Target box was blank for a mixture start.
        RetrievalStudio studio;
        QSignalSpy scenes(&studio.controller(), &RetrievalController::sceneReady);
        studio.loadDemo(*findDemo(QStringLiteral("letters-mixture")), false);
        QVERIFY(scenes.wait(5000));
        auto* target = studio.findChild<QComboBox*>(QStringLiteral("targetComboBox"));
        QCOMPARE(target->currentText(), QStringLiteral("mixture sign(A + I + M)"));
        QCOMPARE(target->count(), 5); // A, I, M, V and the mixture
        // Choosing a letter makes it the target of a corrupted start again.
        QSignalSpy chosen(&studio.controller(), &RetrievalController::sceneReady);
        target->activated(1);
        QVERIFY(chosen.wait(5000));
        QCOMPARE(studio.controller().setup().start, StartKind::CorruptedTarget);
        QCOMPARE(target->currentText(), QStringLiteral("I"));
    }

    void theDescriptionSaysWhatIsLoaded()
    {
        // Issue 11: loading all 26 letters kept the demo's "Four letters are stored...".
        RetrievalStudio studio;
        QSignalSpy scenes(&studio.controller(), &RetrievalController::sceneReady);
        const Demo letters = *findDemo(QStringLiteral("letters"));
        studio.loadDemo(letters, false);
        QVERIFY(scenes.wait(5000));
        QCOMPARE(studio.descriptionText(), letters.description); // its own patterns
        RetrievalSetup all = letters.setup;
        all.patterns.names.clear(); // every pattern of letters.txt
        studio.loadSetup(all, false);
        QVERIFY(scenes.wait(5000));
        const QString text = studio.descriptionText();
        QVERIFY2(text.startsWith(QStringLiteral("26 patterns of 16 \u00d7 16")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("A, B, C")));
        QVERIFY(!text.contains(QLatin1String("Four letters")));
        // Back to the demo's own four: its own words again.
        studio.loadSetup(letters.setup, false);
        QVERIFY(scenes.wait(5000));
        QCOMPARE(studio.descriptionText(), letters.description);
    }

    void stepOneSpinChangesAtMostOneSpin()
    {
        // T = 0.4: a spin sometimes flips against its field, so many steps flip one.
        RetrievalStudio studio;
        QSignalSpy frames(&studio.controller(), &RetrievalController::frameReady);
        open(studio, frames, "letters-hot", UpdateMode::RandomAsync, 0.4);
        QAction* spin = studio.timeBar()->stepSpinAction();
        QVERIFY(spin->isEnabled());
        int flips = 0;
        QSet<int> updated;
        for (int step = 1; step <= 40; ++step) {
            const QVector<qint8> before = lastFrame(frames).spins;
            trigger(spin, frames);
            const RetrievalFrame after = lastFrame(frames);
            QVERIFY(after.lastUpdated >= 0 && after.lastUpdated < 256);
            QCOMPARE(after.time(), step / 256.0); // one update of N = 256 per step
            const int changed = differences(before, after.spins);
            QVERIFY(changed <= 1);
            if (changed == 1) {
                QVERIFY(before[after.lastUpdated] != after.spins[after.lastUpdated]);
                ++flips;
            }
            updated.insert(after.lastUpdated);
            QCOMPARE(stateView(studio)->spins(), after.spins);
        }
        QCOMPARE(updated.size(), 40); // a random permutation: 40 different spins
        QVERIFY(flips > 0);           // 20% of the start is wrong: some steps flip
    }

    void stepSpinIsOffForSynchronousUpdates()
    {
        RetrievalStudio studio;
        QSignalSpy frames(&studio.controller(), &RetrievalController::frameReady);
        open(studio, frames, "letters", UpdateMode::Synchronous, 0.0);
        QVERIFY(!studio.timeBar()->stepSpinAction()->isEnabled());
    }

    void stepBackRestoresThePreviousFrameExactly()
    {
        RetrievalStudio studio;
        QSignalSpy frames(&studio.controller(), &RetrievalController::frameReady);
        open(studio, frames, "letters-hot", UpdateMode::RandomAsync, 0.4);
        for (int sweep = 0; sweep < 3; ++sweep)
            trigger(studio.timeBar()->stepSweepAction(), frames);
        const RetrievalHistory& history = studio.history();
        QCOMPARE(history.size(), 4);
        auto* bars = studio.findChild<ui::OverlapBarsView*>(QStringLiteral("overlapBars"));
        auto* badge = studio.findChild<ui::StatusBadge*>(QStringLiteral("attractorBadge"));
        for (int back = 1; back <= 3; ++back) {
            studio.timeBar()->stepBackAction()->trigger();
            const RetrievalFrame& expected = history.at(3 - back);
            QCOMPARE(studio.shownFrame(), 3 - back);
            QCOMPARE(stateView(studio)->spins(), expected.spins);
            QCOMPARE(bars->overlaps(), expected.overlaps);
            QCOMPARE(badge->text(), expected.attractor);
        }
        QVERIFY(!studio.timeBar()->stepBackAction()->isEnabled()); // at the oldest frame
        // The slider scrubs back to the newest frame: live again.
        studio.timeBar()->historySlider()->setValue(3);
        QCOMPARE(studio.shownFrame(), -1);
        QCOMPARE(stateView(studio)->spins(), history.at(3).spins);
    }

    void goingOnFromAnEarlierFrameReplaysAtZeroTemperature()
    {
        // Sequential T = 0 dynamics is a function of the state and the place in the sweep:
        // going back 50 single-spin steps and taking them again gives the same state.
        RetrievalStudio studio;
        QSignalSpy frames(&studio.controller(), &RetrievalController::frameReady);
        open(studio, frames, "letters", UpdateMode::SequentialAsync, 0.0);
        QAction* spin = studio.timeBar()->stepSpinAction();
        for (int step = 0; step < 100; ++step)
            trigger(spin, frames);
        const RetrievalFrame latest = lastFrame(frames);
        QCOMPARE(latest.lastUpdated, 99);
        QCOMPARE(studio.history().size(), 101);
        QVERIFY(differences(studio.history().at(50).spins, latest.spins) > 0);
        studio.timeBar()->historySlider()->setValue(50);
        QCOMPARE(studio.shownFrame(), 50);
        QCOMPARE(stateView(studio)->spins(), studio.history().at(50).spins);
        for (int step = 0; step < 50; ++step)
            trigger(spin, frames);
        QTRY_COMPARE_WITH_TIMEOUT(lastFrame(frames).lastUpdated, 99, 5000);
        QCOMPARE(lastFrame(frames).spins, latest.spins);
        QCOMPARE(lastFrame(frames).time(), latest.time());
        QCOMPARE(studio.shownFrame(), -1);
        // The 50 later frames were dropped when the run went back, then made again; the
        // frame the worker publishes on going back is frame 50 itself, not kept twice.
        QCOMPARE(studio.history().size(), 101);
    }

    void resetAllClearsHistoryAndCurves()
    {
        RetrievalStudio studio;
        QSignalSpy frames(&studio.controller(), &RetrievalController::frameReady);
        open(studio, frames, "letters-hot", UpdateMode::RandomAsync, 0.4);
        const QVector<qint8> start = lastFrame(frames).spins;
        trigger(studio.timeBar()->stepSweepAction(), frames);
        trigger(studio.timeBar()->stepSweepAction(), frames);
        trigger(studio.timeBar()->resetAllAction(), frames);
        QCOMPARE(lastFrame(frames).time(), 0.0);
        QCOMPARE(studio.history().size(), 1);
        QCOMPARE(stateView(studio)->spins(), start);
        auto* overlaps = studio.findChild<ui::TimeSeriesChartView*>(QStringLiteral("overlapChart"));
        QCOMPARE(overlaps->points(0).size(), 1);
    }

    void greyShowsEachSpinsMean()
    {
        RetrievalStudio studio;
        QSignalSpy frames(&studio.controller(), &RetrievalController::frameReady);
        open(studio, frames, "letters-hot", UpdateMode::RandomAsync, 0.4);
        for (int sweep = 0; sweep < 4; ++sweep)
            trigger(studio.timeBar()->stepSweepAction(), frames);
        const RetrievalFrame frame = lastFrame(frames);
        QCOMPARE(frame.averagedSweeps, 4);
        QCOMPARE(frame.meanSpins.size(), 256);
        QVERIFY(stateView(studio)->means().isEmpty()); // off by default
        studio.findChild<QCheckBox*>(QStringLiteral("averagesCheckBox"))->setChecked(true);
        QCOMPARE(stateView(studio)->means(), frame.meanSpins);
        // Four samples of +-1: every mean is a multiple of 1/2 in [-1, 1].
        for (float mean : frame.meanSpins)
            QCOMPARE(std::fmod(std::abs(mean) * 2.0f, 1.0f), 0.0f);
    }

    void exportsEveryViewAsPngSvgAndPdf_data()
    {
        QTest::addColumn<int>("figure");
        QTest::newRow("landscape") << int(RetrievalStudio::Figure::Landscape);
        QTest::newRow("overlap bars") << int(RetrievalStudio::Figure::OverlapBars);
        QTest::newRow("network state") << int(RetrievalStudio::Figure::NetworkState);
        QTest::newRow("overlap curves") << int(RetrievalStudio::Figure::OverlapChart);
        QTest::newRow("energy curve") << int(RetrievalStudio::Figure::EnergyChart);
        QTest::newRow("studio") << int(RetrievalStudio::Figure::Studio);
    }

    void exportsEveryViewAsPngSvgAndPdf()
    {
        QFETCH(int, figure);
        RetrievalStudio studio;
        studio.resize(1280, 740);
        studio.show();
        QSignalSpy frames(&studio.controller(), &RetrievalController::frameReady);
        open(studio, frames, "letters", UpdateMode::RandomAsync, 0.0);
        QTemporaryDir directory;
        const auto which = static_cast<RetrievalStudio::Figure>(figure);
        const QString png = directory.filePath(QStringLiteral("figure.png"));
        QCOMPARE(studio.exportFigure(which, png, 192.0), QString());
        const QImage image(png);
        QVERIFY(!image.isNull());
        // 192 DPI is twice the 96 of a logical pixel: twice the view's size, to a pixel.
        const QWidget* view = which == RetrievalStudio::Figure::Landscape
                                  ? studio.landscape()->view()
                                  : static_cast<QWidget*>(&studio);
        if (which == RetrievalStudio::Figure::Landscape || which == RetrievalStudio::Figure::Studio)
            QVERIFY(std::abs(image.width() - 2 * view->width()) <= 1);
        for (const char* suffix : {"svg", "pdf"}) {
            const QString path = directory.filePath(QStringLiteral("figure.") + suffix);
            QCOMPARE(studio.exportFigure(which, path, 300.0), QString());
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray head = file.read(4096);
            QVERIFY(head.contains(qstrcmp(suffix, "svg") == 0 ? "<svg" : "%PDF"));
        }
        QVERIFY(!studio.exportFigure(which, QStringLiteral("/nonexistent/x.png"), 300.0).isEmpty());
    }

    void theHistoryHoldsEverySweepNotOnlyTheShownFrames()
    {
        // Issue 11: a fast run kept only the frames on display (a 2-sweep run at 25k
        // updates/s gave 3 rows and 3 GIF frames).  Unlimited speed runs several sweeps
        // between two display frames; every sweep end must still be in the history and
        // the series.
        RetrievalStudio studio;
        QSignalSpy frames(&studio.controller(), &RetrievalController::frameReady);
        Demo demo = *findDemo(QStringLiteral("letters"));
        demo.setup.speed = kUnlimitedSpeed;
        demo.setup.noise = 0.3;
        studio.loadDemo(demo, true);
        QTRY_VERIFY_WITH_TIMEOUT(
            !frames.isEmpty() && frames.last().at(0).value<RetrievalFrame>().converged, 30000);
        const int last = frames.last().at(0).value<RetrievalFrame>().sweep;
        QVERIFY(last >= 2);
        QSet<int> sweepEnds;
        for (int k = 0; k < studio.history().size(); ++k)
            if (studio.history().at(k).sweepFraction == 0.0)
                sweepEnds.insert(studio.history().at(k).sweep);
        for (int sweep = 0; sweep <= last; ++sweep)
            QVERIFY2(sweepEnds.contains(sweep), qPrintable(QString::number(sweep)));
        QVERIFY(studio.series().rows() >= last + 1);
        // The frames shown were fewer than the sweeps kept.
        int shownSweepEnds = 0;
        for (const QList<QVariant>& arguments : frames)
            shownSweepEnds += arguments.at(0).value<RetrievalFrame>().sweepFraction == 0.0;
        QVERIFY(shownSweepEnds < static_cast<int>(sweepEnds.size()));
    }

    void exportsTheSeriesAsCsv()
    {
        RetrievalStudio studio;
        QSignalSpy frames(&studio.controller(), &RetrievalController::frameReady);
        open(studio, frames, "letters", UpdateMode::RandomAsync, 0.0);
        trigger(studio.timeBar()->stepSweepAction(), frames);
        trigger(studio.timeBar()->stepSweepAction(), frames);
        QCOMPARE(studio.series().rows(), 3);
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("series.csv"));
        QCOMPARE(studio.exportSeries(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines =
            QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // header and three frames
        QCOMPARE(lines[0], QStringLiteral("t,E/N,m(A (target)),m(I),m(M),m(V)"));
        QVERIFY(lines[3].startsWith(QStringLiteral("2,")));
        QCOMPARE(lines[1].split(QLatin1Char(',')).at(2).toDouble(),
                 studio.history().at(0).overlaps[0]);
    }

    void exportsTheRunAsAnAnimatedGifOfTheHistory()
    {
        RetrievalStudio studio;
        QSignalSpy frames(&studio.controller(), &RetrievalController::frameReady);
        open(studio, frames, "letters", UpdateMode::RandomAsync, 0.0);
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("run.gif"));
        trigger(studio.timeBar()->stepSweepAction(), frames);
        trigger(studio.timeBar()->stepSweepAction(), frames);
        QCOMPARE(studio.history().size(), 3);
        // Written on a worker thread: the GUI thread goes on while the GIF is made.
        QSignalSpy written(&studio, &RetrievalStudio::runAnimationWritten);
        studio.exportRunAnimation(path);
        QVERIFY(written.wait(10000));
        QCOMPARE(written.at(0).at(0).toString(), path);
        QCOMPARE(written.at(0).at(1).toString(), QString());

        QImageReader reader(path, "gif");
        QVector<QImage> images;
        for (QImage image = reader.read(); !image.isNull(); image = reader.read())
            images.append(image);
        QCOMPARE(images.size(), 3);
        // Each picture is its frame's grid: 16 x 16 cells of 30 pixels from (8, 8), the
        // centre of every cell in the colour of its spin.
        for (int f : {0, 2}) {
            const QVector<qint8>& spins = studio.history().at(f).spins;
            int wrong = 0;
            for (int i = 0; i < spins.size(); ++i) {
                const QColor expected =
                    spins[i] > 0 ? ui::palette::spinUp() : ui::palette::spinDown();
                const QColor seen =
                    images[f].pixelColor(8 + 30 * (i % 16) + 15, 8 + 30 * (i / 16) + 15);
                wrong += std::abs(seen.red() - expected.red()) > 24;
            }
            QCOMPARE(wrong, 0);
        }
        QVERIFY(studio.history().at(0).spins != studio.history().at(2).spins);
    }

    void theRunAnimationNeedsAFrame()
    {
        RetrievalStudio studio;
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("never.gif"));
        QSignalSpy written(&studio, &RetrievalStudio::runAnimationWritten);
        studio.exportRunAnimation(path);
        QVERIFY(written.wait(10000));
        const QString error = written.at(0).at(1).toString();
        QVERIFY2(error.contains(QStringLiteral("Nothing to animate")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void theDenseMemoryIsARuleOfTheStudio()
    {
        RetrievalStudio studio;
        QSignalSpy frames(&studio.controller(), &RetrievalController::frameReady);
        open(studio, frames, "letters", UpdateMode::Synchronous, 0.5);
        auto* rule = studio.findChild<QComboBox*>(QStringLiteral("ruleComboBox"));
        const int dense = rule->findText(QStringLiteral("dense memory, F = x\u00b3"));
        QVERIFY(dense >= 0);
        QSignalSpy scenes(&studio.controller(), &RetrievalController::sceneReady);
        rule->setCurrentIndex(dense);
        emit rule->activated(dense);
        QVERIFY(scenes.wait(5000));
        const RetrievalSetup& setup = studio.controller().setup();
        QCOMPARE(setup.denseMemory, InteractionFunction::polynomial(3));
        // Its only dynamics: T = 0, one spin at a time.
        QCOMPARE(setup.temperature, 0.0);
        QCOMPARE(setup.mode, UpdateMode::RandomAsync);
        QVERIFY(studio.networkFacts().contains(QStringLiteral("dense memory F = x^3")));
        trigger(studio.timeBar()->stepSweepAction(), frames);
        trigger(studio.timeBar()->stepSweepAction(), frames);
        QCOMPARE(lastFrame(frames).attractor, QStringLiteral("retrieved A \u00b7 fixed point"));
    }

    void seriesRecordThinsEvenly()
    {
        RetrievalSeriesRecord record(4);
        record.setOverlapNames({QStringLiteral("A")});
        for (int frame = 0; frame < 8; ++frame)
            record.append(frame, -0.5, {0.1 * frame});
        // 5 rows > 4: halved to 0, 2, 4; then every 2nd new frame: 6 (7 is skipped).
        const auto columns = record.columns();
        QCOMPARE(columns[0].values, (std::vector<double>{0, 2, 4, 6}));
        QCOMPARE(columns[2].values[3], 0.1 * 6);
        record.truncateAfter(4.5);
        QCOMPARE(record.rows(), 3);
    }
};

HOPFIELD_TEST_MAIN(TestRetrievalStudio)
#include "tst_retrievalstudio.moc"
