#include "TestSuite.h"
#include "core/Corruption.h"
#include "discrete/DenseAssociativeMemory.h"
#include "discrete/Dynamics.h"
#include "gui/retrieval/demos/DemoCatalog.h"
#include "gui/retrieval/run/RetrievalHistory.h"
#include "gui/retrieval/run/RetrievalRun.h"

#include <algorithm>
#include <atomic>
#include <limits>
#include <vector>

using namespace hopfield;
using namespace hopfield::app;

namespace {

const std::atomic<bool> kGo{false};
constexpr std::int64_t kForever = std::numeric_limits<std::int64_t>::max();

RetrievalSetup randomSetup(UpdateMode mode, double temperature)
{
    RetrievalSetup setup;
    setup.patterns.kind = PatternSource::Kind::Random;
    setup.patterns.width = 20;
    setup.patterns.height = 10;
    setup.patterns.count = 12;
    setup.noise = 0.25;
    setup.seed = 42;
    setup.mode = mode;
    setup.temperature = temperature;
    return setup;
}

} // namespace

/// The run the window animates, one spin update at a time, against the engine's own
/// sweeps: same seed, same states.
class TestRetrievalRun : public QObject {
    Q_OBJECT

private slots:
    void followsTheEngineSweepForSweep_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<double>("temperature");
        QTest::newRow("random async, T = 0") << int(UpdateMode::RandomAsync) << 0.0;
        QTest::newRow("random async, T = 0.5") << int(UpdateMode::RandomAsync) << 0.5;
        QTest::newRow("sequential, T = 0") << int(UpdateMode::SequentialAsync) << 0.0;
        QTest::newRow("synchronous, T = 0.3") << int(UpdateMode::Synchronous) << 0.3;
    }

    void followsTheEngineSweepForSweep()
    {
        QFETCH(int, mode);
        QFETCH(double, temperature);
        const RetrievalSetup setup = randomSetup(static_cast<UpdateMode>(mode), temperature);

        // What hopfield-lab-cli retrieve does: one generator for patterns, start, dynamics.
        Rng rng(setup.seed);
        const PatternSet stored = randomPatterns(20, 10, 12, 0.0, rng);
        HopfieldNetwork reference(stored);
        reference.setState(flipExactly(stored[0], setup.noise, rng).spins());

        RetrievalRun run(setup);
        QVERIFY(run.start().spins().size() == reference.state().size());
        QVERIFY(std::equal(reference.state().begin(), reference.state().end(),
                           run.start().spins().begin()));
        for (int sweep = 1; sweep <= 6 && !run.converged(); ++sweep) {
            // Uneven chunks: where a chunk ends must not matter.
            for (int chunk = 0; chunk < 5; ++chunk)
                run.advance(37, kGo);
            run.completeSweep(kGo);
            QCOMPARE(run.sweep(), sweep);
            reference.sweep(setup.mode, temperature, rng);
            const auto state = run.model().state();
            QVERIFY2(std::equal(state.begin(), state.end(), reference.state().begin()),
                     qPrintable(QStringLiteral("states differ after sweep %1").arg(sweep)));
        }
    }

    void aNewTemperatureReachesTheModel_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("random async") << static_cast<int>(UpdateMode::RandomAsync);
        QTest::newRow("synchronous") << static_cast<int>(UpdateMode::Synchronous);
    }

    void aNewTemperatureReachesTheModel()
    {
        // The model the run holds keeps its own T (issue 10): after setTemperature the
        // sweeps, per spin or synchronous, must be the network's at the new T.
        QFETCH(int, mode);
        const RetrievalSetup setup = randomSetup(static_cast<UpdateMode>(mode), 0.0);
        Rng rng(setup.seed);
        const PatternSet stored = randomPatterns(20, 10, 12, 0.0, rng);
        HopfieldNetwork reference(stored);
        reference.setState(flipExactly(stored[0], setup.noise, rng).spins());

        RetrievalRun run(setup);
        run.setTemperature(0.8);
        for (int sweep = 1; sweep <= 4; ++sweep) {
            run.completeSweep(kGo);
            QVERIFY(reference.sweep(setup.mode, 0.8, rng) > 0); // T = 0.8 keeps flipping
            QVERIFY(std::ranges::equal(run.model().state(), reference.state()));
        }
        QCOMPARE(run.statePattern(), reference.statePattern());
    }

    void lettersDemoRetrievesA()
    {
        RetrievalRun run(findDemo(QStringLiteral("letters"))->setup);
        const RetrievalFrame start = run.frame();
        QVERIFY(start.overlaps[0] < 0.7);
        // Before the dynamics reaches an attractor the badge names none (issue 11, item 2).
        QVERIFY(!start.settled);
        QCOMPARE(start.attractor, QStringLiteral("not settled yet"));
        run.advance(kForever, kGo);
        QVERIFY(run.converged());
        const RetrievalFrame end = run.frame();
        QCOMPARE(end.overlaps[0], 1.0);
        QCOMPARE(end.kind, StateKind::Retrieval);
        QCOMPARE(end.attractor, QStringLiteral("retrieved A \u00b7 fixed point"));
        QCOMPARE(end.flipsLastSweep, 0);
        QCOMPARE(end.lastUpdated, -1);
        QVERIFY(end.energyPerNeuron < start.energyPerNeuron);
    }

    void mixtureDemoEndsInTheMixture()
    {
        RetrievalRun run(findDemo(QStringLiteral("letters-mixture"))->setup);
        run.advance(kForever, kGo);
        QVERIFY(run.converged());
        QCOMPARE(run.frame().attractor, QStringLiteral("mixture of A, I, M \u00b7 fixed point"));
    }

    void resetReplaysTheSameRun()
    {
        RetrievalRun run(randomSetup(UpdateMode::RandomAsync, 0.5));
        run.advance(1000, kGo);
        const RetrievalFrame first = run.frame();
        run.reset();
        QCOMPARE(run.frame().spins,
                 QVector<qint8>(run.start().spins().begin(), run.start().spins().end()));
        QCOMPARE(run.sweep(), 0);
        run.advance(1000, kGo);
        QCOMPARE(run.frame().spins, first.spins);
        QCOMPARE(run.frame().time(), first.time());
    }

    void completeSweepEndsOnABoundary()
    {
        RetrievalRun run(randomSetup(UpdateMode::RandomAsync, 0.5));
        run.advance(50, kGo);
        QCOMPARE(run.frame().sweepFraction, 50.0 / 200.0);
        run.completeSweep(kGo);
        QCOMPARE(run.sweep(), 1);
        QCOMPARE(run.frame().sweepFraction, 0.0);
        run.completeSweep(kGo);
        QCOMPARE(run.sweep(), 2);
    }

    void framesShareTheVisitingOrderUntilItChanges()
    {
        // Frames of one sweep hold the run's order itself, not a copy of its N ints; the
        // next sweep's shuffle leaves the order an earlier frame holds as it was.
        RetrievalRun run(randomSetup(UpdateMode::RandomAsync, 0.5));
        run.advance(50, kGo);
        const RetrievalFrame first = run.frame();
        const RetrievalFrame second = run.frame();
        QCOMPARE(first.checkpoint.order.size(), 200);
        QCOMPARE(second.checkpoint.order.constData(), first.checkpoint.order.constData());
        const std::vector<int> kept(first.checkpoint.order.begin(), first.checkpoint.order.end());
        run.completeSweep(kGo);
        run.advance(1, kGo); // the next sweep begins with a new shuffle
        const QVector<int> next = run.checkpoint().order;
        QVERIFY(next.constData() != first.checkpoint.order.constData());
        QVERIFY(!std::equal(next.begin(), next.end(), kept.begin()));
        QVERIFY(std::equal(kept.begin(), kept.end(), first.checkpoint.order.begin()));
    }

    void stopFlagEndsAChunk()
    {
        RetrievalRun run(randomSetup(UpdateMode::RandomAsync, 0.5));
        const std::atomic<bool> stop{true};
        QCOMPARE(run.advance(kForever, stop), std::int64_t(0));
    }

    void heatingLeavesAFixedPoint()
    {
        RetrievalRun run(randomSetup(UpdateMode::RandomAsync, 0.0));
        run.advance(kForever, kGo);
        QVERIFY(run.converged());
        run.setTemperature(0.8);
        QVERIFY(!run.converged());
        QCOMPARE(run.advance(400, kGo), std::int64_t(400));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, run.setTemperature(-1.0));
    }

    void stepSpinFollowsTheSweepOrder()
    {
        RetrievalRun run(randomSetup(UpdateMode::SequentialAsync, 0.5));
        for (int i = 0; i < 5; ++i) {
            const QVector<qint8> before = run.frame().spins;
            QCOMPARE(run.stepSpin(), i); // sequential: spins 0, 1, 2, ...
            const QVector<qint8> after = run.frame().spins;
            for (int j = 0; j < 200; ++j)
                if (j != i)
                    QCOMPARE(after[j], before[j]);
        }
        QCOMPARE(run.frame().sweepFraction, 5.0 / 200.0);
        RetrievalRun synchronous(randomSetup(UpdateMode::Synchronous, 0.5));
        QCOMPARE(synchronous.stepSpin(), -1);
        QCOMPARE(synchronous.frame().time(), 0.0);
    }

    void restoreGoesBackToAFrame()
    {
        RetrievalRun run(randomSetup(UpdateMode::SequentialAsync, 0.0));
        run.advance(250, kGo);
        const RetrievalFrame earlier = run.frame();
        run.advance(kForever, kGo);
        QVERIFY(run.converged());
        run.restore(std::span<const Spin>(earlier.spins.constData(), 200), earlier.sweep,
                    earlier.sweepFraction);
        QVERIFY(!run.converged());
        const RetrievalFrame back = run.frame();
        QCOMPARE(back.spins, earlier.spins);
        QCOMPARE(back.time(), earlier.time());
        QCOMPARE(back.overlaps, earlier.overlaps);
        QCOMPARE(back.energyPerNeuron, earlier.energyPerNeuron);
        const std::vector<Spin> wrongSize(10, 1);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, run.restore(wrongSize, 0, 0.0));
    }

    void meanSpinsAverageTheSweepEnds()
    {
        RetrievalRun run(randomSetup(UpdateMode::RandomAsync, 0.8));
        QVERIFY(run.frame().meanSpins.isEmpty()); // no sweep yet
        std::vector<double> sums(200, 0.0);
        for (int sweep = 1; sweep <= 7; ++sweep) {
            run.completeSweep(kGo);
            const QVector<qint8> spins = run.frame().spins;
            for (int i = 0; i < 200; ++i)
                sums[static_cast<std::size_t>(i)] += spins[i];
        }
        const RetrievalFrame frame = run.frame();
        QCOMPARE(frame.averagedSweeps, 7);
        for (int i = 0; i < 200; ++i) // float storage: 7 digits are exact for k/7
            QVERIFY(std::abs(frame.meanSpins[i] - sums[static_cast<std::size_t>(i)] / 7.0) < 1e-6);
        run.setTemperature(0.6); // a new temperature starts a new average
        QVERIFY(run.frame().meanSpins.isEmpty());
        run.setTemperature(0.0);
        run.completeSweep(kGo);
        QVERIFY(run.frame().meanSpins.isEmpty()); // T = 0: no averages
    }

    void otherRulesRetrieveToo_data()
    {
        QTest::addColumn<int>("rule");
        QTest::newRow("pseudo-inverse") << int(CouplingRule::PseudoInverse);
        QTest::newRow("Storkey") << int(CouplingRule::Storkey);
        QTest::newRow("dreaming") << int(CouplingRule::Dreaming);
        QTest::newRow("unlearning") << int(CouplingRule::Unlearning);
        // Learnt from noisy examples of the letters only: the letters themselves attract.
        QTest::newRow("Boltzmann") << int(CouplingRule::Boltzmann);
        QTest::newRow("examples, supervised") << int(CouplingRule::ExamplesSupervised);
        QTest::newRow("examples, unsupervised") << int(CouplingRule::ExamplesUnsupervised);
    }

    void otherRulesRetrieveToo()
    {
        QFETCH(int, rule);
        RetrievalSetup setup = findDemo(QStringLiteral("letters"))->setup;
        setup.rule = static_cast<CouplingRule>(rule);
        RetrievalRun run(setup);
        run.advance(kForever, kGo);
        QVERIFY(run.converged());
        QCOMPARE(run.frame().attractor, QStringLiteral("retrieved A \u00b7 fixed point"));
    }

    void aWarmRunIsNamedOnceItsReadingHolds()
    {
        // At T = 0.3 the letters demo never reaches a fixed point; it is named once the
        // reading at the sweep ends has stayed the same for five sweeps.
        RetrievalSetup setup = findDemo(QStringLiteral("letters"))->setup;
        setup.temperature = 0.3;
        RetrievalRun run(setup);
        const std::atomic<bool> go{false};
        for (int sweep = 0; sweep < 4; ++sweep)
            run.completeSweep(go);
        QVERIFY(!run.frame().settled);
        for (int sweep = 0; sweep < 20; ++sweep)
            run.completeSweep(go);
        const RetrievalFrame frame = run.frame();
        QVERIFY(frame.settled);
        QVERIFY(!frame.converged);
        QVERIFY2(frame.attractor.startsWith(QStringLiteral("retrieved A \u00b7 stable for ")),
                 qPrintable(frame.attractor));
    }

    void denseMemoryRetrievesFarBeyondHebbsCapacity()
    {
        // 60 random patterns in 200 neurons (alpha = 0.3, twice Hebb's alpha_c) from 25%
        // noise: F = x^3 stores ~ N^2 / (2 ln N) ~ 3800 and retrieves; Hebb does not.
        RetrievalSetup setup = randomSetup(UpdateMode::RandomAsync, 0.0);
        setup.patterns.count = 60;
        RetrievalRun hebb(setup);
        hebb.advance(kForever, kGo);
        QVERIFY2(hebb.frame().overlaps[0] < 0.9, qPrintable(hebb.frame().attractor));

        setup.denseMemory = InteractionFunction::polynomial(3);
        RetrievalRun dense(setup);
        QVERIFY(dynamic_cast<const DenseAssociativeMemory*>(&dense.model()) != nullptr);
        double energy = dense.frame().energyPerNeuron;
        while (!dense.converged()) {
            QVERIFY(dense.stepSpin() >= 0);
            const double next = dense.frame().energyPerNeuron;
            QVERIFY(next <= energy + 1e-12); // T = 0: the energy never rises
            energy = next;
        }
        QCOMPARE(dense.frame().overlaps[0], 1.0);
        QVERIFY(dense.frame().attractor.startsWith(QStringLiteral("retrieved")));
    }

    void denseMemoryRefusesHeatAndSynchronousUpdates()
    {
        RetrievalSetup setup = randomSetup(UpdateMode::RandomAsync, 0.0);
        setup.denseMemory = InteractionFunction::exponential();
        RetrievalRun run(setup);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, run.setTemperature(0.5));
        setup.temperature = 0.5;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, RetrievalRun{setup});
        setup.temperature = 0.0;
        setup.mode = UpdateMode::Synchronous;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, RetrievalRun{setup});
    }

    void givenPatternsAndStart()
    {
        Rng rng(3);
        RetrievalSetup setup;
        setup.patterns.kind = PatternSource::Kind::Given;
        setup.patterns.given = randomPatterns(8, 8, 3, 0.0, rng);
        setup.start = StartKind::Given;
        const auto spins = setup.patterns.given[1].spins();
        setup.startSpins.assign(spins.begin(), spins.end());
        RetrievalRun run(setup);
        QCOMPARE(run.frame().overlaps[1], 1.0);
        setup.startSpins.resize(5);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, RetrievalRun{setup});
    }

    void historyKeepsTheNewestFrames()
    {
        RetrievalHistory history(3);
        for (int sweep = 0; sweep < 5; ++sweep) {
            RetrievalFrame frame;
            frame.sweep = sweep;
            history.append(frame);
        }
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(0).sweep, 2);
        QCOMPARE(history.at(2).sweep, 4);
        history.truncateAfter(0);
        QCOMPARE(history.size(), 1);
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, history.at(1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, RetrievalHistory(0));
    }

    void badSetupsSayWhy()
    {
        RetrievalSetup setup = randomSetup(UpdateMode::RandomAsync, 0.0);
        setup.target = 12;
        try {
            RetrievalRun run(setup);
            QFAIL("a target out of range was accepted");
        } catch (const std::invalid_argument& error) {
            QVERIFY(QString::fromUtf8(error.what()).contains(QStringLiteral("target pattern 12")));
        }
    }

    void sceneDescribesTheStart()
    {
        RetrievalRun run(findDemo(QStringLiteral("letters"))->setup);
        const RetrievalScene scene = run.scene();
        QCOMPARE(scene.width, 16);
        QCOMPARE(scene.names, (QStringList{"A", "I", "M", "V"}));
        QCOMPARE(scene.stored.size(), 4);
        QCOMPARE(scene.target, 0);
        QCOMPARE(scene.startDescription, QStringLiteral("A, 20% flipped"));
        // 20% of 256 is 51 flipped spins.
        int differences = 0;
        for (int i = 0; i < 256; ++i)
            differences += scene.start[i] != scene.stored[0][i];
        QCOMPARE(differences, 51);
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestRetrievalRun)
#include "tst_retrievalrun.moc"
