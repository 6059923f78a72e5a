#include "FuzzyCompare.h"
#include "TestSuite.h"
#include "analysis/StateEnumeration.h"
#include "core/Corruption.h"
#include "learning/ContrastiveDivergence.h"

#include <cmath>
#include <stdexcept>

using namespace hopfield;

class TestContrastiveDivergence : public QObject {
    Q_OBJECT
private slots:
    void trainingRaisesTheExactLogLikelihood_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QString>("hidden");
        QTest::newRow("CD-1 binary") << "cd"
                                     << "binary";
        QTest::newRow("PCD binary") << "pcd"
                                    << "binary";
        QTest::newRow("CD-1 gaussian") << "cd"
                                       << "gaussian";
    }
    void trainingRaisesTheExactLogLikelihood()
    {
        // Two patterns at N = 8 and noisy copies of them: the exact mean log-likelihood by
        // enumeration of 2^8 states starts near -N ln 2 (small random weights) and must rise
        // well above it.  The likelihood of the data set itself is also recomputed here from
        // the curve's machine, so the curve is not trusted blindly.
        QFETCH(QString, variant);
        QFETCH(QString, hidden);
        Rng rng(21);
        const PatternSet archetypes = randomPatterns(8, 1, 2, 0.0, rng);
        PatternSet data(8, 1);
        for (int a = 0; a < 40; ++a)
            data.add(flipEach(archetypes[a % 2], 0.05, rng));
        RestrictedBoltzmannMachine machine = RestrictedBoltzmannMachine::random(
            8, 2, hiddenUnitsFromName(hidden.toStdString()), 0.01, 1.0, rng);
        ContrastiveDivergenceOptions options;
        options.variant = cdVariantFromName(variant.toStdString());
        options.k = 1;
        options.learningRate = 0.02;
        options.epochs = 60;
        options.batchSize = 10;
        const CdResult result = trainContrastiveDivergence(machine, data, options, rng);
        QCOMPARE(result.curve.size(), std::size_t(61));
        const double start = result.curve.front().logLikelihood;
        const double end = result.curve.back().logLikelihood;
        HL_COMPARE_NEAR(start, -8 * std::log(2.0), 0.05);
        QVERIFY2(end > start + 2.0, qPrintable(QString("%1 -> %2").arg(start).arg(end)));
        HL_COMPARE_NEAR(meanLogLikelihood(rbmLogDistribution(machine), data), end, 1e-12);
        QVERIFY(result.curve.back().reconstructionError < result.curve.front().reconstructionError);
    }

    void grandmotherCellsLearnTheirClassPrototypes()
    {
        // Hidden unit mu clamped to class mu in the positive phase: its weights take the sign
        // pattern of archetype mu, never shown, from examples with 20% of the bits flipped.
        Rng rng(8);
        const PatternSet archetypes = randomPatterns(64, 1, 3, 0.0, rng);
        std::vector<PatternSet> classes;
        for (const Pattern& xi : archetypes) {
            PatternSet examples(64, 1);
            for (int a = 0; a < 30; ++a)
                examples.add(flipEach(xi, 0.2, rng));
            classes.push_back(examples);
        }
        RestrictedBoltzmannMachine machine =
            RestrictedBoltzmannMachine::random(64, 3, HiddenUnits::Binary, 0.01, 1.0, rng);
        ContrastiveDivergenceOptions options;
        options.learningRate = 0.01;
        options.epochs = 20;
        options.batchSize = 10;
        const CdResult result = trainGrandmotherCells(machine, classes, options, rng);
        QVERIFY(std::isnan(result.curve.back().logLikelihood)); // N = 64: no enumeration
        for (int mu = 0; mu < 3; ++mu) {
            const std::vector<double> w = machine.weightImage(mu);
            int agree = 0;
            for (int i = 0; i < 64; ++i)
                agree += (w[static_cast<std::size_t>(i)] > 0) == (archetypes[mu][i] > 0) ? 1 : 0;
            QVERIFY2(agree >= 62, qPrintable(QString("unit %1: %2 of 64").arg(mu).arg(agree)));
        }
        classes.pop_back();
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 trainGrandmotherCells(machine, classes, options, rng));
    }

    void observerCanStopAndBadOptionsAreRefused()
    {
        Rng rng(1);
        const PatternSet data = randomPatterns(6, 1, 4, 0.0, rng);
        RestrictedBoltzmannMachine machine =
            RestrictedBoltzmannMachine::random(6, 2, HiddenUnits::Binary, 0.1, 1.0, rng);
        ContrastiveDivergenceOptions options;
        options.epochs = 10;
        const CdResult stopped =
            trainContrastiveDivergence(machine, data, options, rng,
                                       [](const CdEpoch& point, const RestrictedBoltzmannMachine&) {
                                           return point.epoch < 3;
                                       });
        QVERIFY(stopped.cancelled);
        QCOMPARE(stopped.curve.size(), std::size_t(4));
        options.k = 0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 trainContrastiveDivergence(machine, data, options, rng));
        options.k = 1;
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            trainContrastiveDivergence(machine, PatternSet(7, 1), options, rng));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, cdVariantFromName("cd2"));
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestContrastiveDivergence)
#include "tst_contrastivedivergence.moc"
