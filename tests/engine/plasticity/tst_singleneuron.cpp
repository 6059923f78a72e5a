#include "FuzzyCompare.h"
#include "TestSuite.h"
#include "plasticity/Selectivity.h"
#include "plasticity/SingleNeuronExperiment.h"

using namespace hopfield;

namespace {

SingleNeuronExperiment finished(SingleNeuronSettings settings)
{
    SingleNeuronExperiment experiment(settings);
    experiment.advance(settings.steps);
    return experiment;
}

} // namespace

class TestSingleNeuron : public QObject {
    Q_OBJECT
private slots:
    // BCM's selective fixed point for P equally likely patterns: y = theta to one of
    // them, 0 to the rest, and theta = E[y^2] = theta^2 / P, so theta = P = 2.
    void becomesSelectiveToOnePattern_data()
    {
        QTest::addColumn<int>("seed");
        for (int seed = 1; seed <= 4; ++seed)
            QTest::addRow("seed %d", seed) << seed;
    }

    void becomesSelectiveToOnePattern()
    {
        QFETCH(int, seed);
        SingleNeuronSettings settings;
        settings.learningRate = 0.005;
        settings.steps = 40000;
        settings.seed = static_cast<std::uint64_t>(seed);
        const SingleNeuronExperiment experiment = finished(settings);
        const int selected = experiment.selectedPatterns()[0];
        QVERIFY(selected == 0 || selected == 1);
        const Eigen::MatrixXd y = experiment.responses();
        // theta averages the last ~100 presentations (gamma = 0.99), so it and y carry
        // a noise of a few per cent.
        HL_COMPARE_NEAR(y(0, selected), 2.0, 0.2);
        HL_COMPARE_NEAR(y(0, 1 - selected), 0.0, 0.15);
        HL_COMPARE_NEAR(experiment.layer().theta()(0), 2.0, 0.3);
        // Before learning it answered both patterns alike (positive weights, a = 0.3).
        const auto& start = experiment.history().front().weights;
        QVERIFY((start * experiment.patterns()).minCoeff() > 0.1);
    }

    // Two neurons: without lateral connections each picks a pattern on its own, so half
    // the time both pick the same; inhibition (s = -0.4) makes them pick different
    // ones, so beta (SelectivityReport::overlapIndex) rises from about 1.5 to 2.
    void lateralInhibitionMakesNeuronsPickDifferentPatterns()
    {
        double betaAlone = 0;
        double betaInhibited = 0;
        int differentAlone = 0;
        int differentInhibited = 0;
        constexpr int runs = 20;
        for (int seed = 1; seed <= runs; ++seed) {
            for (const double s : {0.0, -0.4}) {
                SingleNeuronSettings settings;
                settings.neurons = 2;
                settings.lateral = s;
                settings.seed = static_cast<std::uint64_t>(seed);
                const SingleNeuronExperiment experiment = finished(settings);
                const auto picks = experiment.selectedPatterns();
                const bool different = picks[0] >= 0 && picks[1] >= 0 && picks[0] != picks[1];
                const double beta =
                    measureSelectivity(experiment.responses().cast<float>()).overlapIndex;
                (s == 0.0 ? differentAlone : differentInhibited) += different;
                (s == 0.0 ? betaAlone : betaInhibited) += beta / runs;
            }
        }
        QCOMPARE(differentInhibited, runs);
        QVERIFY2(differentAlone < runs - 5, qPrintable(QString::number(differentAlone)));
        HL_COMPARE_NEAR(betaInhibited, 2.0, 1e-9);
        QVERIFY2(betaAlone < 1.8, qPrintable(QString::number(betaAlone)));
    }

    void recordsItsHistory()
    {
        SingleNeuronSettings settings;
        settings.steps = 1000;
        settings.recordEvery = 100;
        SingleNeuronExperiment experiment(settings);
        QCOMPARE(experiment.advance(400), 400);
        QCOMPARE(experiment.advance(5000), 600);
        QVERIFY(experiment.finished());
        QCOMPARE(experiment.history().size(), std::size_t{11});
        QCOMPARE(experiment.history().back().step, 1000LL);
        QCOMPARE(experiment.history().back().weights, experiment.layer().weights());
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestSingleNeuron)
#include "tst_singleneuron.moc"
