#include "FuzzyCompare.h"
#include "TestSuite.h"
#include "analysis/Sweep.h"
#include "analysis/SweepCache.h"
#include "core/Corruption.h"
#include "discrete/HebbReplicas.h"

#include <atomic>
#include <cmath>
#include <stdexcept>

using namespace hopfield;

Q_DECLARE_METATYPE(hopfield::SweepParameters)

namespace {

/// A rule that does nothing: the final state is the start, so m = 1 - 2 * noise exactly.
SweepRule identityRule(std::atomic<int>* calls = nullptr)
{
    return {"identity", [calls](const PatternSet&, std::span<const Spin> start, double, Rng&) {
                if (calls)
                    ++*calls;
                return std::vector<Spin>(start.begin(), start.end());
            }};
}

SweepParameters smallHebbSweep()
{
    SweepParameters parameters;
    parameters.neurons = 200;
    parameters.alpha = {0.05, 0.25, 0.1};
    parameters.temperature = {0.0, 0.4, 0.4};
    parameters.noise = SweepRange::single(0.1);
    parameters.samples = 3;
    parameters.seed = 42;
    return parameters;
}

} // namespace

class TestSweep : public QObject {
    Q_OBJECT
private slots:
    void rangesIncludeTheirStop()
    {
        QCOMPARE(SweepRange({0.1, 0.2, 0.01}).count(), 11);
        QCOMPARE(SweepRange({0.1, 0.2, 0.01}).values().back(), 0.2);
        QCOMPARE(SweepRange::single(0.3).values(), std::vector<double>{0.3});
        // A step beyond the range gives one value, the start (not the stop).
        QCOMPARE(SweepRange({0.05, 0.2, 1e9}).values(), std::vector<double>{0.05});
        QCOMPARE(SweepRange({0.0, 1.0, 1e10}).values(), std::vector<double>{0.0});
        QCOMPARE(SweepRange({0.0, 1.0, 0.3}).values().size(), std::size_t(4)); // 0 .3 .6 .9
    }

    void pluggedRuleSeesTheCorruptedTarget()
    {
        // N = 100 and 10% noise flip exactly 10 spins: m = 0.8 in every sample, and no
        // sample passes |m| > 0.9.
        SweepParameters parameters;
        parameters.neurons = 100;
        parameters.noise = {0.0, 0.1, 0.1};
        parameters.samples = 4;
        const SweepResult result = runSweep(parameters, identityRule());
        QCOMPARE(result.points.size(), std::size_t(2));
        QCOMPARE(result.points[0].meanOverlap, 1.0);
        QCOMPARE(result.points[0].retrievalFraction, 1.0);
        QCOMPARE(result.points[1].meanOverlap, 0.8);
        QCOMPARE(result.points[1].stdOverlap, 0.0);
        QCOMPARE(result.points[1].retrievalFraction, 0.0);
        QCOMPARE(result.points[1].overlaps.size(), std::size_t(4));
        QCOMPARE(result.points[1].patterns, 10); // round(0.1 * 100)
    }

    void everyPointIsAnnouncedOnceWithItsFinalStatistics()
    {
        // A live phase diagram fills its cells as points finish (issue 11).
        SweepParameters parameters = smallHebbSweep();
        parameters.threads = 2;
        std::vector<int> announced(6, 0);
        std::vector<SweepPoint> seen(6);
        SweepControl control;
        control.pointDone = [&](std::size_t index, const SweepPoint& point) {
            ++announced.at(index);
            seen.at(index) = point;
        };
        const SweepResult result =
            runSweep(parameters, couplingSweepRule(CouplingRule::Hebb, 30), control);
        QCOMPARE(announced, std::vector<int>(6, 1));
        for (std::size_t p = 0; p < result.points.size(); ++p) {
            QCOMPARE(seen[p].overlaps, result.points[p].overlaps);
            QCOMPARE(seen[p].meanOverlap, result.points[p].meanOverlap);
            QCOMPARE(seen[p].alpha, result.points[p].alpha);
            QCOMPARE(seen[p].temperature, result.points[p].temperature);
        }
    }

    void sameResultsWhateverTheThreadCount()
    {
        SweepParameters parameters = smallHebbSweep();
        const SweepRule rule = couplingSweepRule(CouplingRule::Hebb, 30);
        parameters.threads = 1;
        const SweepResult one = runSweep(parameters, rule);
        parameters.threads = 2;
        const SweepResult two = runSweep(parameters, rule);
        QCOMPARE(one.points.size(), std::size_t(6));
        for (std::size_t p = 0; p < one.points.size(); ++p)
            QCOMPARE(one.points[p].overlaps, two.points[p].overlaps);
        // A different seed gives different samples.
        parameters.seed = 43;
        QVERIFY(runSweep(parameters, rule).points[5].overlaps != one.points[5].overlaps);
    }

