#include "FuzzyCompare.h"
#include "TestSuite.h"
#include "core/Corruption.h"
#include "learning/CouplingRules.h"
#include "learning/PatternStability.h"

using namespace hopfield;

class TestPatternStability : public QObject {
    Q_OBJECT
private slots:
    void singlePatternHasStabilityOneOverRootOfNMinusOne()
    {
        // One pattern, Hebb: sum_j J_ij xi_j = (N-1)/N and sqrt(sum_j J_ij^2) =
        // sqrt(N-1)/N, so every Delta_i = sqrt(N - 1) exactly.
        Rng rng(2);
        const PatternSet stored = randomPatterns(50, 1, 1, 0.0, rng);
        const Eigen::MatrixXd delta = stabilities(stored, hebbCouplings(stored));
        HL_COMPARE_NEAR(delta.minCoeff(), std::sqrt(49.0), 1e-12);
        HL_COMPARE_NEAR(delta.maxCoeff(), std::sqrt(49.0), 1e-12);
        const StabilityReport report = patternStability(stored, hebbCouplings(stored));
        QCOMPARE(report.stableFraction, 1.0);
        QVERIFY(report.patterns.front().stable);
    }

    void scaleOfCouplingsDoesNotMatter()
    {
        Rng rng(3);
        const PatternSet stored = randomPatterns(80, 1, 10, 0.0, rng);
        const Eigen::MatrixXd j = hebbCouplings(stored);
        HL_COMPARE_NEAR((stabilities(stored, j) - stabilities(stored, 7.5 * j)).norm(), 0.0, 1e-9);
    }

    void hebbStabilityMatchesSignalToNoise()
    {
        // Hebb at load alpha: Delta ~ (1 + noise) / sqrt(alpha) with a unit-variance
        // Gaussian noise, so mean Delta = 1/sqrt(alpha) (up to O(1/N)) and the fraction of
        // unstable bits is Phi(-1/sqrt(alpha)) = Phi(-2) = 0.02275 at alpha = 0.25.
        // Monte-Carlo error of that fraction over P N = 50000 bits: 0.0007; tolerance 0.003.
        Rng rng(4);
        const PatternSet stored = randomPatterns(400, 1, 100, 0.0, rng);
        const StabilityReport report = patternStability(stored, hebbCouplings(stored));
        HL_COMPARE_NEAR(1.0 - report.stableBitFraction, 0.02275, 0.003);
        HL_COMPARE_NEAR(report.meanStability, 2.0, 0.05);
        QCOMPARE(report.patterns.size(), std::size_t{100});
    }

    void pseudoInverseMakesEveryPatternStable()
    {
        Rng rng(5);
        const PatternSet stored = randomPatterns(100, 1, 50, 0.0, rng);
        const StabilityReport report = patternStability(stored, pseudoInverseCouplings(stored));
        QCOMPARE(report.stableFraction, 1.0);
        QVERIFY(report.minStability > 0.0);
    }

    void wrongSizeIsRefused()
    {
        Rng rng(6);
        const PatternSet stored = randomPatterns(10, 1, 2, 0.0, rng);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 stabilities(stored, Eigen::MatrixXd::Zero(9, 9)));
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestPatternStability)
#include "tst_patternstability.moc"
