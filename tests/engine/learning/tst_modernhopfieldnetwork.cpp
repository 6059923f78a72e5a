#include "FuzzyCompare.h"
#include "TestSuite.h"
#include "core/Corruption.h"
#include "discrete/ModernHopfieldNetwork.h"

using namespace hopfield;

namespace {

Eigen::VectorXd asVector(const Pattern& pattern)
{
    Eigen::VectorXd v(pattern.size());
    for (int i = 0; i < pattern.size(); ++i)
        v(i) = pattern[i];
    return v;
}

} // namespace

class TestModernHopfieldNetwork : public QObject {
    Q_OBJECT
private slots:
    void oneStepRetrievesAWellSeparatedPattern()
    {
        // N = 100, P = 300, beta = 1: from 20% noise the target's score xi . s = 60 beats
        // every other (~ +-10, max ~ 30 over 300) by ~30, so softmax puts all but e^-30 of
        // its weight on the target: retrieval in one step (Ramsauer et al. 2020, Thm 4).
        Rng rng(21);
        const PatternSet stored = randomPatterns(100, 1, 300, 0.0, rng);
        ModernHopfieldNetwork network(stored, 1.0);
        network.setState(asVector(flipExactly(stored[5], 0.2, rng)));
        network.step();
        HL_COMPARE_NEAR(network.overlaps()[5], 1.0, 1e-6);
        HL_COMPARE_NEAR(network.attention()(5), 1.0, 1e-6);
    }

    void energyDecreasesAlongTheUpdate()
    {
        // The update is the concave-convex procedure for E, so E never rises; a small beta
        // makes the steps slow enough to check several (metastable averages).
        Rng rng(22);
        const PatternSet stored = randomPatterns(50, 1, 40, 0.0, rng);
        ModernHopfieldNetwork network(stored, 0.02);
        network.setState(asVector(flipExactly(stored[0], 0.45, rng)));
        double previous = network.energy();
        for (int k = 0; k < 20; ++k) {
            network.step();
            const double now = network.energy();
            QVERIFY2(now <= previous + 1e-9,
                     qPrintable(QString("%1 -> %2").arg(previous).arg(now)));
            previous = now;
        }
    }

    void energyAtZeroStateIsMinusLogPOverBeta()
    {
        // s = 0: every score is 0, lse = ln(P)/beta, so E = -ln(P)/beta.
        Rng rng(23);
        ModernHopfieldNetwork network(randomPatterns(30, 1, 8, 0.0, rng), 2.0);
        HL_COMPARE_NEAR(network.energy(), -std::log(8.0) / 2.0, 1e-12);
        HL_COMPARE_NEAR(network.attention().sum(), 1.0, 1e-12);
    }

    void hugeBetaDoesNotOverflow()
    {
        Rng rng(24);
        const PatternSet stored = randomPatterns(400, 1, 10, 0.0, rng);
        ModernHopfieldNetwork network(stored, 50.0);
        network.setState(asVector(stored[3]));
        QVERIFY(std::isfinite(network.energy()));
        network.step();
        HL_COMPARE_NEAR(network.overlaps()[3], 1.0, 1e-12);
    }

    void retrieveGivesSignsAndKeepsTheStartWhereTheStateIsZero()
    {
        // xi^1 = (+ + + +), xi^2 = (+ + - -); from s = (+ + + -) both score 2, so the step
        // gives (1, 1, 0, 0): the first two spins are +1, the tied ones keep the start's.
        PatternSet stored(4, 1);
        stored.add(Pattern(4, 1, std::vector<Spin>{1, 1, 1, 1}));
        stored.add(Pattern(4, 1, std::vector<Spin>{1, 1, -1, -1}));
        ModernHopfieldNetwork network(stored, 1.0);
        const std::vector<Spin> start{1, 1, 1, -1};
        QCOMPARE(network.retrieve(start, 1), start);
        const std::vector<Spin> flipped{-1, 1, 1, -1};
        QCOMPARE(network.retrieve(flipped, 1), (std::vector<Spin>{1, 1, 1, -1}));
        QCOMPARE(network.state()(0), 1.0);
        QCOMPARE(network.state()(2), 0.0);
    }

    void nonsenseIsRefused()
    {
        Rng rng(25);
        const PatternSet stored = randomPatterns(10, 1, 2, 0.0, rng);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ModernHopfieldNetwork(stored, 0.0));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 ModernHopfieldNetwork(PatternSet(3, 1), 1.0));
        ModernHopfieldNetwork network(stored, 1.0);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, network.setState(Eigen::VectorXd::Zero(3)));
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestModernHopfieldNetwork)
#include "tst_modernhopfieldnetwork.moc"
