#include "FuzzyCompare.h"
#include "TestSuite.h"
#include "core/Corruption.h"
#include "discrete/DenseAssociativeMemory.h"
#include "discrete/Dynamics.h"
#include "discrete/HopfieldModel.h"

#include <algorithm>
#include <cmath>

using namespace hopfield;

Q_DECLARE_METATYPE(hopfield::CouplingForm)

class TestDynamics : public QObject {
    Q_OBJECT
private slots:
    void energyNeverRisesAtZeroTemperature_data()
    {
        QTest::addColumn<CouplingForm>("form");
        QTest::addColumn<int>("patterns");
        QTest::newRow("overlap, alpha 0.05") << CouplingForm::Overlap << 25;
        QTest::newRow("overlap, alpha 0.3 (spin glass)") << CouplingForm::Overlap << 150;
        QTest::newRow("dense, alpha 0.3") << CouplingForm::Dense << 150;
    }
    void energyNeverRisesAtZeroTemperature()
    {
        QFETCH(CouplingForm, form);
        QFETCH(int, patterns);
        Rng rng(12);
        const PatternSet stored = randomPatterns(500, 1, patterns, 0.0, rng);
        HopfieldNetwork network(stored, form);
        for (int start = 0; start < 5; ++start) {
            network.setState(flipExactly(stored[start], 0.45, rng).spins());
            double energy = network.energy();
            int flips = 0;
            // Check after every single-spin update, not only every sweep: each flip
            // changes E by -2 |h_i| <= 0.
            for (int step = 0; step < 20 * 500; ++step) {
                if (network.updateSpin(static_cast<int>(rng.below(500)), 0.0, rng))
                    ++flips;
                const double next = network.energy();
                QVERIFY2(next <= energy + 1e-9,
                         qPrintable(QString("E rose from %1 to %2 at step %3")
                                        .arg(energy)
                                        .arg(next)
                                        .arg(step)));
                energy = next;
            }
            QVERIFY(flips > 0);
        }
    }

    void retrievesFromTwentyPercentNoiseAtLowLoad()
    {
        // alpha = 0.05 < alpha_c = 0.138: every pattern is retrieved from 20% flips.
        Rng rng(5);
        const PatternSet stored = randomPatterns(1000, 1, 50, 0.0, rng);
        HopfieldNetwork network(stored);
        for (int mu = 0; mu < stored.size(); ++mu) {
            network.setState(flipExactly(stored[mu], 0.2, rng).spins());
            const DynamicsResult result = runDynamics(network, {}, rng);
            QVERIFY(result.converged);
            const double m = result.trace.back().overlaps[static_cast<std::size_t>(mu)];
            QVERIFY2(std::abs(m) > 0.95,
                     qPrintable(QString("pattern %1 ended at m = %2").arg(mu).arg(m)));
        }
    }

    void symmetricThreeMixtureIsAFixedPoint()
    {
        // At alpha -> 0 the 3-mixture is a T = 0 attractor with m = 1/2 for each of its
        // patterns (Amit, Gutfreund, Sompolinsky 1985), up to 3/sqrt(N) finite-size noise.
        Rng rng(8);
        const int n = 1000;
        const PatternSet stored = randomPatterns(n, 1, 3, 0.0, rng);
        HopfieldNetwork network(stored);
        network.setState(mixture(stored, std::vector<int>{0, 1, 2}, rng).spins());
        const DynamicsResult result = runDynamics(network, {}, rng);
        QVERIFY(result.converged);
        QCOMPARE(result.sweeps(), 1); // the first sweep flips nothing
        for (double m : result.trace.back().overlaps)
            HL_COMPARE_NEAR(m, 0.5, 3.0 / std::sqrt(n));
        // E/N = -n m_n^2 / 2 = -0.375 for n = 3 (plus P/2N from the zero diagonal).
        HL_COMPARE_NEAR(result.trace.back().energy / n, -0.375 + 1.5 / n, 0.05);
    }

    void synchronousDynamicsFindsTwoCycles()
    {
        // xi = (+1, -1) gives J_12 = -1/2; from (+1, +1) both spins flip together forever.
        PatternSet stored(2, 1);
        stored.add(Pattern(2, 1, std::vector<Spin>{1, -1}));
        HopfieldNetwork network(stored);
        network.setState(std::vector<Spin>{1, 1});
        Rng rng(1);
        const DynamicsResult result = runDynamics(network, {UpdateMode::Synchronous, 0.0, 50}, rng);
        QVERIFY(result.twoCycle);
        QVERIFY(!result.converged);
        QCOMPARE(result.sweeps(), 2);
        // Asynchronous dynamics from the same state settles instead.
        network.setState(std::vector<Spin>{1, 1});
        QVERIFY(runDynamics(network, {UpdateMode::SequentialAsync, 0.0, 50}, rng).converged);
    }

