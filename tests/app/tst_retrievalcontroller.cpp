#include "FrameSpy.h"
#include "TestSuite.h"
#include "gui/retrieval/RetrievalController.h"
#include "gui/retrieval/RetrievalWorker.h"
#include "gui/retrieval/demos/DemoCatalog.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QThread>
#include <memory>
#include <numeric>

using namespace hopfield::app;
using lab_test::lastFrame;

namespace {

RetrievalSetup demoSetup(const char* name, double speed)
{
    RetrievalSetup setup = findDemo(QString::fromLatin1(name))->setup;
    setup.speed = speed;
    return setup;
}

TrialCounts lastCounts(const QSignalSpy& spy)
{
    return spy.last().at(0).value<TrialCounts>();
}

int sum(const TrialCounts& counts)
{
    return std::accumulate(counts.byKind.begin(), counts.byKind.end(), 0);
}

} // namespace

/// The worker thread seen from the GUI thread: frames arrive by queued signals, at the
/// speed asked for, never faster than ~60 a second, and the thread stops promptly.
class TestRetrievalController : public QObject {
    Q_OBJECT

private slots:
    void sceneAndFirstFrameArrivePaused()
    {
        RetrievalController controller;
        QSignalSpy scenes(&controller, &RetrievalController::sceneReady);
        QSignalSpy frames(&controller, &RetrievalController::frameReady);
        controller.load(demoSetup("letters", 400.0), false);
        QVERIFY(frames.wait(5000));
        QCOMPARE(scenes.size(), 1);
        const RetrievalScene scene = scenes.first().at(0).value<RetrievalScene>();
        QCOMPARE(lastFrame(frames).spins, scene.start);
        QCOMPARE(lastFrame(frames).time(), 0.0);
        QVERIFY(!controller.isRunning());
        QTest::qWait(200);
        QCOMPARE(frames.size(), 1); // paused: nothing more
    }

    void lettersRunConvergesToA()
    {
        RetrievalController controller;
        QSignalSpy frames(&controller, &RetrievalController::frameReady);
        QSignalSpy running(&controller, &RetrievalController::runningChanged);
        controller.load(demoSetup("letters", kUnlimitedSpeed), true);
        QTRY_VERIFY_WITH_TIMEOUT(!frames.isEmpty() && lastFrame(frames).converged, 10000);
        const RetrievalFrame end = lastFrame(frames);
        QCOMPARE(end.overlaps[0], 1.0);
        QCOMPARE(end.attractor, QStringLiteral("retrieved A \u00b7 fixed point"));
        QTRY_VERIFY(!controller.isRunning());
        QCOMPARE(running.last().at(0).toBool(), false);
    }

    /// Seed 001's field as a pattern selector: from A with 20% flipped, h = H xi^I at a
    /// moderate H ends on I, a fixed point with m_I = 1; at H = 0 the run is the run
    /// without a field, spin for spin.
    void fieldOnAPatternSelectsIt()
    {
        // The converged last frame of `setup` after `change`, or a blank frame after 10 s.
        const auto endOf = [](const RetrievalSetup& setup, auto&& change) -> RetrievalFrame {
            RetrievalController controller;
            QSignalSpy frames(&controller, &RetrievalController::frameReady);
            controller.load(setup, false);
            change(controller);
            controller.play();
            const bool converged = QTest::qWaitFor(
                [&] { return !frames.isEmpty() && lastFrame(frames).converged; }, 10000);
            return converged ? lastFrame(frames) : RetrievalFrame{};
        };
        const RetrievalSetup letters = demoSetup("letters", kUnlimitedSpeed);
        const RetrievalFrame plain = endOf(letters, [](RetrievalController&) {});
        QVERIFY(plain.converged);
        QCOMPARE(plain.overlaps[0], 1.0);

        const RetrievalFrame selected =
            endOf(letters, [](RetrievalController& controller) { controller.setField(1, 0.8); });
        QVERIFY(selected.converged);
        QCOMPARE(selected.overlaps[1], 1.0);
        QVERIFY(selected.overlaps[0] < 0.8);
        QVERIFY(selected.attractor.startsWith(QStringLiteral("retrieved I")));
        // E / N = -1/2 sum_mu m_mu^2 (Hebb, up to the diagonal P/2N) - H m_I: the field's
        // term is in the energy the chart draws.
        QVERIFY(selected.energyPerNeuron < plain.energyPerNeuron - 0.7);

        const RetrievalFrame zero =
            endOf(letters, [](RetrievalController& controller) { controller.setField(1, 0.0); });
        QVERIFY(zero.converged);
        QCOMPARE(zero.spins, plain.spins);
        QCOMPARE(zero.sweep, plain.sweep);
        QCOMPARE(zero.energyPerNeuron, plain.energyPerNeuron);
    }

