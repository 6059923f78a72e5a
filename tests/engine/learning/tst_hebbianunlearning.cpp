#include "FuzzyCompare.h"
#include "TestSuite.h"
#include "core/Corruption.h"
#include "learning/CouplingRules.h"
#include "learning/HebbianUnlearning.h"
#include "learning/PatternStability.h"

using namespace hopfield;

namespace {

// N = 200 at alpha = 0.25, well above Hebb's alpha_c = 0.138: Hebb leaves only a few
// patterns with every bit stable.  lambda = 0.01; the dream counts scale as N/lambda.
constexpr int kUnlearningNeurons = 200;
constexpr int kPatterns = 50;

PatternSet overloadedPatterns()
{
    Rng rng(7);
    return randomPatterns(kUnlearningNeurons, 1, kPatterns, 0.0, rng);
}

UnlearningOptions optionsFor(int dreams)
{
    UnlearningOptions options;
    options.strength = 0.01;
    options.dreams = dreams;
    options.reportEvery = 250;
    return options;
}

} // namespace

class TestHebbianUnlearning : public QObject {
    Q_OBJECT
private slots:
    void zeroDreamsIsHebb()
    {
        const PatternSet stored = overloadedPatterns();
        Rng rng(1);
        const UnlearningResult result = runUnlearning(stored, optionsFor(0), rng);
        HL_COMPARE_NEAR((result.couplings - hebbCouplings(stored)).norm(), 0.0, 0.0);
        QCOMPARE(result.progress.size(), std::size_t{1});
    }

    void unlearningRaisesStabilityWhereHebbFails()
    {
        const PatternSet stored = overloadedPatterns();
        // Hebb at alpha = 0.25: each bit is unstable with probability Phi(-2) = 0.023, so a
        // pattern of 200 bits is fully stable with probability 0.977^200 = 1%.
        const double hebbStable = patternStability(stored, hebbCouplings(stored)).stableFraction;
        QVERIFY2(hebbStable < 0.1, qPrintable(QString::number(hebbStable)));
        Rng rng(8);
        const UnlearningResult result = runUnlearning(stored, optionsFor(3000), rng);
        const StabilityReport after = patternStability(stored, result.couplings);
        // Measured (seed 8): every pattern stable from about 1800 dreams (0.09 N/lambda).
        QCOMPARE(after.stableFraction, 1.0);
        QVERIFY(after.minStability > 0.0);
        QVERIFY(result.milestones.dIn > 0 && result.milestones.dIn <= 3000);
        QCOMPARE(result.progress.back().stableFraction, after.stableFraction);
        QCOMPARE(result.progress.back().dreams, 3000);
    }

    void tooManyDreamsDestroyTheMemories()
    {
        const PatternSet stored = overloadedPatterns();
        Rng rng(8);
        const UnlearningResult result = runUnlearning(stored, optionsFor(8000), rng);
        // The rise and the fall: all stable at D_in, best margin at D_top, then the
        // memories are unlearnt too (D_fin) and nothing is stable at the end -- about half
        // the bits, as for couplings uncorrelated with the patterns.
        const UnlearningMilestones& m = result.milestones;
        QVERIFY(m.dIn > 0);
        QVERIFY(m.dTop >= m.dIn);
        QVERIFY(m.dFin > m.dTop);
        QCOMPARE(result.progress.back().stableFraction, 0.0);
        QVERIFY(result.progress.back().stableBitFraction < 0.7);
        double peak = 0.0;
        for (const UnlearningProgress& p : result.progress)
            peak = std::max(peak, p.stableFraction);
        QCOMPARE(peak, 1.0);
    }

    void couplingsStaySymmetricWithZeroDiagonal()
    {
        const PatternSet stored = overloadedPatterns();
        Rng rng(9);
        const Eigen::MatrixXd j = unlearningCouplings(stored, optionsFor(500), rng);
        HL_COMPARE_NEAR((j - j.transpose()).cwiseAbs().maxCoeff(), 0.0, 1e-12);
        QCOMPARE(j.diagonal().cwiseAbs().maxCoeff(), 0.0);
    }

    void lowLoadDreamsFindTheStoredPatterns()
    {
        // At alpha = 0.02 the stored patterns' basins fill most of state space: most dreams
        // end in a pattern (|m| > 0.95), few in spurious mixtures.
        Rng rng(10);
        const PatternSet stored = randomPatterns(kUnlearningNeurons, 1, 4, 0.0, rng);
        UnlearningOptions options = optionsFor(200);
        options.reportEvery = 200;
        const UnlearningResult result = runUnlearning(stored, options, rng);
        QVERIFY2(result.progress.back().storedDreamFraction > 0.5,
                 qPrintable(QString::number(result.progress.back().storedDreamFraction)));
    }

    void observerSeesEveryReportAndCanCancel()
    {
        const PatternSet stored = overloadedPatterns();
        Rng rng(11);
        std::vector<int> seen;
        const UnlearningResult result =
            runUnlearning(stored, optionsFor(2000), rng, [&](const UnlearningProgress& p) {
                seen.push_back(p.dreams);
                return p.dreams < 500;
            });
        QVERIFY(result.cancelled);
        QCOMPARE(seen, (std::vector<int>{0, 250, 500}));
        QCOMPARE(result.dreamsDone, 500);
    }

    void sameSeedSameCouplings()
    {
        const PatternSet stored = overloadedPatterns();
        Rng a(12);
        Rng b(12);
        Rng c(12);
        const Eigen::MatrixXd j = unlearningCouplings(stored, optionsFor(300), a);
        QCOMPARE(unlearningCouplings(stored, optionsFor(300), b), j);
        // Progress reports draw nothing: watching does not change the dreams.
        QCOMPARE(runUnlearning(stored, optionsFor(300), c,
                               [](const UnlearningProgress&) { return true; })
                     .couplings,
                 j);
    }

    void nonsenseIsRefused()
    {
        const PatternSet stored = overloadedPatterns();
        Rng rng(1);
        UnlearningOptions bad = optionsFor(10);
        bad.strength = 0.0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, runUnlearning(stored, bad, rng));
        bad = optionsFor(-1);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, runUnlearning(stored, bad, rng));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 runUnlearning(PatternSet(5, 1), optionsFor(1), rng));
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestHebbianUnlearning)
#include "tst_hebbianunlearning.moc"
