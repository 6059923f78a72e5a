#include "FuzzyCompare.h"
#include "PlasticityTestData.h"
#include "TestSuite.h"
#include "plasticity/BcmLayer.h"
#include "plasticity/PlasticityTrainer.h"

#include <cmath>

using namespace hopfield;

Q_DECLARE_METATYPE(hopfield::OptimizerKind)
Q_DECLARE_METATYPE(hopfield::Activation)

namespace {

double logistic(double c)
{
    return 1.0 / (1.0 + std::exp(-c));
}

} // namespace

class TestBcmLayer : public QObject {
    Q_OBJECT
private slots:
    // One logistic neuron, two inputs, a batch of two: every number by hand.
    void matchesAHandComputedStep()
    {
        BcmSettings settings;
        settings.units = 1;
        settings.activation = Activation::Logistic;
        settings.learningRate = 0.1;
        settings.memory = 0.5;
        BcmLayer<double> layer(2, settings);
        Eigen::MatrixXd w(1, 2);
        w << 0.3, -0.2;
        layer.setWeights(w);
        Eigen::MatrixXd batch(2, 2);
        batch << 1.0, 0.5, //
            2.0, -1.0;     // x1 = (1, 2), x2 = (0.5, -1)

        // Step 1: c = w.x = -0.1 and 0.35; theta = <y^2> outright (no history yet).
        double y1 = logistic(0.3 * 1.0 - 0.2 * 2.0);
        double y2 = logistic(0.3 * 0.5 + 0.2 * 1.0);
        double theta = (y1 * y1 + y2 * y2) / 2;
        double dw1 = (y1 * (y1 - theta) * 1.0 + y2 * (y2 - theta) * 0.5) / (2 * theta);
        double dw2 = (y1 * (y1 - theta) * 2.0 + y2 * (y2 - theta) * -1.0) / (2 * theta);
        double w1 = 0.3 + 0.1 * dw1;
        double w2 = -0.2 + 0.1 * dw2;
        layer.train(batch);
        HL_COMPARE_NEAR(layer.theta()(0), theta, 1e-12);
        HL_COMPARE_NEAR(layer.weights()(0, 0), w1, 1e-12);
        HL_COMPARE_NEAR(layer.weights()(0, 1), w2, 1e-12);

        // Step 2: theta = gamma theta + (1 - gamma) <y^2> with gamma = 0.5.
        y1 = logistic(w1 * 1.0 + w2 * 2.0);
        y2 = logistic(w1 * 0.5 - w2 * 1.0);
        theta = 0.5 * theta + 0.5 * (y1 * y1 + y2 * y2) / 2;
        dw1 = (y1 * (y1 - theta) * 1.0 + y2 * (y2 - theta) * 0.5) / (2 * theta);
        dw2 = (y1 * (y1 - theta) * 2.0 + y2 * (y2 - theta) * -1.0) / (2 * theta);
        layer.train(batch);
        HL_COMPARE_NEAR(layer.theta()(0), theta, 1e-12);
        HL_COMPARE_NEAR(layer.weights()(0, 0), w1 + 0.1 * dw1, 1e-12);
        HL_COMPARE_NEAR(layer.weights()(0, 1), w2 + 0.1 * dw2, 1e-12);
    }

    // Two linear neurons with lateral strength s: y = M^-1 W x, M^-1 = [1 s; s 1] / (1 - s^2).
    void matchesAHandComputedLateralStep()
    {
        const double s = -0.5;
        BcmSettings settings;
        settings.units = 2;
        settings.activation = Activation::Linear;
        settings.learningRate = 0.05;
        settings.lateral = s;
        BcmLayer<double> layer(2, settings);
        Eigen::MatrixXd w(2, 2);
        w << 1.0, 0.2, //
            0.4, 0.8;
        layer.setWeights(w);
        Eigen::MatrixXd x(2, 1);
        x << 1.0, 0.5;
        const double c1 = 1.0 + 0.1; // W x
        const double c2 = 0.4 + 0.4;
        const double y1 = (c1 + s * c2) / (1 - s * s);
        const double y2 = (s * c1 + c2) / (1 - s * s);
        HL_COMPARE_NEAR(layer.respond(x)(0, 0), y1, 1e-12);
        HL_COMPARE_NEAR(layer.respond(x)(1, 0), y2, 1e-12);
        layer.train(x);
        // theta_i = y_i^2, so dW_i = y_i (y_i - y_i^2) x / y_i^2 = (1 - y_i) x.
        HL_COMPARE_NEAR(layer.weights()(0, 1), 0.2 + 0.05 * (1 - y1) * 0.5, 1e-12);
        HL_COMPARE_NEAR(layer.weights()(1, 0), 0.4 + 0.05 * (1 - y2) * 1.0, 1e-12);
    }

