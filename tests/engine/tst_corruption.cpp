#include "FuzzyCompare.h"
#include "TestSuite.h"
#include "core/Corruption.h"

#include <cmath>
#include <stdexcept>

using namespace hopfield;

namespace {

int hammingDistance(const Pattern& a, const Pattern& b)
{
    return (a.size() - overlapSum(a.spins(), b.spins())) / 2;
}

} // namespace

class TestCorruption : public QObject {
    Q_OBJECT
private slots:
    void flipExactlyFlipsTheStatedNumber_data()
    {
        QTest::addColumn<int>("neurons");
        QTest::addColumn<double>("fraction");
        QTest::addColumn<int>("flips");
        QTest::newRow("none") << 100 << 0.0 << 0;
        QTest::newRow("20% of 1000") << 1000 << 0.2 << 200;
        QTest::newRow("rounds 0.125 of 10 to 1") << 10 << 0.125 << 1;
        QTest::newRow("all") << 256 << 1.0 << 256;
        QTest::newRow("half of 4096") << 4096 << 0.5 << 2048;
    }
    void flipExactlyFlipsTheStatedNumber()
    {
        QFETCH(int, neurons);
        QFETCH(double, fraction);
        QFETCH(int, flips);
        Rng rng(5);
        const Pattern clean = randomPatterns(neurons, 1, 1, 0.0, rng)[0];
        for (int trial = 0; trial < 20; ++trial)
            QCOMPARE(hammingDistance(clean, flipExactly(clean, fraction, rng)), flips);
    }

    void flipEachHasTheStatedRate()
    {
        Rng rng(9);
        const Pattern clean(100, 100);
        const int flips = hammingDistance(clean, flipEach(clean, 0.3, rng));
        // Binomial(10000, 0.3): sd = sqrt(10000 * 0.21) = 45.8; allow 5 sd.
        HL_COMPARE_NEAR(flips, 3000, 5 * 45.8);
    }

    void occlusionFillsTheClippedRectangle()
    {
        Rng rng(1);
        const Pattern clean(6, 5);
        const Pattern occluded = occlude(clean, {4, 3, 10, 10}, OcclusionFill::Positive, rng);
        QCOMPARE(hammingDistance(clean, occluded), 2 * 2);
        QCOMPARE(occluded.at(5, 4), Spin{1});
        QCOMPARE(occluded.at(3, 4), Spin{-1});
        const Pattern random = occlude(Pattern(40, 40), {0, 0, 40, 40}, OcclusionFill::Random, rng);
        HL_COMPARE_NEAR(hammingDistance(Pattern(40, 40), random), 800, 5 * 20.0);
    }

    void saltAndPepperSetsTheStatedNumberAndCountsItsFlips()
    {
        Rng rng(12);
        const Pattern clean = randomPatterns(10000, 1, 1, 0.0, rng)[0];
        // 30% of 10000 = 3000 spins get a fair coin each: those outside them keep their
        // value, and the reported count is the true Hamming distance.
        const SaltAndPepper noisy = saltAndPepper(clean, 0.3, rng);
        QCOMPARE(noisy.flipped, hammingDistance(clean, noisy.pattern));
        // Binomial(3000, 1/2) flips: mean 1500, sd = sqrt(3000 / 4) = 27.4; allow 5 sd.
        HL_COMPARE_NEAR(noisy.flipped, 1500, 5 * 27.4);
        QCOMPARE(saltAndPepper(clean, 0.0, rng).flipped, 0);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, saltAndPepper(clean, -0.1, rng));
    }

    void invertFlipsEverySpin()
    {
        Rng rng(2);
        const Pattern clean = randomPatterns(64, 1, 1, 0.0, rng)[0];
        QCOMPARE(overlap(clean.spins(), invert(clean).spins()), -1.0);
    }

    void oddMixtureHasOverlapOneHalfWithEachComponent()
    {
        Rng rng(4);
        const PatternSet stored = randomPatterns(10000, 1, 3, 0.0, rng);
        const std::vector<int> indices{0, 1, 2};
        const Pattern mix = mixture(stored, indices, rng);
        // m = 2^(1-n) C(n-1, (n-1)/2) = 1/2 for n = 3, up to 3/sqrt(N) sampling noise.
        for (int mu : indices)
            HL_COMPARE_NEAR(overlap(mix.spins(), stored[mu].spins()), 0.5, 3.0 / 100.0);
        const std::vector<int> signs{1, -1, 1};
        const Pattern signed3 = mixture(stored, indices, rng, signs);
        HL_COMPARE_NEAR(overlap(signed3.spins(), stored[1].spins()), -0.5, 3.0 / 100.0);
    }

    void evenMixtureBreaksTiesByAFairCoin()
    {
        Rng rng(6);
        const PatternSet stored = randomPatterns(10000, 1, 2, 0.0, rng);
        const std::vector<int> indices{0, 1};
        const Pattern mix = mixture(stored, indices, rng);
        // Where the two agree the mixture follows them; the ~N/2 ties go either way
        // with probability 1/2, so each overlap is 1/2 + O(1/sqrt(N)).
        for (int mu : indices)
            HL_COMPARE_NEAR(overlap(mix.spins(), stored[mu].spins()), 0.5, 3.0 / 100.0);
    }

    void mixtureRejectsNonsense()
    {
        Rng rng(1);
        const PatternSet stored = randomPatterns(10, 1, 3, 0.0, rng);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, mixture(stored, std::vector<int>{}, rng));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 mixture(stored, std::vector<int>{0, 3}, rng));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 mixture(stored, std::vector<int>{1, 1}, rng));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, flipExactly(stored[0], 1.5, rng));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, randomPatterns(10, 1, 2, 1.0, rng));
    }

    void biasSetsTheFractionOfActiveSpins()
    {
        Rng rng(8);
        const Pattern p = randomPatterns(20000, 1, 1, 0.5, rng)[0];
        int active = 0;
        for (int i = 0; i < p.size(); ++i)
            active += p[i] == 1;
        // P(+1) = (1 + 0.5) / 2 = 0.75; sd = sqrt(20000 * 0.1875) = 61.
        HL_COMPARE_NEAR(active, 15000, 5 * 61.0);
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestCorruption)
#include "tst_corruption.moc"
