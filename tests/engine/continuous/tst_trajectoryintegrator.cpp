#include "FuzzyCompare.h"
#include "LinearField.h"
#include "TestSuite.h"
#include "continuous/ContinuousHopfield.h"
#include "continuous/IntegrationError.h"
#include "continuous/OdePresets.h"
#include "continuous/TrajectoryIntegrator.h"
#include "core/Rng.h"

#include <cmath>
#include <stdexcept>

using namespace hopfield;

Q_DECLARE_METATYPE(hopfield::StepperKind)

namespace {

// A damped rotation, u' = A u with A = [[-a, w], [-w, -a]]: u(t) = e^{-a t} R(w t) u0 with
// R(phi) = [[cos, sin], [-sin, cos]].
const double kDamping = 0.5;
const double kFrequency = 2.0;

Eigen::Vector2d exactDampedRotation(double t, const Eigen::Vector2d& u0)
{
    const double c = std::cos(kFrequency * t);
    const double s = std::sin(kFrequency * t);
    return std::exp(-kDamping * t) * Eigen::Vector2d(c * u0[0] + s * u0[1], -s * u0[0] + c * u0[1]);
}

IntegrationSettings preciseSettings(StepperKind stepper)
{
    IntegrationSettings settings;
    settings.stepper = stepper;
    settings.timeStep = 0.01;
    settings.sampleInterval = 0.1;
    settings.absoluteTolerance = 1e-11;
    settings.relativeTolerance = 1e-11;
    settings.maxTime = 10.0;
    settings.equilibriumTolerance = 0.0;
    return settings;
}

// du_2/dt = 1, du_1/dt = 0 until u_2 passes 2, then du_2/dt turns NaN.
class NanBeyondTwo final : public hopfield::ContinuousModel {
public:
    int size() const override { return 2; }
    void evaluateField(const Eigen::Ref<const Eigen::VectorXd>& u,
                       Eigen::Ref<Eigen::VectorXd> velocity) const override
    {
        velocity[0] = 0.0;
        velocity[1] = u[1] > 2.0 ? std::nan("") : 1.0;
    }
    Eigen::MatrixXd jacobian(const Eigen::VectorXd&) const override
    {
        return Eigen::MatrixXd::Zero(2, 2);
    }
    Eigen::VectorXd output(const Eigen::VectorXd& u) const override { return u; }
    double energy(const Eigen::VectorXd&) const override { return 0.0; }
    bool hasLyapunovEnergy() const override { return false; }
    std::unique_ptr<ContinuousModel> clone() const override
    {
        return std::make_unique<NanBeyondTwo>(*this);
    }
};

} // namespace

class TestTrajectoryIntegrator : public QObject {
    Q_OBJECT
private slots:
    void linearCaseMatchesTheExactSolution_data()
    {
        QTest::addColumn<StepperKind>("stepper");
        QTest::addColumn<double>("tolerance");
        // RK4: local error (h |lambda|)^5 / 120 with |lambda| = |(-0.5, 2)| = 2.06 and h = 0.01
        // is 3e-11 per step, at most 3e-8 after 1000 steps (and the solution decays);
        // measured 2.6e-9.
        QTest::newRow("rk4") << StepperKind::RungeKutta4 << 3e-8;
        // Dormand-Prince at tolerance 1e-11 per step, interpolated: global error ~1e-10;
        // measured 1.0e-11.
        QTest::newRow("dopri5") << StepperKind::DormandPrince5 << 1e-9;
    }

    void linearCaseMatchesTheExactSolution()
    {
        QFETCH(StepperKind, stepper);
        QFETCH(double, tolerance);
        const LinearField model(Eigen::Matrix2d{{-kDamping, kFrequency}, {-kFrequency, -kDamping}});
        const Eigen::Vector2d u0(1.0, -0.5);
        const Trajectory run = integrate(model, u0, preciseSettings(stepper));
        QCOMPARE(run.status, RunStatus::TimeLimit);
        QCOMPARE(run.samples.size(), std::size_t{101});
        double worst = 0.0;
        for (const TrajectorySample& s : run.samples) {
            const Eigen::Vector2d exact = exactDampedRotation(s.time, u0);
            worst = std::max(worst, (s.potentials - exact).norm());
            HL_COMPARE_NEAR(s.speed, (model.field(exact)).norm(), 10 * tolerance);
        }
        HL_COMPARE_NEAR(worst, 0.0, tolerance);
        HL_COMPARE_NEAR(run.samples.back().time, 10.0, 1e-12);
    }