    void traceStartsWithTheInitialStateAndObserverCanStop()
    {
        Rng rng(3);
        const PatternSet stored = randomPatterns(200, 1, 5, 0.0, rng);
        HopfieldNetwork network(stored);
        network.setState(stored[1].spins());
        const double initialEnergy = network.energy();
        int seen = 0;
        const DynamicsResult result = runDynamics(network, {UpdateMode::RandomAsync, 1.5, 40}, rng,
                                                  [&](const SweepRecord&) { return ++seen < 4; });
        QVERIFY(result.cancelled);
        QCOMPARE(seen, 4);
        QCOMPARE(result.trace.front().energy, initialEnergy);
        QCOMPARE(result.trace.front().overlaps[1], 1.0);
        QCOMPARE(result.sweeps(), 3);
    }

    void withoutTheTraceOnlyTheEndsAreKept()
    {
        // keepTrace = false: the same run (same random numbers), the observer sees all 60
        // records, the result holds the first and the last, and sweeps() still counts 60.
        Rng patternRng(5);
        const PatternSet stored = randomPatterns(200, 1, 10, 0.0, patternRng);
        const auto run = [&](bool keepTrace, std::vector<double>& energies) {
            HopfieldNetwork network(stored);
            network.setState(stored[2].spins());
            Rng rng(9);
            DynamicsOptions options{UpdateMode::RandomAsync, 1.0, 60};
            options.keepTrace = keepTrace;
            return runDynamics(network, options, rng, [&](const SweepRecord& record) {
                energies.push_back(record.energy);
                return true;
            });
        };
        std::vector<double> kept, streamed;
        const DynamicsResult full = run(true, kept);
        const DynamicsResult ends = run(false, streamed);
        QCOMPARE(full.trace.size(), std::size_t(61));
        QCOMPARE(ends.trace.size(), std::size_t(2));
        QCOMPARE(ends.sweeps(), 60);
        QCOMPARE(full.sweeps(), 60);
        QVERIFY(kept == streamed);
        QCOMPARE(ends.trace.front().overlaps, full.trace.front().overlaps);
        QCOMPARE(ends.trace.back().overlaps, full.trace.back().overlaps);
        QCOMPARE(ends.trace.back().energy, full.trace.back().energy);
    }

    void sameSeedSameRun()
    {
        Rng patternRng(4);
        const PatternSet stored = randomPatterns(300, 1, 30, 0.0, patternRng);
        const Pattern start = flipExactly(stored[0], 0.3, patternRng);
        auto run = [&](std::uint64_t seed) {
            HopfieldNetwork network(stored);
            network.setState(start.spins());
            Rng rng(seed);
            runDynamics(network, {UpdateMode::RandomAsync, 0.4, 20}, rng);
            return std::vector<Spin>(network.state().begin(), network.state().end());
        };
        QVERIFY(run(7) == run(7));
        QVERIFY(run(7) != run(8));
    }

    void aModelRunsLikeItsNetwork()
    {
        // Through the one model interface (issue 10) the run is the network's own: the
        // same random numbers give the same trace, for synchronous and Glauber dynamics.
        Rng patternRng(6);
        const PatternSet stored = randomPatterns(150, 1, 12, 0.0, patternRng);
        const Pattern start = flipExactly(stored[3], 0.35, patternRng);
        for (const DynamicsOptions options : {DynamicsOptions{UpdateMode::Synchronous, 0.0, 30},
                                              DynamicsOptions{UpdateMode::RandomAsync, 0.6, 25}}) {
            HopfieldNetwork network(stored);
            network.setState(start.spins());
            HopfieldModel model(network, options.mode, options.temperature);
            Rng a(21), b(21);
            const DynamicsResult direct = runDynamics(network, options, a);
            const DynamicsResult viaModel = runDynamics(model, options, b);
            QCOMPARE(viaModel.sweeps(), direct.sweeps());
            QCOMPARE(viaModel.converged, direct.converged);
            for (std::size_t s = 0; s < direct.trace.size(); ++s) {
                QCOMPARE(viaModel.trace[s].flips, direct.trace[s].flips);
                QCOMPARE(viaModel.trace[s].energy, direct.trace[s].energy);
            }
            QVERIFY(std::ranges::equal(model.state(), network.state()));
        }
    }

    void theDenseMemoryStopsAtItsFixedPoint()
    {
        // The dense memory (n = 3) through runDynamics: the sweeps and state of
        // retrieveDense with the same seed, E never rising, and the last sweep flipless.
        Rng patternRng(8);
        const PatternSet stored = randomPatterns(120, 1, 40, 0.0, patternRng);
        const Pattern start = flipExactly(stored[5], 0.3, patternRng);
        DenseAssociativeMemory memory(stored, InteractionFunction::polynomial(3));
        Rng a(13), b(13);
        const DenseRetrieval reference = retrieveDense(memory, start, 50, a);
        memory.setState(start.spins());
        const DynamicsResult result = runDynamics(memory, {UpdateMode::RandomAsync, 0.0, 50}, b);
        QVERIFY(result.converged);
        QCOMPARE(result.sweeps(), reference.sweeps);
        QCOMPARE(result.trace.back().flips, 0);
        QVERIFY(std::ranges::equal(memory.state(), reference.finalState.spins()));
        QCOMPARE(result.trace.back().overlaps[5], 1.0);
        for (std::size_t s = 1; s < result.trace.size(); ++s)
            QVERIFY(result.trace[s].energy <= result.trace[s - 1].energy);
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestDynamics)
#include "tst_dynamics.moc"
