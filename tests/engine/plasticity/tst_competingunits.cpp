#include "FuzzyCompare.h"
#include "PlasticityTestData.h"
#include "TestSuite.h"
#include "plasticity/CompetingUnits.h"
#include "plasticity/PlasticityTrainer.h"

#include <algorithm>

using namespace hopfield;

class TestCompetingUnits : public QObject {
    Q_OBJECT
private slots:
    // Three units, two inputs, p = 2, k = 2, Delta = 0.4, one input: by hand.
    void matchesAHandComputedStep()
    {
        CompetingSettings settings;
        settings.units = 3;
        CompetingUnits units(2, settings);
        const Eigen::MatrixXf w = units.weights();
        Eigen::MatrixXf v(2, 1);
        v << 1.0f, 0.5f;
        const Eigen::VectorXf current = w * v; // p = 2: I = W v
        int order[3] = {0, 1, 2};
        std::sort(order, order + 3, [&](int a, int b) { return current(a) > current(b); });
        Eigen::VectorXf g = Eigen::VectorXf::Zero(3);
        g(order[0]) = 1.0f;
        g(order[1]) = -0.4f;
        Eigen::MatrixXf dw(3, 2);
        for (int mu = 0; mu < 3; ++mu)
            dw.row(mu) = g(mu) * (v.transpose() - current(mu) * w.row(mu));
        const Eigen::MatrixXf expected = w + 0.01f * dw / dw.cwiseAbs().maxCoeff();
        units.train(v, 0.01);
        HL_COMPARE_NEAR((units.weights() - expected).cwiseAbs().maxCoeff(), 0.0, 1e-6);
        QCOMPARE(units.weights().row(order[2]), w.row(order[2])); // g = 0: untouched
    }

    // A batch of sparse inputs (the sparse currents, g V^T built from each input's two
    // ranked units) against the published dense formula.
    void matchesTheDenseFormulaOnASparseBatch()
    {
        CompetingSettings settings;
        settings.units = 6;
        settings.rank = 3;
        CompetingUnits units(40, settings);
        const Eigen::MatrixXf w = units.weights();
        Eigen::MatrixXf v = Eigen::MatrixXf::Zero(40, 7);
        for (Eigen::Index b = 0; b < v.cols(); ++b)
            for (Eigen::Index i = b; i < v.rows(); i += 5) // 20 % nonzero
                v(i, b) = 0.1f * static_cast<float>(1 + (i + b) % 9);
        const Eigen::MatrixXf current = w * v;
        Eigen::MatrixXf g = Eigen::MatrixXf::Zero(6, 7);
        for (Eigen::Index b = 0; b < v.cols(); ++b) {
            int order[6] = {0, 1, 2, 3, 4, 5};
            std::sort(order, order + 6,
                      [&](int x, int y) { return current(x, b) > current(y, b); });
            g(order[0], b) = 1.0f;
            g(order[2], b) = -0.4f;
        }
        const Eigen::VectorXf decay = (g.array() * current.array()).rowwise().sum();
        const Eigen::MatrixXf dw = g * v.transpose() - decay.asDiagonal() * w;
        const Eigen::MatrixXf expected = w + 0.01f * dw / dw.cwiseAbs().maxCoeff();
        units.train(v, 0.01);
        HL_COMPARE_NEAR((units.weights() - expected).cwiseAbs().maxCoeff(), 0.0, 1e-6);
    }

    // Rows converge to unit L_p norm, and they become different prototypes, not copies.
    void weightNormsApproachOneAndFieldsDiffer_data()
    {
        QTest::addColumn<double>("power");
        QTest::newRow("p = 2") << 2.0;
        QTest::newRow("p = 3") << 3.0;
    }

    void weightNormsApproachOneAndFieldsDiffer()
    {
        QFETCH(double, power);
        PlasticitySettings settings;
        settings.model = PlasticityModel::Competing;
        settings.competing.units = 20;
        settings.competing.threads = 1; // the suite stays quick on a busy machine
        settings.competing.power = power;
        settings.competing.learningRate = 0.04;
        settings.epochs = 100;
        PlasticityTrainer trainer(testing::bundledDigits(2000), settings);
        std::atomic<bool> cancel{false};
        QVERIFY(trainer.train(cancel));
        Eigen::VectorXf norms = trainer.competing()->weightNorms();
        std::sort(norms.begin(), norms.end());
        // Started near sqrt(784) = 28 (p = 2); most rows are now at 1.
        HL_COMPARE_NEAR(norms(norms.size() / 2), 1.0, 0.1);
        // Receptive fields: the largest cosine between two rows stays well below 1.
        Eigen::MatrixXf rows = trainer.weights();
        rows.rowwise().normalize();
        Eigen::MatrixXf cosines = rows * rows.transpose();
        cosines.diagonal().setZero();
        QVERIFY2(cosines.maxCoeff() < 0.95, qPrintable(QString::number(cosines.maxCoeff())));
    }

    // A linear read-out of competing-unit features beats chance (0.1) by far and comes
    // close to the same read-out on the raw pixels.
    void readoutOnFeaturesIsCloseToPixels()
    {
        PlasticitySettings settings;
        settings.model = PlasticityModel::Competing;
        settings.competing.units = 100;
        settings.competing.threads = 1;
        settings.epochs = 30;
        const auto digits = testing::bundledDigits(5000);
        PlasticityTrainer trainer(digits, settings);
        std::atomic<bool> cancel{false};
        QVERIFY(trainer.train(cancel));
        const double features = trainer.measure().readout->accuracy;
        const double pixels = pixelReadout(*digits).accuracy;
        QVERIFY2(pixels > 0.75, qPrintable(QString::number(pixels)));
        QVERIFY2(features > 0.7, qPrintable(QString::number(features)));
        QVERIFY2(features > pixels - 0.05,
                 qPrintable(QStringLiteral("features %1, pixels %2").arg(features).arg(pixels)));
    }

    void annealsTheRateToZero()
    {
        HL_COMPARE_NEAR(CompetingUnits::annealedRate(0.02, 0, 10), 0.02, 1e-15);
        HL_COMPARE_NEAR(CompetingUnits::annealedRate(0.02, 5, 10), 0.01, 1e-15);
        HL_COMPARE_NEAR(CompetingUnits::annealedRate(0.02, 9, 10), 0.002, 1e-15);
    }

    void refusesBadSettings()
    {
        CompetingSettings settings;
        settings.rank = 1;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, CompetingUnits(4, settings));
        settings.rank = 2;
        settings.power = 1.5;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, CompetingUnits(4, settings));
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestCompetingUnits)
#include "tst_competingunits.moc"