    void replicasEqualSingleSamples_data()
    {
        QTest::addColumn<int>("neurons");
        QTest::addColumn<double>("alpha");
        QTest::addColumn<bool>("randomTarget");
        QTest::addColumn<int>("sweeps");
        // T = 0 (replicas stop at different sweeps) and T > 0 (every update draws), loads
        // below and above capacity, int16 overlaps and, past N = 32767, int32 ones.
        QTest::newRow("N=150") << 150 << 0.05 << false << 30;
        QTest::newRow("N=1000 random target") << 1000 << 0.12 << true << 20;
        QTest::newRow("N=33000 wide sums") << 33000 << 0.001 << false << 2;
    }
    void replicasEqualSingleSamples()
    {
        QFETCH(int, neurons);
        QFETCH(double, alpha);
        QFETCH(bool, randomTarget);
        QFETCH(int, sweeps);
        const SweepRule rule = couplingSweepRule(CouplingRule::Hebb, sweeps);
        QCOMPARE(rule.hebbReplicaSweeps, sweeps);
        SweepParameters parameters;
        parameters.neurons = neurons;
        parameters.alpha = {alpha, 2 * alpha, alpha};
        parameters.temperature = {0.0, 0.5, 0.25};
        parameters.noise = SweepRange::single(0.2);
        parameters.randomTarget = randomTarget;
        parameters.samples = neurons > 10000 ? 3 : 5;
        parameters.threads = 2;
        for (const std::uint64_t seed : {1ULL, 7ULL, 123456789ULL}) {
            parameters.seed = seed;
            parameters.replicas = 1; // today's path: one HopfieldNetwork per sample
            const SweepResult single = runSweep(parameters, rule);
            for (const int replicas : {2, 4}) {
                parameters.replicas = replicas; // 5 samples: a last, smaller batch
                const SweepResult batched = runSweep(parameters, rule);
                QCOMPARE(batched.points.size(), std::size_t(6));
                for (std::size_t p = 0; p < single.points.size(); ++p)
                    QCOMPARE(batched.points[p].overlaps, single.points[p].overlaps);
            }
        }
        // The overlaps are real trial outcomes, not a constant: at T = 0.5 the spins move.
        QVERIFY(std::abs(runSweep(parameters, rule).points[2].meanOverlap - 0.6) > 0.01);
    }

    void replicaTableFollowsPatternParity()
    {
        // The field numerators have the parity of P (N + 1): at even N that of P, so one
        // workspace running P = 20, 21, 20, 23 in turn must refill its half table at each
        // change and give, sample for sample, what a fresh workspace and the one-sample path
        // give.  At odd N every numerator is even and the table may stay.
        for (const int neurons : {200, 201}) {
            HebbReplicas reused;
            for (const int patterns : {20, 21, 20, 23}) {
                const HebbTrial trial{neurons, patterns, 0.2, false, 0.5, 20};
                const std::vector<std::uint64_t> seeds{11, 12, 13};
                const std::vector<double> fresh = HebbReplicas().run(trial, seeds);
                QCOMPARE(reused.run(trial, seeds), fresh);
                // What runSweep's one-sample path computes for seed 11.
                Rng rng(seeds[0]);
                const PatternSet stored = randomPatterns(neurons, 1, patterns, 0.0, rng);
                const Pattern start = flipExactly(stored[0], 0.2, rng);
                const std::vector<Spin> final =
                    couplingSweepRule(CouplingRule::Hebb, 20).run(stored, start.spins(), 0.5, rng);
                QCOMPARE(fresh[0], overlap(final, stored[0].spins()));
            }
        }
    }

    void hebbCapacityAtTwoThousandNeurons()
    {
        // SCIENCE.md: alpha_c = 0.138 in the thermodynamic limit, and at N ~ 1000-2000
        // the drop of the final overlap spreads over alpha ~ 0.12-0.17.  From 5% noise at
        // T = 0, 3 samples per load (fixed seed; about 0.7 s of work in Release).
        SweepParameters parameters;
        parameters.neurons = 2000;
        parameters.alpha = {0.10, 0.20, 0.01};
        parameters.noise = SweepRange::single(0.05);
        parameters.samples = 3;
        parameters.seed = 7;
        parameters.threads = 2;
        const SweepResult result = runSweep(parameters, couplingSweepRule(CouplingRule::Hebb, 100));
        QCOMPARE(result.points.size(), std::size_t(11));
        QVERIFY(result.points.front().meanOverlap > 0.9);
        QVERIFY(result.points.back().meanOverlap < 0.5);
        // The drop: the first load whose mean overlap falls below 0.7, halfway between
        // retrieval (~1) and the spin-glass remnant overlap (~0.3).
        double drop = 0.0;
        for (const SweepPoint& point : result.points)
            if (point.meanOverlap < 0.7) {
                drop = point.alpha;
                break;
            }
        QVERIFY2(drop >= 0.12 && drop <= 0.17, qPrintable(QString::number(drop)));
    }

