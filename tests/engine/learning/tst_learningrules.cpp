#include "FuzzyCompare.h"
#include "TestSuite.h"
#include "core/Corruption.h"
#include "learning/CouplingRules.h"
#include "learning/ExampleLearning.h"

using namespace hopfield;

Q_DECLARE_METATYPE(hopfield::CouplingRule)

namespace {

RuleParameters smallParameters()
{
    RuleParameters parameters;
    parameters.unlearning.dreams = 50;
    parameters.boltzmann.epochs = 10;
    parameters.examplesPerArchetype = 5;
    parameters.seed = 9;
    return parameters;
}

} // namespace

/// Every rule through the common entry point couplingsFor(), as sweeps and `retrieve` use it.
class TestLearningRules : public QObject {
    Q_OBJECT
private slots:
    void everyRuleIsSymmetricWithZeroDiagonalAndReproducible_data()
    {
        QTest::addColumn<CouplingRule>("rule");
        for (CouplingRule rule : allCouplingRules())
            QTest::newRow(couplingRuleName(rule).c_str()) << rule;
    }
    void everyRuleIsSymmetricWithZeroDiagonalAndReproducible()
    {
        QFETCH(CouplingRule, rule);
        Rng rng(1);
        const PatternSet stored = randomPatterns(40, 1, 6, 0.0, rng);
        const Eigen::MatrixXd j = couplingsFor(rule, stored, smallParameters());
        QVERIFY(j.allFinite());
        HL_COMPARE_NEAR((j - j.transpose()).cwiseAbs().maxCoeff(), 0.0, 1e-12);
        QCOMPARE(j.diagonal().cwiseAbs().maxCoeff(), 0.0);
        QCOMPARE(couplingsFor(rule, stored, smallParameters()), j);
        QCOMPARE(couplingRuleFromName(couplingRuleName(rule)), rule);
    }

    void ruleParametersReachTheRules()
    {
        Rng rng(2);
        const PatternSet stored = randomPatterns(40, 1, 6, 0.0, rng);
        RuleParameters parameters = smallParameters();
        Rng dreams(parameters.seed);
        QCOMPARE(couplingsFor(CouplingRule::Unlearning, stored, parameters),
                 unlearningCouplings(stored, parameters.unlearning, dreams));
        Rng examples(parameters.seed);
        const ExampleDataset dataset =
            generateExamples(stored, 5, parameters.exampleQuality, examples);
        QCOMPARE(couplingsFor(CouplingRule::ExamplesUnsupervised, stored, parameters),
                 unsupervisedCouplings(dataset));
        parameters.unlearning.dreams = 0;
        QCOMPARE(couplingsFor(CouplingRule::Unlearning, stored, parameters), hebbCouplings(stored));
    }

    void unknownNameListsEveryRule()
    {
        try {
            couplingRuleFromName("oja");
            QFAIL("no exception");
        } catch (const std::invalid_argument& error) {
            const QString message = error.what();
            QVERIFY(message.contains("'oja'"));
            QVERIFY(message.contains("examples-unsupervised"));
            QVERIFY(message.contains("unlearning"));
        }
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestLearningRules)
#include "tst_learningrules.moc"