    void framesAreThrottledWhenRunningFlatOut()
    {
        // T = 0.4 never reaches a fixed point, so the run goes on as fast as it can.
        RetrievalController controller;
        QSignalSpy frames(&controller, &RetrievalController::frameReady);
        controller.load(demoSetup("letters-hot", kUnlimitedSpeed), true);
        QVERIFY(frames.wait(5000));
        QTest::qWait(300); // past the start-up
        const qsizetype before = frames.size();
        const double timeBefore = lastFrame(frames).time();
        QElapsedTimer clock;
        clock.start();
        QTest::qWait(1000);
        const double seconds = clock.elapsed() / 1000.0;
        const qsizetype count = frames.size() - before;
        const double sweeps = lastFrame(frames).time() - timeBefore;
        qInfo("%lld frames and %.0f sweeps in %.2f s", static_cast<long long>(count), sweeps,
              seconds);
        QVERIFY(count <= 70 * seconds);
        QVERIFY(count >= 10);         // and it does stay live
        QVERIFY(sweeps > 10 * count); // many sweeps per frame: frames are throttled, not the run
    }

    void speedIsUpdatesPerSecond()
    {
        // 400 updates/s on 256 neurons: about 1.56 sweeps a second.
        RetrievalController controller;
        QSignalSpy frames(&controller, &RetrievalController::frameReady);
        controller.load(demoSetup("letters-hot", 400.0), true);
        QVERIFY(frames.wait(5000));
        const double timeBefore = lastFrame(frames).time();
        QElapsedTimer clock;
        clock.start();
        QTest::qWait(1500);
        const double updates = (lastFrame(frames).time() - timeBefore) * 256.0;
        const double rate = updates / (clock.elapsed() / 1000.0);
        qInfo("%.0f updates/s", rate);
        QVERIFY(rate > 0.7 * 400.0);
        QVERIFY(rate < 1.3 * 400.0);
    }

    void stepAndReset()
    {
        RetrievalController controller;
        QSignalSpy frames(&controller, &RetrievalController::frameReady);
        controller.load(demoSetup("letters-hot", 400.0), false);
        QVERIFY(frames.wait(5000));
        const QVector<qint8> start = lastFrame(frames).spins;
        controller.stepSweep();
        QVERIFY(frames.wait(5000));
        QCOMPARE(lastFrame(frames).sweep, 1);
        QCOMPARE(lastFrame(frames).sweepFraction, 0.0);
        controller.stepSweep();
        QVERIFY(frames.wait(5000));
        QCOMPARE(lastFrame(frames).sweep, 2);
        controller.reset();
        QVERIFY(frames.wait(5000));
        QCOMPARE(lastFrame(frames).time(), 0.0);
        QCOMPARE(lastFrame(frames).spins, start);
    }

    void newCorruptionChangesTheStart()
    {
        RetrievalController controller;
        QSignalSpy scenes(&controller, &RetrievalController::sceneReady);
        controller.load(demoSetup("letters", 400.0), false);
        QVERIFY(scenes.wait(5000));
        controller.newCorruption();
        QVERIFY(scenes.wait(5000));
        QCOMPARE(controller.setup().seed, demoSetup("letters", 400.0).seed + 1);
        QVERIFY(scenes.at(0).at(0).value<RetrievalScene>().start !=
                scenes.at(1).at(0).value<RetrievalScene>().start);
    }

    void badSetupsAreReported()
    {
        RetrievalController controller;
        QSignalSpy failures(&controller, &RetrievalController::failed);
        RetrievalSetup setup = demoSetup("letters", 400.0);
        setup.target = 99;
        controller.load(setup, true);
        QVERIFY(failures.wait(5000));
        QVERIFY(failures.first().at(0).toString().contains(QStringLiteral("target")));
    }

