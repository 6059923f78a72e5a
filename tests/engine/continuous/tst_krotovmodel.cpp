#include "FuzzyCompare.h"
#include "TestSuite.h"
#include "continuous/ContinuousHopfield.h"
#include "continuous/KrotovModel.h"
#include "continuous/TrajectoryIntegrator.h"

#include <stdexcept>

using namespace hopfield;

Q_DECLARE_METATYPE(hopfield::InteractionFunction)

namespace {

Eigen::MatrixXd threePatterns()
{
    Eigen::MatrixXd xi(3, 4);
    xi << 1, -1, 1, 1, //
        -1, -1, 1, -1, //
        1, 1, 1, -1;
    return 0.5 * xi;
}

} // namespace

class TestKrotovModel : public QObject {
    Q_OBJECT
private slots:
    void calculus_data()
    {
        QTest::addColumn<InteractionFunction>("f");
        QTest::newRow("x^2") << InteractionFunction{InteractionKind::Power, 2};
        QTest::newRow("x^3") << InteractionFunction{InteractionKind::Power, 3};
        QTest::newRow("x^4") << InteractionFunction{InteractionKind::Power, 4};
        QTest::newRow("exp") << InteractionFunction{InteractionKind::Exponential, 2};
    }

    void calculus()
    {
        QFETCH(InteractionFunction, f);
        const KrotovModel model(threePatterns(), f, {GainKind::Tanh, 1.5},
                                Eigen::Vector4d(0.1, 0.0, -0.2, 0.05));
        const Eigen::Vector4d u(0.3, -0.5, 0.2, 0.8);
        const Eigen::VectorXd v = model.output(u);
        const Eigen::MatrixXd t = model.couplingsAt(v);
        const double h = 1e-4;
        // T(V) is the Hessian of Phi: second central differences err by h^2/12 |Phi''''|
        // ~ 1e-9 plus rounding eps |Phi| / h^2 ~ 1e-8; tolerance 1e-6.
        for (int i = 0; i < 4; ++i)
            for (int j = 0; j < 4; ++j) {
                const Eigen::Vector4d ei = Eigen::Vector4d::Unit(i) * h;
                const Eigen::Vector4d ej = Eigen::Vector4d::Unit(j) * h;
                const double hessian =
                    (model.lagrangian(v + ei + ej) - model.lagrangian(v + ei - ej) -
                     model.lagrangian(v - ei + ej) + model.lagrangian(v - ei - ej)) /
                    (4 * h * h);
                HL_COMPARE_NEAR(t(i, j), hessian, 1e-6);
            }
        // The closed form of W agrees with the seed's integral W(x) = int_0^1 T_ij(l x) l
        // x_i x_j dl, here by composite Simpson on 200 intervals (error ~ 1e-10).
        const int intervals = 200;
        double simpson = 0.0;
        for (int k = 0; k <= intervals; ++k) {
            const double l = static_cast<double>(k) / intervals;
            const double weight = (k == 0 || k == intervals) ? 1 : (k % 2 ? 4 : 2);
            simpson += weight * l * v.dot(model.couplingsAt(l * v) * v);
        }
        simpson /= 3.0 * intervals;
        HL_COMPARE_NEAR(model.closureIntegral(v), simpson, 1e-9);
        // -grad E = the seed's gradient field X^_i = T_ij(V) V_j + I_i - g^{-1}(V_i), which
        // is the model's field at u = g^{-1}(V).
        const Eigen::VectorXd x = model.field(u);
        for (int i = 0; i < 4; ++i) {
            const Eigen::Vector4d e = Eigen::Vector4d::Unit(i) * 1e-6;
            const double gradient =
                (model.energyAtOutput(v + e) - model.energyAtOutput(v - e)) / 2e-6;
            HL_COMPARE_NEAR(gradient, -x[i], 1e-7);
            HL_COMPARE_NEAR(x[i], (t * v)[i] + model.input()[i] - u[i], 1e-12);
        }
        HL_COMPARE_NEAR(model.energy(u), model.energyAtOutput(v), 1e-12);
        // The analytic Jacobian against central differences of the field.
        const Eigen::MatrixXd j = model.jacobian(u);
        for (int k = 0; k < 4; ++k) {
            const Eigen::Vector4d e = Eigen::Vector4d::Unit(k) * 1e-6;
            const Eigen::VectorXd column = (model.field(u + e) - model.field(u - e)) / 2e-6;
            for (int i = 0; i < 4; ++i)
                HL_COMPARE_NEAR(j(i, k), column[i], 1e-7);
        }
    }

    void quadraticLagrangianIsHopfield()
    {
        // F = x^2 gives T = 2 Xi^T Xi, constant: the continuous Hopfield model with those
        // couplings (diagonal included), same field and same energy up to Phi(0) = 0.
        const Eigen::MatrixXd xi = threePatterns();
        const Gain gain{GainKind::Tanh, 2.0};
        const KrotovModel krotov(xi, {InteractionKind::Power, 2}, gain);
        const ContinuousHopfield hopfield(2.0 * xi.transpose() * xi, gain);
        const Eigen::Vector4d u(0.2, -0.7, 0.4, 0.1);
        HL_COMPARE_NEAR((krotov.field(u) - hopfield.field(u)).norm(), 0.0, 1e-14);
        HL_COMPARE_NEAR(krotov.energy(u), hopfield.energy(u), 1e-14);
    }

    void energyNeverRisesAlongTrajectories()
    {
        // dE/dt = -sum_i g'(u_i) X_i^2 <= 0 for every F: checked on dense samples (every
        // 0.01) of runs from three starts with F = x^4 and exp.  Between samples E falls by
        // about g' |X|^2 dt; the integration error (tolerance 1e-10) moves E by at most
        // |X| 1e-10, smaller than the fall while |X| > 1e-8 (the equilibrium stop), so any
        // rise above rounding (1e-13) would be a real defect.
        IntegrationSettings settings;
        settings.sampleInterval = 0.01;
        settings.absoluteTolerance = 1e-10;
        settings.relativeTolerance = 1e-10;
        settings.maxTime = 15.0;
        for (const InteractionFunction& f : {InteractionFunction{InteractionKind::Power, 4},
                                             InteractionFunction{InteractionKind::Exponential}}) {
            const KrotovModel model(2.0 * threePatterns(), f, {GainKind::Tanh, 1.0});
            for (const Eigen::Vector4d& start :
                 {Eigen::Vector4d(0.3, -0.2, 0.1, 0.4), Eigen::Vector4d(-1, 0.5, 0.5, 0.2),
                  Eigen::Vector4d(0.05, 0.0, -0.02, 0.01)}) {
                const Trajectory run = integrate(model, start, settings);
                QVERIFY(run.samples.size() > 10);
                for (std::size_t k = 1; k < run.samples.size(); ++k)
                    QVERIFY2(
                        run.samples[k].energy <= run.samples[k - 1].energy + 1e-13,
                        qPrintable(QStringLiteral("E rose at t = %1").arg(run.samples[k].time)));
                QVERIFY(run.samples.back().energy < run.samples.front().energy);
            }
        }
    }

    void rejectsNonsense()
    {
        const Gain g{GainKind::Tanh, 1.0};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, KrotovModel(Eigen::MatrixXd(0, 3), {}, g));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 KrotovModel(threePatterns(), {InteractionKind::Power, 1}, g));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 KrotovModel(threePatterns(), {}, g, Eigen::VectorXd::Zero(2)));
    }
};

HOPFIELD_TEST_APPLESS_MAIN(TestKrotovModel)
#include "tst_krotovmodel.moc"
