#include "FuzzyCompare.h"
#include "TestSuite.h"
#include "core/Corruption.h"
#include "discrete/BamRetrieval.h"
#include "discrete/BidirectionalMemory.h"

#include <stdexcept>

using namespace hopfield;

class TestBidirectionalMemory : public QObject {
    Q_OBJECT
private slots:
    void energyIsMinusSWTau()
    {
        // E = -s^T W tau with W = (1/N) sum xi eta^T, summed by hand over the pairs:
        // E = -(1/N) sum_mu (xi^mu . s)(eta^mu . tau).
        Rng rng(3);
        const PatternSet xi = randomPatterns(12, 1, 3, 0.0, rng);
        const PatternSet eta = randomPatterns(7, 1, 3, 0.0, rng);
        BidirectionalMemory memory(xi, eta);
        const PatternSet s = randomPatterns(12, 1, 1, 0.0, rng);
        const PatternSet tau = randomPatterns(7, 1, 1, 0.0, rng);
        memory.setLayers(s[0].spins(), tau[0].spins());
        double expected = 0.0;
        for (int mu = 0; mu < 3; ++mu)
            expected -= overlapSum(xi[mu].spins(), s[0].spins()) *
                        double(overlapSum(eta[mu].spins(), tau[0].spins())) / 12.0;
        HL_COMPARE_NEAR(memory.energy(), expected, 1e-12);
        QCOMPARE(memory.units(), 19);
        QCOMPARE(memory.overlaps().size(), std::size_t(6));
    }

    void reverberationNeverRaisesTheEnergy_data()
    {
        QTest::addColumn<QString>("update");
        QTest::newRow("sync") << "sync";
        QTest::newRow("async") << "async";
    }
    void reverberationNeverRaisesTheEnergy()
    {
        // Above capacity (P = 40 pairs at N = M = 50) the runs wander before they stop:
        // still, E never rises, step after step (SCIENCE.md section 8).
        QFETCH(QString, update);
        Rng rng(5);
        BidirectionalMemory memory(randomPatterns(50, 1, 40, 0.0, rng),
                                   randomPatterns(50, 1, 40, 0.0, rng),
                                   bamUpdateFromName(update.toStdString()));
        for (int trial = 0; trial < 10; ++trial) {
            const BamRetrieval run = retrievePair(memory, trial, 0.3, 50, rng);
            for (std::size_t k = 1; k < run.energyTrace.size(); ++k)
                QVERIFY2(run.energyTrace[k] <= run.energyTrace[k - 1] + 1e-9,
                         qPrintable(QString("step %1: %2 -> %3")
                                        .arg(k)
                                        .arg(run.energyTrace[k - 1])
                                        .arg(run.energyTrace[k])));
        }
    }

    void retrievesEveryPairWellBelowCapacity()
    {
        // P = 5 pairs at N = 200, M = 100 (alpha = 0.025): from xi^mu with 20% flipped and
        // tau random, both halves come back.
        Rng rng(7);
        const BidirectionalMemory memory(randomPatterns(200, 1, 5, 0.0, rng),
                                         randomPatterns(100, 1, 5, 0.0, rng));
        for (int mu = 0; mu < 5; ++mu) {
            const BamRetrieval run = retrievePair(memory, mu, 0.2, 20, rng);
            QVERIFY(run.retrieved);
            HL_COMPARE_NEAR(run.pairOverlapS, 1.0, 0.0);
            HL_COMPARE_NEAR(run.pairOverlapTau, 1.0, 0.0);
            QVERIFY(run.converged);
        }
    }

    void capacityFallsFarAboveIt()
    {
        // Equal layers N = M = 100: every pair at alpha = 0.05, hardly any at alpha = 1.
        Rng rng(9);
        const std::vector<BamCapacityPoint> curve = bamCapacity(100, {0.05, 1.0}, 2, 0.1, rng);
        QCOMPARE(curve.size(), std::size_t(2));
        QCOMPARE(curve[0].pairs, 5);
        HL_COMPARE_NEAR(curve[0].retrievedFraction, 1.0, 0.0);
        QCOMPARE(curve[1].pairs, 100);
        QVERIFY2(curve[1].retrievedFraction < 0.1,
                 qPrintable(QString::number(curve[1].retrievedFraction)));
        QVERIFY(curve[1].meanOverlap < 0.6);
    }

    void badInputsAreRefused()
    {
        Rng rng(1);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 BidirectionalMemory(randomPatterns(10, 1, 2, 0.0, rng),
                                                     randomPatterns(10, 1, 3, 0.0, rng)));
        BidirectionalMemory memory(randomPatterns(10, 1, 2, 0.0, rng),
                                   randomPatterns(10, 1, 2, 0.0, rng));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, memory.setTemperature(-1.0));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, retrievePair(memory, 2, 0.1, 5, rng));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, bamCapacity(100, {3.0}, 1, 0.1, rng));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, bamUpdateFromName("parallel"));
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestBidirectionalMemory)
#include "tst_bidirectionalmemory.moc"