    void theEngineIsOnlyCalledFromTheWorkerThread()
    {
        RetrievalController controller;
        QSignalSpy frames(&controller, &RetrievalController::frameReady);
        QSignalSpy trials(&controller, &RetrievalController::trialsProgress);
        controller.load(demoSetup("letters-hot", 4000.0), true);
        QVERIFY(frames.wait(5000));
        QTest::qWait(100);
        controller.setTemperature(0.6);
        controller.stepSweep();
        controller.stepSpin();
        controller.restore(lastFrame(frames));
        controller.reset();
        controller.setMode(hopfield::UpdateMode::SequentialAsync);
        controller.setRule(hopfield::CouplingRule::PseudoInverse, 0.0);
        controller.runTrials(3);
        QTRY_VERIFY_WITH_TIMEOUT(!trials.isEmpty() && lastCounts(trials).finished(), 10000);
        QCOMPARE(controller.engineCallsOffThread(), 0);
        QVERIFY(controller.engineCalls() > 10);
        QCOMPARE(controller.lastEngineThread(), controller.workerThread());
        QVERIFY(controller.lastEngineThread() != QThread::currentThread());
    }

    void theEngineCallCheckCatchesACallFromTheWrongThread()
    {
        // The check above can fail: a worker living in another thread but called
        // directly from this one counts those calls as off its thread.
        QThread thread;
        RetrievalWorker worker;
        worker.moveToThread(&thread);
        worker.configure(demoSetup("letters", 400.0), worker.nextRequest());
        worker.stepSpin();
        QVERIFY(worker.engineCalls() >= 2);
        QCOMPARE(worker.engineCallsOffThread(), worker.engineCalls());
        QCOMPARE(worker.lastEngineThread(), QThread::currentThread());
    }

    void trialCountsAddUpToTheTrials()
    {
        RetrievalController controller;
        QSignalSpy trials(&controller, &RetrievalController::trialsProgress);
        controller.load(demoSetup("letters", 400.0), false);
        controller.runTrials(20);
        QTRY_VERIFY_WITH_TIMEOUT(!trials.isEmpty() && lastCounts(trials).finished(), 10000);
        for (const QList<QVariant>& report : trials) {
            const TrialCounts counts = report.at(0).value<TrialCounts>();
            QCOMPARE(sum(counts), counts.done); // running counts, after every trial
        }
        const TrialCounts end = lastCounts(trials);
        QCOMPARE(end.done, 20);
        QCOMPARE(end.total, 20);
        QVERIFY(!end.cancelled);
        // The demo's four letters come back from 20% noise in over 99% of seeds (see
        // DemoCatalog): 18 of 20 leaves room for two unlucky seeds.
        QVERIFY(end.count(hopfield::StateKind::Retrieval) >= 18);
    }

    void mixtureTrialsEndInMixtures()
    {
        RetrievalController controller;
        QSignalSpy trials(&controller, &RetrievalController::trialsProgress);
        controller.load(demoSetup("letters-mixture", 400.0), false);
        controller.runTrials(10);
        QTRY_VERIFY_WITH_TIMEOUT(!trials.isEmpty() && lastCounts(trials).finished(), 10000);
        const TrialCounts end = lastCounts(trials);
        QCOMPARE(sum(end), 10);
        QVERIFY(end.count(hopfield::StateKind::Mixture) >= 8);
    }

    void trialsCanBeCancelled()
    {
        RetrievalController controller;
        QSignalSpy trials(&controller, &RetrievalController::trialsProgress);
        controller.load(demoSetup("letters", 400.0), false);
        controller.runTrials(100000);
        QTRY_VERIFY_WITH_TIMEOUT(trials.size() >= 3, 5000);
        controller.cancelTrials();
        QTRY_VERIFY_WITH_TIMEOUT(lastCounts(trials).cancelled, 5000);
        const TrialCounts end = lastCounts(trials);
        QVERIFY(end.done < end.total);
        QCOMPARE(sum(end), end.done);
    }

    void stopsPromptlyWhileRunningFlatOut()
    {
        // 10,000 neurons at T = 0.3: no fixed point, chunks as long as the budget allows.
        auto controller = std::make_unique<RetrievalController>();
        QSignalSpy frames(controller.get(), &RetrievalController::frameReady);
        RetrievalSetup setup = demoSetup("random-100x100", kUnlimitedSpeed);
        setup.temperature = 0.3;
        controller->load(setup, true);
        QVERIFY(frames.wait(10000));
        QTest::qWait(200);
        QElapsedTimer clock;
        clock.start();
        controller.reset();
        qInfo("joined the worker in %lld ms", static_cast<long long>(clock.elapsed()));
        QVERIFY(clock.elapsed() < 500);
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestRetrievalController)
#include "tst_retrievalcontroller.moc"
