#include "FuzzyCompare.h"
#include "TestSuite.h"
#include "core/Corruption.h"
#include "discrete/Glauber.h"
#include "discrete/HopfieldNetwork.h"

#include <cmath>
#include <vector>

using namespace hopfield;

Q_DECLARE_METATYPE(hopfield::UpdateMode)

class TestHopfieldNetwork : public QObject {
    Q_OBJECT
private slots:
    void bothFormsGiveIdenticalTrajectories_data()
    {
        QTest::addColumn<UpdateMode>("mode");
        QTest::addColumn<double>("temperature");
        QTest::newRow("async T=0") << UpdateMode::RandomAsync << 0.0;
        QTest::newRow("async T=0.5") << UpdateMode::RandomAsync << 0.5;
        QTest::newRow("sequential T=0.3") << UpdateMode::SequentialAsync << 0.3;
        QTest::newRow("sync T=0") << UpdateMode::Synchronous << 0.0;
        QTest::newRow("sync T=0.8") << UpdateMode::Synchronous << 0.8;
    }
    void bothFormsGiveIdenticalTrajectories()
    {
        QFETCH(UpdateMode, mode);
        QFETCH(double, temperature);
        Rng patternRng(21);
        // alpha = 0.12 near capacity, so the runs wander and many spins flip.
        const PatternSet stored = randomPatterns(400, 1, 48, 0.0, patternRng);
        const Pattern start = flipExactly(stored[0], 0.3, patternRng);
        HopfieldNetwork overlapForm(stored, CouplingForm::Overlap);
        HopfieldNetwork denseForm(stored, CouplingForm::Dense);
        overlapForm.setState(start.spins());
        denseForm.setState(start.spins());
        Rng rngA(99), rngB(99);
        int totalFlips = 0;
        for (int sweep = 0; sweep < 30; ++sweep) {
            const int flips = overlapForm.sweep(mode, temperature, rngA);
            QCOMPARE(denseForm.sweep(mode, temperature, rngB), flips);
            QVERIFY(std::equal(overlapForm.state().begin(), overlapForm.state().end(),
                               denseForm.state().begin()));
            HL_COMPARE_NEAR(overlapForm.energy(), denseForm.energy(), 1e-9);
            totalFlips += flips;
        }
        QVERIFY(totalFlips > 0);
    }

    void energyMatchesTheOverlapIdentity()
    {
        // E/N = -1/2 (sum_mu m_mu^2 - P/N) for Hebb couplings, zero diagonal, h = 0.
        Rng rng(2);
        const PatternSet stored = randomPatterns(300, 1, 20, 0.0, rng);
        HopfieldNetwork dense(stored, CouplingForm::Dense);
        dense.setState(flipExactly(stored[3], 0.4, rng).spins());
        double sumSquares = 0.0;
        for (double m : dense.overlaps())
            sumSquares += m * m;
        HL_COMPARE_NEAR(dense.energy() / 300.0, -0.5 * (sumSquares - 20.0 / 300.0), 1e-12);
    }

    void externalFieldEntersFieldAndEnergy()
    {
        Rng rng(3);
        const PatternSet stored = randomPatterns(50, 1, 2, 0.0, rng);
        std::vector<double> field(50, 0.25);
        HopfieldNetwork withField(stored, CouplingForm::Overlap, field);
        HopfieldNetwork without(stored, CouplingForm::Overlap);
        withField.setState(stored[0].spins());
        without.setState(stored[0].spins());
        int sum = 0;
        for (int i = 0; i < 50; ++i)
            sum += stored[0][i];
        HL_COMPARE_NEAR(withField.energy(), without.energy() - 0.25 * sum, 1e-12);
        HL_COMPARE_NEAR(withField.localField(7), without.localField(7) + 0.25, 1e-12);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 HopfieldNetwork(stored, CouplingForm::Overlap, {1.0, 2.0}));
    }

    void storedPatternsAreFixedPointsAtLowLoad()
    {
        // alpha = 0.05, N = 1000: a bit is unstable with probability
        // Phi(-1/sqrt(alpha)) = 3.9e-6, so among all N P = 50000 bits we expect 0.2.
        Rng rng(1);
        const PatternSet stored = randomPatterns(1000, 1, 50, 0.0, rng);
        HopfieldNetwork network(stored);
        int unstable = 0;
        for (int mu = 0; mu < stored.size(); ++mu) {
            network.setState(stored[mu].spins());
            unstable += network.sweep(UpdateMode::SequentialAsync, 0.0, rng);
        }
        QCOMPARE(unstable, 0);
    }

    void glauberStatisticsFollowTheHeatBath_data()
    {
        QTest::addColumn<double>("field");
        QTest::addColumn<double>("temperature");
        QTest::newRow("h=0.3 T=0.5") << 0.3 << 0.5;
        QTest::newRow("h=-0.2 T=1") << -0.2 << 1.0;
        QTest::newRow("h=0 T=0.7") << 0.0 << 0.7;
        QTest::newRow("h=1 T=2") << 1.0 << 2.0;
    }
    void glauberStatisticsFollowTheHeatBath()
    {
        QFETCH(double, field);
        QFETCH(double, temperature);
        // One neuron, one stored pattern: J_11 = 0, so the field is the external one.
        PatternSet stored(1, 1);
        stored.add(Pattern(1, 1, std::vector<Spin>{1}));
        HopfieldNetwork network(stored, CouplingForm::Overlap, {field});
        Rng rng(17);
        const int trials = 100000;
        int up = 0;
        for (int k = 0; k < trials; ++k) {
            network.updateSpin(0, temperature, rng);
            up += network.state()[0] == 1;
        }
        const double expected = 1.0 / (1.0 + std::exp(-2.0 * field / temperature));
        const double sd = std::sqrt(expected * (1.0 - expected) / trials);
        HL_COMPARE_NEAR(static_cast<double>(up) / trials, expected, 5.0 * sd);
    }

    void zeroTemperatureKeepsTheSpinOnAZeroField()
    {
        Rng rng(1);
        QCOMPARE(glauberSpin(0.0, 0.0, Spin{-1}, rng), Spin{-1});
        QCOMPARE(glauberSpin(0.0, 0.0, Spin{1}, rng), Spin{1});
        QCOMPARE(glauberSpin(1e-3, 0.0, Spin{-1}, rng), Spin{1});
        QCOMPARE(glauberSpin(-1e-3, 0.0, Spin{1}, rng), Spin{-1});
    }

    void rejectsBadStatesAndTemperatures()
    {
        Rng rng(1);
        HopfieldNetwork network(randomPatterns(10, 1, 2, 0.0, rng));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, network.setState(std::vector<Spin>(9, 1)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, network.setState(std::vector<Spin>(10, 0)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 network.sweep(UpdateMode::RandomAsync, -1.0, rng));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 network.sweep(UpdateMode::RandomAsync, std::nan(""), rng));
        Eigen::MatrixXd bad = Eigen::MatrixXd::Zero(10, 10);
        bad(1, 2) = std::nan("");
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 HopfieldNetwork(randomPatterns(10, 1, 2, 0.0, rng), bad));
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestHopfieldNetwork)
#include "tst_hopfieldnetwork.moc"
