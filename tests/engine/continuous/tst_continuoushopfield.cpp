#include "FuzzyCompare.h"
#include "TestSuite.h"
#include "continuous/ContinuousHopfield.h"

#include <stdexcept>

using namespace hopfield;

class TestContinuousHopfield : public QObject {
    Q_OBJECT
private slots:
    void fieldIsTheHopfieldEquation()
    {
        // X = T tanh(2u) - u + I, worked by hand at u = (0.3, -0.2).
        const ContinuousHopfield model(Eigen::Matrix2d{{0.0, 1.5}, {-0.5, 0.2}},
                                       {GainKind::Tanh, 2.0}, Eigen::Vector2d(0.1, -0.3));
        const Eigen::VectorXd x = model.field(Eigen::Vector2d(0.3, -0.2));
        const double v1 = std::tanh(0.6);
        const double v2 = std::tanh(-0.4);
        HL_COMPARE_NEAR(x[0], 1.5 * v2 - 0.3 + 0.1, 1e-15);
        HL_COMPARE_NEAR(x[1], -0.5 * v1 + 0.2 * v2 + 0.2 - 0.3, 1e-15);
        QVERIFY(!model.isSymmetric());
    }

    void jacobianMatchesFiniteDifferences()
    {
        const ContinuousHopfield model(
            Eigen::Matrix3d{{0.1, 1.0, -0.4}, {0.7, 0.0, 0.3}, {-0.2, 0.5, 0.6}},
            {GainKind::Logistic, 3.0}, Eigen::Vector3d(0.2, 0, -0.1));
        const Eigen::Vector3d u(0.4, -0.3, 0.1);
        const Eigen::MatrixXd j = model.jacobian(u);
        // Central differences: error h^2/6 |X'''| ~ 1e-10 * beta^3 |T| < 1e-8.
        const double h = 1e-5;
        for (int k = 0; k < 3; ++k) {
            const Eigen::Vector3d e = Eigen::Vector3d::Unit(k) * h;
            const Eigen::VectorXd column = (model.field(u + e) - model.field(u - e)) / (2 * h);
            for (int i = 0; i < 3; ++i)
                HL_COMPARE_NEAR(j(i, k), column[i], 1e-8);
        }
    }

    void energyGradientIsMinusTheField()
    {
        // dE/dV_i = -X_i at V = g(u) (Hopfield 1984): the reason E is a Lyapunov function.
        const Eigen::Matrix2d t{{0.5, -0.8}, {-0.8, 1.2}};
        const ContinuousHopfield model(t, {GainKind::Tanh, 1.5}, Eigen::Vector2d(0.3, -0.1));
        QVERIFY(model.isSymmetric());
        QVERIFY(model.hasLyapunovEnergy());
        const Eigen::Vector2d u(0.4, -0.9);
        const Eigen::VectorXd v = model.output(u);
        const Eigen::VectorXd x = model.field(u);
        const double h = 1e-6;
        for (int i = 0; i < 2; ++i) {
            const Eigen::Vector2d e = Eigen::Vector2d::Unit(i) * h;
            const double gradient =
                (model.energyAtOutput(v + e) - model.energyAtOutput(v - e)) / (2 * h);
            HL_COMPARE_NEAR(gradient, -x[i], 1e-8);
        }
        HL_COMPARE_NEAR(model.energy(u), model.energyAtOutput(v), 1e-13);
        QVERIFY(std::isinf(model.energyAtOutput(Eigen::Vector2d(1.0, 0.0))));
    }

    void rejectsNonsense()
    {
        const Gain g{GainKind::Tanh, 1.0};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 ContinuousHopfield(Eigen::MatrixXd::Zero(2, 3), g));
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            ContinuousHopfield(Eigen::MatrixXd::Zero(2, 2), g, Eigen::VectorXd::Zero(3)));
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            ContinuousHopfield(Eigen::MatrixXd::Zero(2, 2), Gain{GainKind::Tanh, -1.0}));
        Eigen::MatrixXd bad = Eigen::MatrixXd::Zero(2, 2);
        bad(0, 1) = std::nan("");
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ContinuousHopfield(bad, g));
    }
};

HOPFIELD_TEST_APPLESS_MAIN(TestContinuousHopfield)
#include "tst_continuoushopfield.moc"
