#include "FuzzyCompare.h"
#include "TestSuite.h"
#include "core/Corruption.h"
#include "learning/BoltzmannLearning.h"

using namespace hopfield;

namespace {

// The generative task of seed 000: p = 600 >> N = 30 examples, noisy copies (each bit
// flipped with probability 0.2) of K = 2 archetypes.
constexpr int kBoltzmannNeurons = 30;
constexpr int kExamples = 600;
constexpr int kChains = 200;

struct Data {
    PatternSet archetypes;
    PatternSet examples;
};

Data noisyCopies()
{
    Rng rng(3);
    Data data{randomPatterns(kBoltzmannNeurons, 1, 2, 0.0, rng), PatternSet(kBoltzmannNeurons, 1)};
    for (int a = 0; a < kExamples; ++a)
        data.examples.add(flipEach(data.archetypes[a % 2], 0.2, rng));
    return data;
}

BoltzmannOptions options()
{
    BoltzmannOptions o;
    o.learningRate = 0.01;
    o.epochs = 100;
    o.chains = kChains;
    o.sweepsPerEpoch = 1;
    return o;
}

double windowMean(const std::vector<double>& values, std::size_t first, std::size_t count)
{
    double sum = 0.0;
    for (std::size_t k = first; k < first + count; ++k)
        sum += values[k];
    return sum / static_cast<double>(count);
}

/// <m^2> of one archetype over a set of states.
double meanSquaredOverlap(const Pattern& archetype, const PatternSet& states)
{
    double sum = 0.0;
    for (const Pattern& s : states) {
        const double m = overlap(archetype.spins(), s.spins());
        sum += m * m;
    }
    return sum / states.size();
}

} // namespace

class TestBoltzmannLearning : public QObject {
    Q_OBJECT
private slots:
    void correlationsOfKnownSamples()
    {
        PatternSet samples(3, 1);
        samples.add(Pattern(3, 1, std::vector<Spin>{1, 1, -1}));
        samples.add(Pattern(3, 1, std::vector<Spin>{1, -1, -1}));
        const Eigen::MatrixXd c = spinCorrelations(samples);
        // C_12 = (1 - 1)/2 = 0, C_13 = (-1 - 1)/2 = -1, C_23 = (-1 + 1)/2 = 0; diagonal 0.
        HL_COMPARE_NEAR(c(0, 1), 0.0, 0.0);
        HL_COMPARE_NEAR(c(0, 2), -1.0, 0.0);
        HL_COMPARE_NEAR(c(2, 1), 0.0, 0.0);
        HL_COMPARE_NEAR(c(1, 1), 0.0, 0.0);
    }

    void momentErrorFallsMonotonicallyOnAverage()
    {
        const Data data = noisyCopies();
        Rng rng(4);
        const BoltzmannResult result = trainBoltzmann(data.examples, options(), rng);
        const std::vector<double>& error = result.momentError;
        QCOMPARE(error.size(), std::size_t{100});
        // Means over windows of 10 epochs fall, window after window, while learning is
        // under way (measured with seed 4: 0.25, 0.19, 0.11, 0.073, then 0.07 on).
        for (std::size_t w = 1; w < 4; ++w)
            QVERIFY2(windowMean(error, 10 * w, 10) < windowMean(error, 10 * (w - 1), 10),
                     qPrintable(QString("window %1").arg(w)));
        QVERIFY(windowMean(error, 90, 10) < 0.4 * windowMean(error, 0, 10));
        // Converged, the error is the sampling noise of S = 200 independent chain states:
        // E ||C_hat - C||_F^2 / N^2 = (1 - 1/N) (1 - <C_ij^2>) / S for the off-diagonal
        // pairs.  The last windows sit on that floor within 25% (bias and window noise).
        const Eigen::MatrixXd c = spinCorrelations(data.examples);
        const double meanSquare = c.squaredNorm() / (kBoltzmannNeurons * (kBoltzmannNeurons - 1.0));
        const double floor =
            std::sqrt((1.0 - 1.0 / kBoltzmannNeurons) * (1.0 - meanSquare) / kChains);
        HL_COMPARE_NEAR(windowMean(error, 80, 20), floor, 0.25 * floor);
    }

    void samplesAtTemperatureOneLookLikeTheData()
    {
        const Data data = noisyCopies();
        Rng rng(5);
        const Eigen::MatrixXd j = boltzmannCouplings(data.examples, options(), rng);
        const PatternSet samples = sampleBoltzmann(j, data.examples, 1000, 30, rng);
        QCOMPARE(samples.size(), 1000);
        // <m_mu^2> = (1/N^2) sum_ij xi_i xi_j <s_i s_j> is fixed by the pair correlations,
        // exactly what moment matching learns; the data's is 0.21 (half the examples at
        // m = 0.6, half near 0).  Standard error over 1000 samples 0.006; tolerance 0.025
        // also covers the residual moment error.
        for (const Pattern& archetype : data.archetypes)
            HL_COMPARE_NEAR(meanSquaredOverlap(archetype, samples),
                            meanSquaredOverlap(archetype, data.examples), 0.025);
        // Untrained (J = 0) samples are coin flips: <m^2> = 1/N = 0.033, far from 0.21.
        const PatternSet coins =
            sampleBoltzmann(Eigen::MatrixXd::Zero(kBoltzmannNeurons, kBoltzmannNeurons),
                            data.examples, 1000, 1, rng);
        HL_COMPARE_NEAR(meanSquaredOverlap(data.archetypes[0], coins), 1.0 / kBoltzmannNeurons,
                        0.01);
    }

    void observerCanCancel()
    {
        const Data data = noisyCopies();
        Rng rng(6);
        const BoltzmannResult result = trainBoltzmann(data.examples, options(), rng,
                                                      [](int epoch, double) { return epoch < 5; });
        QVERIFY(result.cancelled);
        QCOMPARE(result.momentError.size(), std::size_t{5});
    }

    void nonsenseIsRefused()
    {
        const Data data = noisyCopies();
        Rng rng(7);
        BoltzmannOptions bad = options();
        bad.learningRate = -1.0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, trainBoltzmann(data.examples, bad, rng));
        bad = options();
        bad.chains = 0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, trainBoltzmann(data.examples, bad, rng));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 trainBoltzmann(PatternSet(kBoltzmannNeurons, 1), options(), rng));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, sampleBoltzmann(Eigen::MatrixXd::Zero(3, 3),
                                                                        data.examples, 1, 1, rng));
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestBoltzmannLearning)
#include "tst_boltzmannlearning.moc"
