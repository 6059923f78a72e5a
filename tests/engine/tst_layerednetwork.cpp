#include "FuzzyCompare.h"
#include "TestSuite.h"
#include "core/Corruption.h"
#include "discrete/LayeredNetwork.h"

#include <stdexcept>

using namespace hopfield;

namespace {

/// The layered energy summed over explicit couplings J^{ab}_ij = g_ab (1/N) sum_mu
/// xi^mu_i xi^mu_j with J^{aa}_ii = 0, and the field H chi on every layer.
double bruteForceEnergy(const LayeredNetwork& network)
{
    const int n = network.neurons();
    const int layers = network.layers();
    const auto s = network.state();
    double e = 0.0;
    for (int a = 0; a < layers; ++a)
        for (int b = 0; b < layers; ++b)
            for (int i = 0; i < n; ++i)
                for (int j = 0; j < n; ++j) {
                    if (a == b && i == j)
                        continue;
                    double hebb = 0.0;
                    for (const Pattern& xi : network.patterns())
                        hebb += xi[i] * xi[j];
                    const double g = a == b ? 1.0 : -network.lambda();
                    e -= 0.5 * g * hebb / n * s[std::size_t(a * n + i)] * s[std::size_t(b * n + j)];
                }
    for (int a = 0; a < layers; ++a)
        for (int i = 0; i < n; ++i)
            e -= network.field() * network.mixture()[std::size_t(i)] * s[std::size_t(a * n + i)];
    return e;
}

} // namespace

class TestLayeredNetwork : public QObject {
    Q_OBJECT
private slots:
    void energyMatchesTheExplicitCouplings()
    {
        Rng rng(2);
        LayeredNetwork network(randomPatterns(15, 1, 4, 0.0, rng), 3, 0.3, 0.2, 0.5);
        HL_COMPARE_NEAR(network.energy(), bruteForceEnergy(network), 1e-9);
        network.step(3, rng);
        HL_COMPARE_NEAR(network.energy(), bruteForceEnergy(network), 1e-9);
        // Every layer started in chi = sgn(xi^1 + xi^2 + xi^3).
        for (int i = 0; i < 15; ++i) {
            const int vote =
                network.patterns()[0][i] + network.patterns()[1][i] + network.patterns()[2][i];
            QCOMPARE(int(network.mixture()[std::size_t(i)]), vote > 0 ? 1 : -1);
        }
    }

    void zeroTemperatureKeepsTheMixture()
    {
        // At T = 0 and lambda < 1/2 the mixture's field (1/2)(1 - 2 lambda) sum xi + H chi
        // holds every bit: nothing moves and nothing separates.  Its overlaps stay ~1/2.
        Rng rng(4);
        LayeredNetwork network(randomPatterns(400, 1, 3, 0.0, rng), 3, 0.3, 0.1, 0.0);
        const std::vector<Spin> start(network.state().begin(), network.state().end());
        const double energy = network.energy();
        network.step(20, rng);
        QVERIFY(std::equal(start.begin(), start.end(), network.state().begin()));
        HL_COMPARE_NEAR(network.energy(), energy, 1e-12);
        QVERIFY(!network.separated());
        for (const double m : network.overlaps())
            HL_COMPARE_NEAR(m, 0.5, 0.1); // exactly 1/2 at N -> infinity
    }

    void moderateNoiseSeparatesTheChord()
    {
        // T = 0.2, lambda = 0.3, H = 0.1 at N = 400 (the chord into its notes): most runs end
        // with each layer on its own pattern above 0.8; 18 of 20 seeds did when this was
        // written, so ask for 14.
        int separated = 0;
        for (int trial = 0; trial < 20; ++trial) {
            Rng rng(100 + trial);
            LayeredNetwork network(randomPatterns(400, 1, 3, 0.0, rng), 3, 0.3, 0.1, 0.2);
            network.step(50, rng);
            separated += network.separated() ? 1 : 0;
        }
        QVERIFY2(separated >= 14, qPrintable(QString::number(separated)));
    }

    void asynchronousZeroTemperatureNeverRaisesTheEnergy()
    {
        Rng rng(6);
        LayeredNetwork network(randomPatterns(60, 1, 5, 0.0, rng), 3, 0.6, 0.05, 0.0);
        network.setState(randomPatterns(180, 1, 1, 0.0, rng)[0].spins());
        double previous = network.energy();
        for (int s = 0; s < 10; ++s) {
            network.step(1, rng);
            QVERIFY(network.energy() <= previous + 1e-9);
            previous = network.energy();
        }
    }

    void badInputsAreRefused()
    {
        Rng rng(1);
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            LayeredNetwork(randomPatterns(10, 1, 2, 0.0, rng), 3, 0.3, 0.1, 0.1));
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            LayeredNetwork(randomPatterns(10, 1, 3, 0.0, rng), 0, 0.3, 0.1, 0.1));
        LayeredNetwork network(randomPatterns(10, 1, 3, 0.0, rng), 2, 0.3, 0.1, 0.1);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, network.setTemperature(-0.1));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, network.layerOverlaps(2));
        const std::vector<Spin> wrong(19, Spin{1});
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, network.setState(wrong));
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestLayeredNetwork)
#include "tst_layerednetwork.moc"
