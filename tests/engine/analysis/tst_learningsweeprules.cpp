#include "FuzzyCompare.h"
#include "TestSuite.h"
#include "analysis/LearningSweepRules.h"
#include "analysis/Sweep.h"
#include "learning/ExampleLearning.h"

#include <stdexcept>

using namespace hopfield;

namespace {

/// N = 100 at alpha = 0.3 (P = 30), far beyond Hebb's alpha_c = 0.138, from 10% noise.
SweepParameters overloaded()
{
    SweepParameters parameters;
    parameters.neurons = 100;
    parameters.alpha = SweepRange::single(0.3);
    parameters.noise = SweepRange::single(0.1);
    parameters.samples = 8;
    parameters.seed = 7;
    return parameters;
}

} // namespace

class TestLearningSweepRules : public QObject {
    Q_OBJECT
private slots:
    void denseOrderThreeBeatsHebbBeyondHebbsCapacity()
    {
        const SweepPoint hebb =
            runSweep(overloaded(), couplingSweepRule(CouplingRule::Hebb, 50)).points.at(0);
        const SweepPoint dense =
            runSweep(overloaded(), denseSweepRule(InteractionFunction::polynomial(3), 50))
                .points.at(0);
        // x^3 stores ~ N^2 / (2 ln N) ~ 1000 patterns at N = 100 (Krotov and Hopfield 2016):
        // P = 30 is deep inside, so every sample retrieves exactly.  Hebb at 2 alpha_c loses
        // the pattern: AGS gives no retrieval state; at N = 100 finite-size effects still
        // leave m well below 0.9 on average (measured about 0.3 to 0.6 over seeds).
        QCOMPARE(dense.meanOverlap, 1.0);
        QCOMPARE(dense.retrievalFraction, 1.0);
        QVERIFY2(hebb.meanOverlap < 0.8, qPrintable(QString::number(hebb.meanOverlap)));
        QVERIFY(hebb.retrievalFraction < 0.5);
    }

    void unlearningRaisesRetrievalWhereHebbFails()
    {
        const SweepParameters parameters = overloaded();
        const SweepPoint hebb =
            runSweep(parameters, couplingSweepRule(CouplingRule::Hebb, 50)).points.at(0);
        const SweepPoint unlearnt = runSweep(parameters, unlearningSweepRule(50)).points.at(0);
        // Unlearning pushes the capacity of stable patterns up to about alpha = 0.6
        // (Benedetti et al. 2022); at alpha = 0.3, 0.6 P / lambda dreams make all patterns
        // fixed points with basins that absorb 10% noise (measured: m = 1 in all 8 samples),
        // while Hebb at twice alpha_c ends near m = 0.5.
        QVERIFY2(unlearnt.meanOverlap > 0.95, qPrintable(QString::number(unlearnt.meanOverlap)));
        QVERIFY(unlearnt.meanOverlap > hebb.meanOverlap + 0.3);
    }

    void examplesRulesRetrieveTheUnseenArchetype()
    {
        // Seed 001 at low load (alpha = 0.02) and T = 0: with M = 40 examples of quality
        // r = 0.6 (rho = 0.044, theory m = erf(1 / sqrt(2 rho)) = 1.000) both rules retrieve the
        // archetype; with M = 1 the attractor is the one example, whose overlap with the
        // archetype is r = 0.6 on average.
        SweepParameters parameters;
        parameters.neurons = 200;
        parameters.alpha = SweepRange::single(0.02);
        parameters.samples = 6;
        parameters.threads = 1;
        const auto meanOverlap = [&](bool supervised, int examples) {
            return runSweep(parameters, examplesSweepRule(supervised, examples, 0.6, 50))
                .points.at(0)
                .meanOverlap;
        };
        const double supervised = meanOverlap(true, 40);
        const double unsupervised = meanOverlap(false, 40);
        const double single = meanOverlap(true, 1);
        QVERIFY2(supervised > 0.95, qPrintable(QString::number(supervised)));
        QVERIFY2(unsupervised > 0.9, qPrintable(QString::number(unsupervised)));
        HL_COMPARE_NEAR(single, 0.6, 0.15);
        QVERIFY(examplesSweepRule(true, 40, 0.6, 50).name !=
                examplesSweepRule(false, 40, 0.6, 50).name);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, examplesSweepRule(true, 0, 0.6, 50));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, examplesSweepRule(true, 5, 1.5, 50));
        HL_COMPARE_NEAR(datasetEntropy(qualityForEntropy(0.1, 20), 20), 0.1, 1e-12);
    }

    void modernNetworkRetrievesFarBeyondNAndMeltsAtSmallBeta()
    {
        SweepParameters parameters = overloaded();
        parameters.alpha = SweepRange::single(2.0); // P = 200 patterns in N = 100 neurons
        // Ramsauer et al. 2020: at beta = 1 the target's score beta xi.s = 80 beats the
        // others (~ +-10) by e^70, so one step lands on the pattern.  At beta = 0.001 the
        // softmax is nearly uniform: the step returns the sign of the sum of all patterns.
        const SweepPoint sharp = runSweep(parameters, modernSweepRule(1.0, 1)).points.at(0);
        QCOMPARE(sharp.meanOverlap, 1.0);
        QCOMPARE(sharp.retrievalFraction, 1.0);
        const SweepPoint soft = runSweep(parameters, modernSweepRule(0.001, 1)).points.at(0);
        QVERIFY2(soft.meanOverlap < 0.5, qPrintable(QString::number(soft.meanOverlap)));
        QCOMPARE(soft.retrievalFraction, 0.0);
    }

    void namesCarryTheParameters()
    {
        QVERIFY(modernSweepRule(1.0, 1).name != modernSweepRule(2.0, 1).name);
        QVERIFY(unlearningSweepRule(50, 0.01).name != unlearningSweepRule(50, 0.02).name);
        QVERIFY(denseSweepRule(InteractionFunction::polynomial(3), 50).name !=
                denseSweepRule(InteractionFunction::polynomial(4), 50).name);
    }

    void nonsenseIsRefused()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, unlearningSweepRule(50, 0.0));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, unlearningSweepRule(0));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 denseSweepRule(InteractionFunction::polynomial(1), 50));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, modernSweepRule(0.0, 1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, modernSweepRule(1.0, 0));
        SweepParameters hot = overloaded();
        hot.temperature = SweepRange::single(0.5);
        hot.samples = 1;
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            runSweep(hot, denseSweepRule(InteractionFunction::polynomial(3), 50)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, runSweep(hot, modernSweepRule(1.0, 1)));
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestLearningSweepRules)
#include "tst_learningsweeprules.moc"
