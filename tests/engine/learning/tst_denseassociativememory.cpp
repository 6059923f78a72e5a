#include "FuzzyCompare.h"
#include "TestSuite.h"
#include "core/Corruption.h"
#include "discrete/DenseAssociativeMemory.h"
#include "discrete/HopfieldNetwork.h"

using namespace hopfield;

Q_DECLARE_METATYPE(hopfield::InteractionFunction)

namespace {

/// Patterns mu = 0..count-1 started at 10% flipped bits; how many end with |m_mu| > 0.95.
int retrievedFromTenPercentNoise(const DenseAssociativeMemory& memory, int count, Rng& rng)
{
    int retrieved = 0;
    for (int mu = 0; mu < count; ++mu) {
        const DenseRetrieval result =
            retrieveDense(memory, flipExactly(memory.patterns()[mu], 0.1, rng), 30, rng);
        retrieved += std::abs(result.finalOverlaps[static_cast<std::size_t>(mu)]) > 0.95;
    }
    return retrieved;
}

} // namespace

class TestDenseAssociativeMemory : public QObject {
    Q_OBJECT
private slots:
    void cubicRetrievesMorePatternsThanNeurons()
    {
        // N = 100, P = 200: n = 3 stores error-free up to N^2 / (2 * 3!! * ln N) = 362
        // patterns (Krotov and Hopfield 2016), so from 10% noise all 40 tried come back;
        // n = 2 is Hopfield's network at alpha = 2, far past alpha_c = 0.138: none does.
        Rng rng(11);
        const PatternSet stored = randomPatterns(100, 1, 200, 0.0, rng);
        const DenseAssociativeMemory cubic(stored, InteractionFunction::polynomial(3));
        const DenseAssociativeMemory quadratic(stored, InteractionFunction::polynomial(2));
        QVERIFY(retrievedFromTenPercentNoise(cubic, 40, rng) >= 38);
        QCOMPARE(retrievedFromTenPercentNoise(quadratic, 40, rng), 0);
    }

    void quadraticIsHopfield()
    {
        // F(x) = x^2: E = -sum_mu M_mu^2 = N^2 (2 E_Hopfield / N - P/N), and the update
        // drive is 4 xi_i^mu r^mu_i summed, i.e. 4 N h_i: the same T = 0 trajectory as a
        // Hebb network visiting the spins in the same order.
        Rng rng(12);
        const PatternSet stored = randomPatterns(120, 1, 6, 0.0, rng);
        DenseAssociativeMemory dense(stored, InteractionFunction::polynomial(2));
        HopfieldNetwork hopfield(stored);
        const Pattern start = flipExactly(stored[2], 0.3, rng);
        dense.setState(start.spins());
        hopfield.setState(start.spins());
        const double n = 120.0;
        HL_COMPARE_NEAR(dense.energy(), n * (2.0 * hopfield.energy() - 6.0), 1e-9);
        for (int i = 0; i < 120; ++i) {
            dense.updateSpin(i);
            hopfield.updateSpin(i, 0.0, rng);
        }
        QVERIFY(std::equal(dense.state().begin(), dense.state().end(), hopfield.state().begin()));
    }

    void energyNeverRisesAtZeroTemperature_data()
    {
        QTest::addColumn<InteractionFunction>("function");
        QTest::newRow("n=2") << InteractionFunction::polynomial(2);
        QTest::newRow("n=3") << InteractionFunction::polynomial(3);
        QTest::newRow("n=5") << InteractionFunction::polynomial(5);
        QTest::newRow("exp") << InteractionFunction::exponential();
    }
    void energyNeverRisesAtZeroTemperature()
    {
        // Each update minimises E over s_i with the others fixed, so E never rises; checked
        // after every single-spin update from random states at a load where the landscape
        // is rugged (P = 3N).
        QFETCH(InteractionFunction, function);
        Rng rng(13);
        DenseAssociativeMemory memory(randomPatterns(60, 1, 180, 0.0, rng), function);
        for (int start = 0; start < 5; ++start) {
            memory.setState(randomPatterns(60, 1, 1, 0.0, rng)[0].spins());
            double previous = memory.energy();
            for (int k = 0; k < 60 * 10; ++k) {
                memory.updateSpin(static_cast<int>(rng.below(60)));
                const double now = memory.energy();
                QVERIFY2(now <= previous + 1e-9 * std::abs(previous),
                         qPrintable(QString("%1 -> %2").arg(previous).arg(now)));
                previous = now;
            }
        }
    }

    void overlapsStayExactAfterManyFlips()
    {
        // The incremental M_mu must equal xi^mu . s recomputed from scratch.
        Rng rng(14);
        const PatternSet stored = randomPatterns(80, 1, 50, 0.0, rng);
        DenseAssociativeMemory memory(stored, InteractionFunction::polynomial(4));
        memory.setState(flipExactly(stored[0], 0.4, rng).spins());
        memory.step(5, rng);
        const std::vector<double> m = memory.overlaps();
        for (int mu = 0; mu < 50; ++mu)
            HL_COMPARE_NEAR(m[static_cast<std::size_t>(mu)],
                            overlap(stored[mu].spins(), memory.state()), 1e-15);
    }

    void exponentialWorksWithoutOverflowAtLargeN()
    {
        // N = 400: exp(M_mu) reaches exp(400) and exp(N) for larger N would overflow a
        // double; the max-subtracted drive and the log-sum-exp energy stay finite.  With
        // P = 1000 > 2N patterns every one tried comes back from 10% noise.
        Rng rng(15);
        const PatternSet stored = randomPatterns(400, 1, 1000, 0.0, rng);
        DenseAssociativeMemory memory(stored, InteractionFunction::exponential());
        QCOMPARE(retrievedFromTenPercentNoise(memory, 10, rng), 10);
        memory.setState(stored[7].spins());
        // At a pattern, -lse(M) = -(400 + ln(1 + sum_{nu != 7} exp(M_nu - 400))) ~ -400.
        HL_COMPARE_NEAR(memory.energy(), -400.0, 1e-6);
        const PatternSet big = randomPatterns(1000, 1, 20, 0.0, rng);
        DenseAssociativeMemory large(big, InteractionFunction::exponential());
        large.setState(big[0].spins());
        QVERIFY(std::isfinite(large.energy()));
        // A stored pattern is a fixed point: the first sweep flips nothing and ends the step.
        QCOMPARE(large.step(3, rng), 0);
    }

    void namesAndNonsense()
    {
        QCOMPARE(interactionFromName("3").power, 3);
        QVERIFY(interactionFromName("exp").kind == InteractionKind::Exponential);
        QCOMPARE(interactionName(InteractionFunction::polynomial(4)), std::string("4"));
        for (const char* bad : {"1", "x", "3.5", "", "31"})
            QVERIFY_THROWS_EXCEPTION(std::invalid_argument, interactionFromName(bad));
        Rng rng(16);
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            DenseAssociativeMemory(PatternSet(4, 1), InteractionFunction::polynomial(3)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 DenseAssociativeMemory(randomPatterns(10, 1, 2, 0.0, rng),
                                                        InteractionFunction::polynomial(1)));
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestDenseAssociativeMemory)
#include "tst_denseassociativememory.moc"
