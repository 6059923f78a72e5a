#include "FuzzyCompare.h"
#include "TestSuite.h"
#include "analysis/StateEnumeration.h"

#include <cmath>
#include <limits>
#include <stdexcept>

using namespace hopfield;

class TestStateEnumeration : public QObject {
    Q_OBJECT
private slots:
    void statesAndIndicesAreInverse()
    {
        for (std::uint32_t k = 0; k < 64; ++k)
            QCOMPARE(stateIndex(enumeratedState(6, k)), k);
        const std::vector<Spin> s = enumeratedState(3, 5); // bits 0 and 2
        QCOMPARE(s, (std::vector<Spin>{1, -1, 1}));
    }

    void independentSpinsGiveTheProductDistribution()
    {
        // h only, no couplings: P(s) = prod_i exp(beta h_i s_i) / 2cosh(beta h_i).
        Eigen::VectorXd h(3);
        h << 0.5, -0.2, 1.0;
        const Eigen::VectorXd logP = hopfieldLogDistribution(Eigen::MatrixXd::Zero(3, 3), h, 2.0);
        for (std::uint32_t k = 0; k < 8; ++k) {
            const std::vector<Spin> s = enumeratedState(3, k);
            double expected = 0.0;
            for (int i = 0; i < 3; ++i)
                expected += 2.0 * h(i) * s[static_cast<std::size_t>(i)] -
                            std::log(2.0 * std::cosh(2.0 * h(i)));
            HL_COMPARE_NEAR(logP(k), expected, 1e-12);
        }
    }

    void klOfTwoCoinsAndItsEdges()
    {
        // One spin: P = (1/2, 1/2) against Q = (1/4, 3/4):
        // KL = 1/2 ln(2) + 1/2 ln(2/3) = ln 2 - (1/2) ln 3.
        Eigen::VectorXd p(2), q(2);
        p << std::log(0.5), std::log(0.5);
        q << std::log(0.25), std::log(0.75);
        HL_COMPARE_NEAR(klDivergence(p, q), std::log(2.0) - 0.5 * std::log(3.0), 1e-15);
        HL_COMPARE_NEAR(klDivergence(p, p), 0.0, 0.0);
        HL_COMPARE_NEAR(maxAbsLogRatio(p, q), std::log(2.0), 1e-15);
        Eigen::VectorXd certain(2);
        certain << 0.0, -std::numeric_limits<double>::infinity();
        HL_COMPARE_NEAR(klDivergence(certain, q), std::log(4.0), 1e-15);
        QVERIFY(std::isinf(klDivergence(p, certain)));
    }

    void empiricalDistributionCountsSamples()
    {
        PatternSet samples(2, 1);
        samples.add(Pattern(2, 1, std::vector<Spin>{1, 1}));
        samples.add(Pattern(2, 1, std::vector<Spin>{1, 1}));
        samples.add(Pattern(2, 1, std::vector<Spin>{-1, 1}));
        const Eigen::VectorXd logP = empiricalLogDistribution(samples);
        HL_COMPARE_NEAR(std::exp(logP(3)), 2.0 / 3.0, 1e-15);
        HL_COMPARE_NEAR(std::exp(logP(2)), 1.0 / 3.0, 1e-15);
        QVERIFY(std::isinf(logP(0)));
        HL_COMPARE_NEAR(meanLogLikelihood(logP, samples),
                        (2.0 * std::log(2.0 / 3.0) + std::log(1.0 / 3.0)) / 3.0, 1e-15);
    }

    void tooManyNeuronsAreRefused()
    {
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            logDistribution(kMaxEnumeratedNeurons + 1, [](std::span<const Spin>) { return 0.0; }));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, checkDuality(PatternSet(4, 1), 0.0));
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestStateEnumeration)
#include "tst_stateenumeration.moc"
