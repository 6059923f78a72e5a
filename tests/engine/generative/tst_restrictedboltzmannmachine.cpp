#include "FuzzyCompare.h"
#include "TestSuite.h"
#include "analysis/SamplerComparison.h"
#include "analysis/StateEnumeration.h"
#include "core/Corruption.h"
#include "discrete/HopfieldNetwork.h"
#include "generative/RestrictedBoltzmannMachine.h"
#include "learning/CouplingRules.h"

#include <cmath>
#include <stdexcept>

using namespace hopfield;

namespace {

Eigen::VectorXd spins(const std::vector<Spin>& s)
{
    Eigen::VectorXd v(static_cast<Eigen::Index>(s.size()));
    for (std::size_t i = 0; i < s.size(); ++i)
        v(static_cast<Eigen::Index>(i)) = s[i];
    return v;
}

} // namespace

class TestRestrictedBoltzmannMachine : public QObject {
    Q_OBJECT
private slots:
    void marginalIsTheHopfieldDistribution_data()
    {
        QTest::addColumn<int>("patterns");
        QTest::addColumn<double>("temperature");
        QTest::newRow("P=1 T=1") << 1 << 1.0;
        QTest::newRow("P=2 T=0.5") << 2 << 0.5;
        QTest::newRow("P=3 T=1") << 3 << 1.0;
        QTest::newRow("P=3 T=2") << 3 << 2.0;
    }
    void marginalIsTheHopfieldDistribution()
    {
        // Barra et al. 2012: summing the Gaussian hidden units out of the RBM with
        // W = xi / sqrt(N) leaves exp(-beta E_Hopfield) up to a constant; enumerated over
        // all 2^10 states the two normalised distributions agree to rounding.
        QFETCH(int, patterns);
        QFETCH(double, temperature);
        Rng rng(7);
        const PatternSet stored = randomPatterns(10, 1, patterns, 0.0, rng);
        const DualityCheck check = checkDuality(stored, temperature);
        QVERIFY2(check.maxAbsLogRatio < 1e-9, qPrintable(QString::number(check.maxAbsLogRatio)));
        QVERIFY(check.klDivergence < 1e-12);
        // ln Z is finite and at least ln of the 2P pattern states' weights.
        QVERIFY(std::isfinite(check.logPartitionHopfield));
    }

    void dualEnergyAndOverlapsAreTheHopfieldOnes()
    {
        // F(s) = -(N/2) sum m^2 = E_Hopfield(s) - P/2; overlaps() are the Mattis overlaps.
        Rng rng(3);
        const PatternSet stored = randomPatterns(40, 1, 4, 0.0, rng);
        HopfieldNetwork network(stored);
        RestrictedBoltzmannMachine machine = RestrictedBoltzmannMachine::fromPatterns(stored, 1.0);
        const Pattern start = flipExactly(stored[1], 0.3, rng);
        network.setState(start.spins());
        machine.setState(start.spins());
        HL_COMPARE_NEAR(machine.energy(), network.energy() - 4 / 2.0, 1e-10);
        const std::vector<double> m = network.overlaps();
        const std::vector<double> z = machine.overlaps();
        QCOMPARE(z.size(), m.size());
        for (std::size_t mu = 0; mu < m.size(); ++mu)
            HL_COMPARE_NEAR(z[mu], m[mu], 1e-12);
    }

