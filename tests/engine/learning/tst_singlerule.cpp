#include "FuzzyCompare.h"
#include "TestSuite.h"
#include "analysis/StateEnumeration.h"
#include "core/Corruption.h"
#include "learning/BoltzmannLearning.h"
#include "learning/CouplingRules.h"
#include "learning/PatternStability.h"

#include <stdexcept>

using namespace hopfield;

// Seed 000, "memory vs generation": one rule J <- J - lambda (<ss>_model,T - <ss>_data)
// started from Hebb.  At T = 0 it sharpens the memories, at T = 1 it learns to generate.
class TestSingleRule : public QObject {
    Q_OBJECT
private slots:
    void zeroTemperatureStabilisesEveryMemory()
    {
        // alpha = 0.15 at N = 100: Hebb leaves 6 of the 15 patterns with an unstable bit.
        Rng rng(1);
        const PatternSet stored = randomPatterns(100, 1, 15, 0.0, rng);
        const Eigen::MatrixXd hebb = hebbCouplings(stored);
        const StabilityReport before = patternStability(stored, hebb);
        QVERIFY2(before.stableFraction < 0.8, qPrintable(QString::number(before.stableFraction)));
        BoltzmannOptions options;
        options.temperature = 0.0;
        options.start = BoltzmannStart::Hebb;
        options.hebbStart = hebb;
        options.learningRate = 0.01;
        options.epochs = 200;
        options.chains = 32;
        options.sweepsPerEpoch = 3;
        options.restartChains = true; // dreams from random states
        const BoltzmannResult result = trainBoltzmann(stored, options, rng);
        const StabilityReport after = patternStability(stored, result.couplings);
        HL_COMPARE_NEAR(after.stableFraction, 1.0, 0.0);
        QVERIFY(after.minStability > 0.5);
        QVERIFY(result.couplings.isApprox(result.couplings.transpose()));
        HL_COMPARE_NEAR(result.couplings.diagonal().norm(), 0.0, 0.0);
    }

    void unitTemperatureLowersTheExactKl()
    {
        // Noisy examples (20% flips) of two archetypes at N = 10: Boltzmann learning with
        // fields, from Hebb, lowers KL(P_data || P_model) computed over all 1024 states.
        Rng rng(1);
        const PatternSet archetypes = randomPatterns(10, 1, 2, 0.0, rng);
        PatternSet data(10, 1);
        for (int a = 0; a < 300; ++a)
            data.add(flipEach(archetypes[a % 2], 0.2, rng));
        BoltzmannOptions options;
        options.temperature = 1.0;
        options.learnFields = true;
        options.start = BoltzmannStart::Hebb;
        options.hebbStart = hebbCouplings(archetypes);
        options.learningRate = 0.05;
        options.epochs = 200;
        options.chains = 32;
        const Eigen::VectorXd target = empiricalLogDistribution(data);
        const double before =
            klDivergence(target, hopfieldLogDistribution(options.hebbStart, {}, 1.0));
        const BoltzmannResult result = trainBoltzmann(data, options, rng);
        const double after =
            klDivergence(target, hopfieldLogDistribution(result.couplings, result.fields, 1.0));
        QVERIFY2(after < 0.7 * before, qPrintable(QString("%1 -> %2").arg(before).arg(after)));
        QCOMPARE(result.fields.size(), Eigen::Index(10));
        QVERIFY(result.fields.norm() > 0.0);
    }

    void defaultsKeepTheOldBoltzmannLearner()
    {
        // T = 1, zero start, no fields: the options added for the single rule change nothing.
        Rng rng(4);
        const PatternSet data = randomPatterns(12, 1, 6, 0.0, rng);
        BoltzmannOptions options;
        options.epochs = 5;
        Rng first(9);
        const BoltzmannResult a = trainBoltzmann(data, options, first);
        HL_COMPARE_NEAR(a.fields.norm(), 0.0, 0.0);
        options.start = BoltzmannStart::Hebb;
        options.epochs = 0;
        Rng second(9);
        const BoltzmannResult hebb = trainBoltzmann(data, options, second);
        HL_COMPARE_NEAR((hebb.couplings - hebbCouplings(data)).norm(), 0.0, 1e-15);
    }

    void badOptionsAreRefused()
    {
        Rng rng(2);
        const PatternSet data = randomPatterns(8, 1, 2, 0.0, rng);
        BoltzmannOptions options;
        options.temperature = -1.0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, trainBoltzmann(data, options, rng));
        options.temperature = 0.5;
        options.start = BoltzmannStart::Hebb;
        options.hebbStart = Eigen::MatrixXd::Zero(3, 3);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, trainBoltzmann(data, options, rng));
        QCOMPARE(boltzmannStartFromName("hebb"), BoltzmannStart::Hebb);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, boltzmannStartFromName("random"));
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestSingleRule)
#include "tst_singlerule.moc"
