#include "FuzzyCompare.h"
#include "TestSuite.h"
#include "core/Corruption.h"
#include "discrete/HopfieldNetwork.h"
#include "learning/CouplingRules.h"

using namespace hopfield;

Q_DECLARE_METATYPE(hopfield::CouplingRule)

namespace {

/// Spins i of pattern mu with xi_i^mu h_i <= 0: those a T = 0 update would flip.
int unstableBits(const PatternSet& stored, const Eigen::MatrixXd& couplings)
{
    int unstable = 0;
    for (int mu = 0; mu < stored.size(); ++mu) {
        Eigen::VectorXd pattern(stored.neurons());
        for (int i = 0; i < stored.neurons(); ++i)
            pattern(i) = stored[mu][i];
        const Eigen::VectorXd fields = couplings * pattern;
        unstable += static_cast<int>((fields.array() * pattern.array() <= 0.0).count());
    }
    return unstable;
}

} // namespace

class TestCouplingRules : public QObject {
    Q_OBJECT
private slots:
    void everyRuleIsSymmetricWithZeroDiagonal_data()
    {
        QTest::addColumn<CouplingRule>("rule");
        QTest::newRow("hebb") << CouplingRule::Hebb;
        QTest::newRow("pseudo-inverse") << CouplingRule::PseudoInverse;
        QTest::newRow("storkey") << CouplingRule::Storkey;
        QTest::newRow("dreaming") << CouplingRule::Dreaming;
    }
    void everyRuleIsSymmetricWithZeroDiagonal()
    {
        QFETCH(CouplingRule, rule);
        Rng rng(1);
        const Eigen::MatrixXd j = couplingsFor(rule, randomPatterns(60, 1, 12, 0.0, rng), 2.0);
        HL_COMPARE_NEAR((j - j.transpose()).cwiseAbs().maxCoeff(), 0.0, 1e-12);
        HL_COMPARE_NEAR(j.diagonal().cwiseAbs().maxCoeff(), 0.0, 0.0);
        QCOMPARE(couplingRuleFromName(couplingRuleName(rule)), rule);
    }

    void hebbMatchesTheSumOverPatterns()
    {
        PatternSet stored(3, 1);
        stored.add(Pattern(3, 1, std::vector<Spin>{1, 1, -1}));
        stored.add(Pattern(3, 1, std::vector<Spin>{1, -1, -1}));
        const Eigen::MatrixXd j = hebbCouplings(stored);
        // J_12 = (1/3)(1*1 + 1*(-1)) = 0; J_13 = (1/3)(-1 - 1) = -2/3; J_23 = (1/3)(-1 + 1) = 0.
        HL_COMPARE_NEAR(j(0, 1), 0.0, 1e-15);
        HL_COMPARE_NEAR(j(0, 2), -2.0 / 3.0, 1e-15);
        HL_COMPARE_NEAR(j(1, 2), 0.0, 1e-15);
    }

    void dreamingKernelRunsFromHebbToThePseudoInverse()
    {
        Rng rng(2);
        const PatternSet stored = randomPatterns(100, 1, 30, 0.0, rng);
        HL_COMPARE_NEAR((dreamingCouplings(stored, 0.0) - hebbCouplings(stored)).norm(), 0.0,
                        1e-12);
        // (1 + t)(1 + t C)^-1 = C^-1 + O(1/t): at t = 1e7 the difference is ~1e-7.
        HL_COMPARE_NEAR((dreamingCouplings(stored, 1e7) - pseudoInverseCouplings(stored)).norm(),
                        0.0, 1e-4);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, dreamingCouplings(stored, -1.0));
    }

    void pseudoInverseStoresUpToAlphaNearOne_data()
    {
        QTest::addColumn<int>("patterns");
        QTest::newRow("alpha 0.5") << 100;
        QTest::newRow("alpha 0.8") << 160;
        QTest::newRow("alpha 0.9") << 180;
    }
    void pseudoInverseStoresUpToAlphaNearOne()
    {
        QFETCH(int, patterns);
        Rng rng(3);
        const PatternSet stored = randomPatterns(200, 1, patterns, 0.0, rng);
        const Eigen::MatrixXd j = pseudoInverseCouplings(stored);
        // h_i = xi_i (1 - J_ii^projection) with J_ii ~ alpha < 1: every bit is stable.
        QCOMPARE(unstableBits(stored, j), 0);
        HopfieldNetwork network(stored, j);
        network.setState(stored[patterns - 1].spins());
        QCOMPARE(network.sweep(UpdateMode::RandomAsync, 0.0, rng), 0);
        // Hebb at the same load is far past capacity.
        QVERIFY(unstableBits(stored, hebbCouplings(stored)) > patterns * 200 / 20);
    }

    void storkeyHoldsMoreThanHebb()
    {
        // alpha = 0.2 at N = 300: beyond Hebb's alpha_c = 0.138, within Storkey's reach.
        Rng rng(4);
        const PatternSet stored = randomPatterns(300, 1, 60, 0.0, rng);
        const int hebb = unstableBits(stored, hebbCouplings(stored));
        const int storkey = unstableBits(stored, storkeyCouplings(stored));
        QVERIFY2(storkey * 4 < hebb,
                 qPrintable(QString("storkey %1, hebb %2").arg(storkey).arg(hebb)));
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestCouplingRules)
#include "tst_couplingrules.moc"