    void pseudoInversePatternsAreFixedPoints()
    {
        // Kanter and Sompolinsky 1987: every pattern is a fixed point for alpha < 1.
        SweepParameters parameters;
        parameters.neurons = 150;
        parameters.alpha = SweepRange::single(0.4);
        parameters.noise = SweepRange::single(0.0);
        parameters.samples = 2;
        const SweepResult result =
            runSweep(parameters, couplingSweepRule(CouplingRule::PseudoInverse, 20));
        QCOMPARE(result.points[0].meanOverlap, 1.0);
    }

    void cancellationStopsEarly()
    {
        std::atomic<int> calls{0};
        SweepParameters parameters;
        parameters.neurons = 50;
        parameters.alpha = {0.1, 0.5, 0.1};
        parameters.samples = 20;
        parameters.threads = 2;
        std::atomic<long long> seenTotal{0};
        SweepControl control;
        control.progress = [&seenTotal](long long done, long long total) {
            seenTotal = total;
            return done < 5;
        };
        const SweepResult result = runSweep(parameters, identityRule(&calls), control);
        QVERIFY(result.cancelled);
        QCOMPARE(seenTotal.load(), 100LL); // 5 loads x 20 samples
        // Each of the two threads finishes at most the sample it was running.
        QVERIFY2(calls <= 6, qPrintable(QString::number(calls.load())));

        std::atomic<bool> cancel{true};
        calls = 0;
        SweepControl cancelled;
        cancelled.cancel = &cancel;
        const SweepResult none = runSweep(parameters, identityRule(&calls), cancelled);
        QVERIFY(none.cancelled);
        QCOMPARE(calls.load(), 0);
    }

    void cacheReturnsWithoutRecomputing()
    {
        std::atomic<int> calls{0};
        SweepCache cache;
        SweepParameters parameters;
        parameters.neurons = 64;
        parameters.alpha = {0.1, 0.3, 0.1};
        parameters.samples = 5;
        const SweepResult first = cache.run(parameters, identityRule(&calls));
        QCOMPARE(calls.load(), 15);
        parameters.threads = 1; // the thread count is not part of the key
        const SweepResult again = cache.run(parameters, identityRule(&calls));
        QCOMPARE(calls.load(), 15);
        QCOMPARE(again.points.back().overlaps, first.points.back().overlaps);
        parameters.seed = 2;
        cache.run(parameters, identityRule(&calls));
        QCOMPARE(calls.load(), 30);
        QCOMPARE(cache.size(), std::size_t(2));
        // Cancelled results are not kept.
        std::atomic<bool> cancel{true};
        parameters.seed = 3;
        SweepControl cancelled;
        cancelled.cancel = &cancel;
        cache.run(parameters, identityRule(&calls), cancelled);
        QCOMPARE(cache.size(), std::size_t(2));
    }

    void seedsDependOnPointAndSample()
    {
        QVERIFY(sweepSampleSeed(1, 0, 1) != sweepSampleSeed(1, 1, 0));
        QVERIFY(sweepSampleSeed(1, 2, 3) != sweepSampleSeed(2, 2, 3));
        QCOMPARE(sweepSampleSeed(5, 6, 7), sweepSampleSeed(5, 6, 7));
    }

    void rejectsNonsense_data()
    {
        QTest::addColumn<SweepParameters>("parameters");
        SweepParameters base;
        SweepParameters p = base;
        p.alpha = {0.2, 0.1, 0.01};
        QTest::newRow("stop < start") << p;
        p = base;
        p.alpha = {0.1, 0.2, 0.0};
        QTest::newRow("step 0") << p;
        p = base;
        p.alpha = {0.1, 3.0, 0.1};
        QTest::newRow("alpha > max") << p;
        p = base;
        p.alpha = SweepRange::single(0.0);
        QTest::newRow("alpha 0") << p;
        p = base;
        p.noise = SweepRange::single(1.5);
        QTest::newRow("noise > 1") << p;
        p = base;
        p.neurons = 5;
        QTest::newRow("neurons") << p;
        p = base;
        p.samples = 0;
        QTest::newRow("samples") << p;
        p = base;
        p.threads = -1;
        QTest::newRow("threads") << p;
        p = base;
        p.replicas = 0;
        QTest::newRow("replicas 0") << p;
        p = base;
        p.replicas = 65;
        QTest::newRow("replicas 65") << p;
    }
    void rejectsNonsense()
    {
        QFETCH(SweepParameters, parameters);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parameters.validate());
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestSweep)
#include "tst_sweep.moc"