    // Adam's first step is eta G / (|G| + eps) after the bias corrections.
    void matchesAHandComputedAdamStep()
    {
        BcmSettings settings;
        settings.units = 1;
        settings.activation = Activation::Linear;
        settings.optimizer = OptimizerKind::Adam;
        settings.learningRate = 0.01;
        BcmLayer<double> layer(2, settings);
        Eigen::MatrixXd w(1, 2);
        w << 0.5, 0.25;
        layer.setWeights(w);
        Eigen::MatrixXd x(2, 1);
        x << 1.0, 2.0;
        // y = 0.5 + 0.5 = 1 = theta (the first batch sets theta = y^2): dW = 0, G = 0,
        // and Adam's 0 / (0 + eps) moves nothing.
        layer.train(x);
        HL_COMPARE_NEAR(layer.weights()(0, 0), 0.5, 1e-12);
        HL_COMPARE_NEAR(layer.weights()(0, 1), 0.25, 1e-12);

        // y = 2: theta = 0.9 * 1 + 0.1 * 4 = 1.3 (gamma = 0.9), dW = 2 (2 - 1.3) x / 1.3.
        Eigen::MatrixXd x2(2, 1);
        x2 << 4.0, 0.0;
        layer.train(x2);
        const double g = -(2.0 * (2.0 - 1.3) * 4.0 / 1.3);
        // m^ = g, v^ = g^2 after the corrections of step 2 (m, v were 0 at step 1).
        const double m = 0.1 * g / (1 - 0.9 * 0.9);
        const double v = 0.001 * g * g / (1 - 0.999 * 0.999);
        HL_COMPARE_NEAR(layer.weights()(0, 0), 0.5 - 0.01 * m / (std::sqrt(v) + 1e-8), 1e-12);
    }

    void refusesASingularLateralMatrix_data()
    {
        QTest::addColumn<double>("strength");
        QTest::newRow("s = -1: 1 + s = 0") << -1.0;
        QTest::newRow("s = 1 / (K - 1): 1 - (K - 1) s = 0") << 0.5;
        QTest::newRow("condition number 2e7") << 0.5 - 1e-7;
        QTest::newRow("not a number") << std::nan("");
    }

    void refusesASingularLateralMatrix()
    {
        QFETCH(double, strength);
        BcmSettings settings;
        settings.units = 3;
        settings.lateral = -0.3;
        BcmLayer<double> layer(4, settings);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, layer.setLateral(strength));
        QCOMPARE(layer.lateral(), -0.3);
        // The kept inverse is still M^-1 of s = -0.3.
        Eigen::MatrixXd m = Eigen::MatrixXd::Constant(3, 3, 0.3);
        m.diagonal().setOnes();
        HL_COMPARE_NEAR((layer.lateralInverse() * m - Eigen::MatrixXd::Identity(3, 3)).norm(), 0,
                        1e-12);
    }

    // theta is a moving average of <y^2>: once the weights settle it matches <y^2> over
    // the whole training split.
    void thetaFollowsTheMeanSquare()
    {
        PlasticitySettings settings;
        settings.bcm.units = 20;
        settings.bcm.init = WeightInit::Glorot;
        settings.epochs = 5;
        PlasticityTrainer trainer(testing::bundledDigits(2000), settings);
        std::atomic<bool> cancel{false};
        QVERIFY(trainer.train(cancel));
        const PlasticityMeasures measures = trainer.measure();
        QCOMPARE(measures.theta.size(), std::size_t{20});
        for (std::size_t i = 0; i < measures.theta.size(); ++i)
            HL_COMPARE_NEAR(measures.theta[i] / measures.meanSquare[i], 1.0, 0.1);
    }

    void reducesTheBcmObjective_data()
    {
        QTest::addColumn<OptimizerKind>("optimizer");
        QTest::addColumn<double>("learningRate");
        QTest::addColumn<Activation>("activation");
        QTest::newRow("sgd, logistic") << OptimizerKind::Sgd << 0.02 << Activation::Logistic;
        QTest::newRow("adam, logistic") << OptimizerKind::Adam << 0.001 << Activation::Logistic;
        QTest::newRow("sgd, relu") << OptimizerKind::Sgd << 0.02 << Activation::Relu;
        QTest::newRow("adam, relu") << OptimizerKind::Adam << 0.001 << Activation::Relu;
    }

    void reducesTheBcmObjective()
    {
        QFETCH(OptimizerKind, optimizer);
        QFETCH(double, learningRate);
        QFETCH(Activation, activation);
        PlasticitySettings settings;
        settings.bcm.units = 20;
        settings.bcm.init = WeightInit::Glorot;
        settings.bcm.optimizer = optimizer;
        settings.bcm.learningRate = learningRate;
        settings.bcm.activation = activation;
        settings.epochs = 5;
        const auto digits = testing::bundledDigits(2000);
        PlasticityTrainer trainer(digits, settings);
        const Eigen::MatrixXf train = digits->trainInputs();
        const double before = trainer.bcm()->objective(train);
        std::atomic<bool> cancel{false};
        QVERIFY(trainer.train(cancel));
        const double after = trainer.bcm()->objective(train);
        QVERIFY2(after < before - 0.1 * std::abs(before),
                 qPrintable(QStringLiteral("R %1 -> %2").arg(before).arg(after)));
    }

    void stopsWhenCancelled()
    {
        PlasticitySettings settings;
        settings.bcm.units = 5;
        settings.epochs = 3;
        PlasticityTrainer trainer(testing::bundledDigits(1000), settings);
        std::atomic<bool> cancel{false};
        int calls = 0;
        QVERIFY(!trainer.advance(3, cancel, [&](const TrainingProgress& p) {
            ++calls;
            QCOMPARE(p.batchesTotal, 3LL * (800 / 100));
        }));
        QCOMPARE(calls, 3);
        cancel = true;
        QVERIFY(!trainer.train(cancel));
        QCOMPARE(trainer.progress().batchesDone, 3LL);
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestBcmLayer)
#include "tst_bcmlayer.moc"