    void rungeKuttaAndDormandPrinceAgreeOnANonlinearTrajectory()
    {
        // The limit-cycle preset from near the origin: the two steppers must trace the same
        // spiral out to the cycle.  RK4 at h = 0.005 has a global error of order
        // t (h |lambda|)^4 / 120 ~ 2e-9 (|lambda| ~ 2.2, t = 20; the spiral's growth is
        // bounded by the cycle), Dormand-Prince at 1e-11 much less; measured 1.3e-9.  The
        // tolerance 1e-7 leaves a margin of ~75.
        const OdePreset preset = odePreset("limit-cycle");
        const auto model = makeModel(preset.model);
        IntegrationSettings rk4 = preciseSettings(StepperKind::RungeKutta4);
        rk4.timeStep = 0.005;
        rk4.maxTime = 20.0;
        IntegrationSettings dopri = preciseSettings(StepperKind::DormandPrince5);
        dopri.maxTime = 20.0;
        const Trajectory a = integrate(*model, preset.initialStates[0], rk4);
        const Trajectory b = integrate(*model, preset.initialStates[0], dopri);
        QCOMPARE(a.samples.size(), b.samples.size());
        double worst = 0.0;
        for (std::size_t k = 0; k < a.samples.size(); ++k) {
            QCOMPARE(a.samples[k].time, b.samples[k].time);
            worst = std::max(worst, (a.samples[k].potentials - b.samples[k].potentials).norm());
        }
        HL_COMPARE_NEAR(worst, 0.0, 1e-7);
        // and the run really left the origin (radius 0.05) for the cycle (radius ~1)
        QVERIFY(a.samples.back().potentials.norm() > 0.5);
    }

    void energyNeverRisesForASymmetricNetwork_data()
    {
        QTest::addColumn<StepperKind>("stepper");
        QTest::newRow("rk4") << StepperKind::RungeKutta4;
        QTest::newRow("dopri5") << StepperKind::DormandPrince5;
    }

    void energyNeverRisesForASymmetricNetwork()
    {
        // dE/dt = -sum_i g'(u_i) X_i^2 <= 0 (Hopfield 1984).  Twenty random starts in the
        // symmetric preset's window, energy sampled every 0.01.  The fall between samples,
        // ~ g' |X|^2 dt, dominates the integration error's effect |X| * 1e-9 until
        // |X| < 1e-7 (stop tolerance 1e-8 there), so only rounding (1e-13) may appear as rise.
        const OdePreset preset = odePreset("symmetric-two-neuron");
        const auto model = makeModel(preset.model);
        QVERIFY(model->hasLyapunovEnergy());
        QFETCH(StepperKind, stepper);
        IntegrationSettings settings = preciseSettings(stepper);
        settings.sampleInterval = 0.01;
        settings.timeStep = 0.002;
        settings.absoluteTolerance = 1e-10;
        settings.relativeTolerance = 1e-10;
        settings.maxTime = 12.0;
        settings.equilibriumTolerance = 1e-7;
        Rng rng(5);
        for (int run = 0; run < 20; ++run) {
            const double a = 4.0 * rng.uniform() - 2.0;
            const Eigen::Vector2d start(a, 4.0 * rng.uniform() - 2.0);
            const Trajectory trajectory = integrate(*model, start, settings);
            for (std::size_t k = 1; k < trajectory.samples.size(); ++k)
                QVERIFY2(trajectory.samples[k].energy <= trajectory.samples[k - 1].energy + 1e-13,
                         qPrintable(QStringLiteral("E rose at t = %1 from (%2, %3)")
                                        .arg(trajectory.samples[k].time)
                                        .arg(start[0])
                                        .arg(start[1])));
        }
    }

    void stopsAtAnEquilibrium()
    {
        // u' = -u reaches |u| < 1e-6 at t = ln(|u0| / 1e-6) = ln(1e6) = 13.8155, so at the
        // first sample at or after that time: 13.9 with samples every 0.1.
        const LinearField model(-Eigen::MatrixXd::Identity(2, 2));
        IntegrationSettings settings = preciseSettings(StepperKind::DormandPrince5);
        settings.maxTime = 50.0;
        settings.equilibriumTolerance = 1e-6;
        const Trajectory run = integrate(model, Eigen::Vector2d(0.6, 0.8), settings);
        QCOMPARE(run.status, RunStatus::Equilibrium);
        HL_COMPARE_NEAR(run.samples.back().time, 13.9, 1e-9);
        QVERIFY(run.samples.back().speed < 1e-6);
        QVERIFY(run.samples[run.samples.size() - 2].speed >= 1e-6);
    }