    void anyCouplingsHaveAnExactGaussianDual()
    {
        // J with negative eigenvalues and a field: the shifted decomposition keeps the
        // distribution (the shift only adds a constant).
        Rng rng(11);
        const int n = 8;
        Eigen::MatrixXd j(n, n);
        for (int a = 0; a < n; ++a)
            for (int b = 0; b <= a; ++b)
                j(a, b) = j(b, a) = a == b ? 0.0 : rng.normal() * 0.4;
        Eigen::VectorXd h(n);
        for (int i = 0; i < n; ++i)
            h(i) = 0.3 * rng.normal();
        const double beta = 0.8;
        const RestrictedBoltzmannMachine machine =
            RestrictedBoltzmannMachine::fromCouplings(j, h, beta);
        QVERIFY(machine.hiddenUnits() >= 1 && machine.hiddenUnits() <= n);
        const double ratio =
            maxAbsLogRatio(rbmLogDistribution(machine), hopfieldLogDistribution(j, h, beta));
        QVERIFY2(ratio < 1e-9, qPrintable(QString::number(ratio)));
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            RestrictedBoltzmannMachine::fromCouplings(Eigen::MatrixXd::Identity(3, 4), {}, 1.0));
    }

    void blockGibbsSamplesTheHopfieldMarginal()
    {
        // The sampler itself (z | s Gaussian, s | z logistic), not just the formula: the
        // frequency of the stored states and the mean energy of 60000 block Gibbs steps
        // match the exact Hopfield distribution at N = 6.  Tolerances: 5 standard errors
        // with a generous correlation time of 5 steps.
        Rng rng(5);
        const PatternSet stored = randomPatterns(6, 1, 2, 0.0, rng);
        const double beta = 1.0;
        RestrictedBoltzmannMachine machine = RestrictedBoltzmannMachine::fromPatterns(stored, beta);
        const Eigen::VectorXd exact = hopfieldLogDistribution(hebbCouplings(stored), {}, beta);
        const std::uint32_t target = stateIndex(stored[0].spins());
        const double pTarget = std::exp(exact(target));
        double meanEnergy = 0.0;
        double meanSquare = 0.0;
        for (std::uint32_t k = 0; k < exact.size(); ++k) {
            const double e = machine.freeEnergy(enumeratedState(6, k));
            meanEnergy += std::exp(exact(k)) * e;
            meanSquare += std::exp(exact(k)) * e * e;
        }
        constexpr int kSteps = 60000;
        int hits = 0;
        double energySum = 0.0;
        machine.step(100, rng);
        for (int t = 0; t < kSteps; ++t) {
            machine.step(1, rng);
            hits += stateIndex(machine.state()) == target ? 1 : 0;
            energySum += machine.energy();
        }
        const double effective = kSteps / 5.0;
        HL_COMPARE_NEAR(double(hits) / kSteps, pTarget,
                        5.0 * std::sqrt(pTarget * (1 - pTarget) / effective));
        HL_COMPARE_NEAR(energySum / kSteps, meanEnergy,
                        5.0 * std::sqrt((meanSquare - meanEnergy * meanEnergy) / effective));
    }

    void samplersAgreeBeyondEnumeration()
    {
        // N = 100: Glauber on the Hebb network and block Gibbs on its RBM at the same T give
        // the same histogram of max |m| (measured total variation 0.04 with 20 bins and 2000
        // samples each); the RBM at T = 1 against the network at T = 0.7 is far off (0.9).
        Rng rng(1);
        const PatternSet stored = randomPatterns(100, 1, 2, 0.0, rng);
        SamplerComparisonOptions options;
        options.hopfieldTemperature = 0.7;
        options.rbmTemperature = 0.7;
        const SamplerComparison same = compareSamplers(stored, options);
        QVERIFY2(same.totalVariation < 0.1, qPrintable(QString::number(same.totalVariation)));
        HL_COMPARE_NEAR(same.rbmMean, same.hopfieldMean, 0.03);
        double total = 0.0;
        for (const double h : same.rbmHistogram)
            total += h;
        HL_COMPARE_NEAR(total, 1.0, 1e-12);
        options.rbmTemperature = 1.0;
        const SamplerComparison other = compareSamplers(stored, options);
        QVERIFY2(other.totalVariation > 0.5, qPrintable(QString::number(other.totalVariation)));
        options.chains = 0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, compareSamplers(stored, options));
    }

    void binaryFreeEnergySumsTheHiddenStates()
    {
        // exp(-beta F(s)) = sum over h in {-1, 1}^P of exp(beta (s^T W h + a.s + b.h)).
        Rng rng(2);
        const double beta = 0.7;
        RestrictedBoltzmannMachine machine =
            RestrictedBoltzmannMachine::random(4, 3, HiddenUnits::Binary, 0.8, beta, rng);
        Eigen::VectorXd a(4);
        a << 0.1, -0.2, 0.3, 0.0;
        Eigen::VectorXd b(3);
        b << -0.4, 0.2, 0.05;
        machine.setParameters(machine.weights(), a, b);
        for (std::uint32_t k = 0; k < 16; ++k) {
            const Eigen::VectorXd s = spins(enumeratedState(4, k));
            double sum = 0.0;
            for (std::uint32_t hk = 0; hk < 8; ++hk) {
                const Eigen::VectorXd h = spins(enumeratedState(3, hk));
                sum += std::exp(beta * (s.dot(machine.weights() * h) + a.dot(s) + b.dot(h)));
            }
            HL_COMPARE_NEAR(-beta * machine.freeEnergy(s), std::log(sum), 1e-12);
        }
    }

    void reconstructionErrorMeasuresTheUpDownPass()
    {
        Rng rng(4);
        const PatternSet stored = randomPatterns(50, 1, 1, 0.0, rng);
        // No weights: E[s | h] = 0, so every bit costs (s_i - 0)^2 / 4.
        const RestrictedBoltzmannMachine blank(Eigen::MatrixXd::Zero(50, 2), HiddenUnits::Binary);
        HL_COMPARE_NEAR(blank.reconstructionError(stored), 0.25, 1e-15);
        // The dual of one pattern at beta = 4: E[z | xi] = sqrt(4 N) and tanh(sqrt(4) W z) =
        // tanh(4) on every bit: error (1 - tanh 4)^2 / 4.
        const RestrictedBoltzmannMachine dual =
            RestrictedBoltzmannMachine::fromPatterns(stored, 4.0);
        const double miss = 1.0 - std::tanh(4.0);
        HL_COMPARE_NEAR(dual.reconstructionError(stored), miss * miss / 4.0, 1e-12);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 dual.reconstructionError(PatternSet(10, 1)));
    }

    void badInputsAreRefused()
    {
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            RestrictedBoltzmannMachine(Eigen::MatrixXd::Zero(3, 2), HiddenUnits::Gaussian, 0.0));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 RestrictedBoltzmannMachine(Eigen::MatrixXd::Zero(3, 2),
                                                            HiddenUnits::Gaussian, 1.0,
                                                            Eigen::VectorXd::Zero(2)));
        RestrictedBoltzmannMachine machine(Eigen::MatrixXd::Zero(3, 2), HiddenUnits::Binary);
        const std::vector<Spin> wrong{1, 0, 1};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, machine.setState(wrong));
        Eigen::MatrixXd nan = Eigen::MatrixXd::Zero(3, 2);
        nan(0, 0) = std::nan("");
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            machine.setParameters(nan, Eigen::VectorXd::Zero(3), Eigen::VectorXd::Zero(2)));
        HL_COMPARE_NEAR(machine.weights().norm(), 0.0, 0.0); // a failed step keeps the machine
        QCOMPARE(hiddenUnitsFromName("binary"), HiddenUnits::Binary);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, hiddenUnitsFromName("bernoulli"));
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestRestrictedBoltzmannMachine)
#include "tst_restrictedboltzmannmachine.moc"