    void blowUpIsAnErrorNamingTimeAndNeuron_data()
    {
        QTest::addColumn<StepperKind>("stepper");
        QTest::newRow("rk4") << StepperKind::RungeKutta4;
        QTest::newRow("dopri5") << StepperKind::DormandPrince5;
    }

    void blowUpIsAnErrorNamingTimeAndNeuron()
    {
        QFETCH(StepperKind, stepper);
        // u2' = u2 from u2 = 1 passes the bound 1e6 at t = ln(1e6) = 13.8.
        const LinearField growth(Eigen::Matrix2d{{-1.0, 0.0}, {0.0, 1.0}});
        IntegrationSettings settings = preciseSettings(stepper);
        settings.maxTime = 30.0;
        try {
            integrate(growth, Eigen::Vector2d(1.0, 1.0), settings);
            QFAIL("no error for a blow-up");
        } catch (const IntegrationError& error) {
            QCOMPARE(error.component(), 1);
            QVERIFY(error.time() > 13.8 && error.time() < 13.9);
            const QString message = QString::fromStdString(error.what());
            QVERIFY2(message.contains(QStringLiteral("u2")) &&
                         message.contains(QStringLiteral("blow-up bound")) &&
                         message.contains(QStringLiteral("t = 13.8")),
                     qPrintable(message));
        }
        // A NaN in the field: u2 = 0.5 + t passes 2 at t = 1.5.  It is caught at the end of
        // the step that meets it: RK4's steps are 0.01 long; Dormand-Prince's grow fast on
        // this error-free field, so only "not before 1.5" is certain.
        try {
            integrate(NanBeyondTwo(), Eigen::Vector2d(0.0, 0.5), settings);
            QFAIL("no error for a NaN");
        } catch (const IntegrationError& error) {
            const QString message = QString::fromStdString(error.what());
            QVERIFY2(error.time() >= 1.5 - 1e-12, qPrintable(message));
            if (stepper == StepperKind::RungeKutta4)
                QVERIFY2(error.time() <= 1.51 + 1e-12, qPrintable(message));
            QCOMPARE(error.component(), 1);
            QVERIFY2(message.contains(QStringLiteral("t = ")) &&
                         message.contains(QStringLiteral("u2")) &&
                         message.contains(QStringLiteral("nan is not finite")),
                     qPrintable(message));
        }
    }

    void chunksGiveTheSameSamplesAsOneRun()
    {
        const OdePreset preset = odePreset("symmetric-two-neuron");
        const auto model = makeModel(preset.model);
        const Eigen::VectorXd start = preset.initialStates[1];
        const Trajectory whole = integrate(*model, start, preset.integration);
        TrajectoryIntegrator chunked(*model, start, preset.integration);
        std::vector<TrajectorySample> samples;
        while (chunked.status() == RunStatus::Running) {
            const auto chunk = chunked.advance(7);
            QVERIFY(chunk.size() <= 7);
            samples.insert(samples.end(), chunk.begin(), chunk.end());
        }
        QCOMPARE(chunked.status(), whole.status);
        QCOMPARE(samples.size(), whole.samples.size());
        for (std::size_t k = 0; k < samples.size(); ++k)
            QCOMPARE(samples[k].potentials, whole.samples[k].potentials);
    }

    void cancellationStopsTheRun()
    {
        const OdePreset preset = odePreset("limit-cycle");
        const auto model = makeModel(preset.model);
        int polls = 0;
        const Trajectory run = integrate(*model, preset.initialStates[0], preset.integration,
                                         [&polls] { return ++polls >= 5; });
        QCOMPARE(run.status, RunStatus::Cancelled);
        QCOMPARE(run.samples.size(), std::size_t{5});
    }

    void rejectsNonsense()
    {
        const LinearField model(-Eigen::MatrixXd::Identity(2, 2));
        IntegrationSettings settings;
        settings.maxTime = -1.0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 integrate(model, Eigen::Vector2d(1, 0), settings));
        settings = {};
        settings.relativeTolerance = 0.0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 integrate(model, Eigen::Vector2d(1, 0), settings));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 integrate(model, Eigen::Vector3d(1, 0, 0), IntegrationSettings{}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 integrate(model, Eigen::Vector2d(std::nan(""), 0), {}));
        QCOMPARE(stepperKindFromName("rk4"), StepperKind::RungeKutta4);
        QCOMPARE(stepperKindName(StepperKind::DormandPrince5), std::string("dopri5"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, stepperKindFromName("euler"));
    }
};

HOPFIELD_TEST_APPLESS_MAIN(TestTrajectoryIntegrator)
#include "tst_trajectoryintegrator.moc"
