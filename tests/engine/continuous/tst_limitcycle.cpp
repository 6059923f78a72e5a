#include "FuzzyCompare.h"
#include "TestSuite.h"
#include "continuous/ContinuousHopfield.h"
#include "continuous/LimitCycle.h"
#include "continuous/OdePresets.h"

#include <cmath>
#include <numbers>
#include <vector>

using namespace hopfield;

namespace {

// An independent reference for T = [[1, -1], [1, 1]], g = tanh(beta u): hand-written RK4
// at h = 1e-3 (global error ~ h^4 ~ 1e-12), periods timed by upward zero crossings of u1
// with linear interpolation (timing error ~ h^2 |u1''| / (8 |u1'|) ~ 1e-7).  By the
// field's odd symmetry X(-u) = -X(u) the cycle is symmetric about 0, so u1 = 0 is a valid
// section.  Returns the mean of the last five periods after a transient of 60.
double referencePeriod(double beta)
{
    const auto field = [beta](const Eigen::Vector2d& u) {
        const double v1 = std::tanh(beta * u[0]);
        const double v2 = std::tanh(beta * u[1]);
        return Eigen::Vector2d(v1 - v2 - u[0], v1 + v2 - u[1]);
    };
    const double h = 1e-3;
    Eigen::Vector2d u(0.1, 0.0);
    std::vector<double> crossings;
    for (long k = 0; k < 100000 && crossings.size() < 6; ++k) {
        const Eigen::Vector2d k1 = field(u);
        const Eigen::Vector2d k2 = field(u + 0.5 * h * k1);
        const Eigen::Vector2d k3 = field(u + 0.5 * h * k2);
        const Eigen::Vector2d k4 = field(u + h * k3);
        const Eigen::Vector2d next = u + h / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
        const double t = k * h;
        if (t > 60.0 && u[0] < 0.0 && next[0] >= 0.0)
            crossings.push_back(t + h * (-u[0]) / (next[0] - u[0]));
        u = next;
    }
    return (crossings.back() - crossings.front()) / 5.0;
}

} // namespace

class TestLimitCycle : public QObject {
    Q_OBJECT
private slots:
    void presetCycleHasTheReferencePeriod()
    {
        const OdePreset preset = odePreset("limit-cycle");
        const auto model = makeModel(preset.model);
        const LimitCycle cycle = detectLimitCycle(*model, preset.initialStates[0]);
        QVERIFY(cycle.found);
        QVERIFY(cycle.crossings >= 10);
        // Both methods time the period to ~1e-7 (the detector: Dormand-Prince at 1e-11 and
        // Hermite-interpolated crossings); measured: 6.83763 both.  Tolerance 1e-5.
        HL_COMPARE_NEAR(cycle.period, referencePeriod(2.0), 1e-5);
        // Far from the linear guess 2 pi / Im(lambda) = pi: the cycle is strongly nonlinear.
        QVERIFY(cycle.period > 6.5);
        // Symmetric about the origin (odd field), as the reference assumes.
        HL_COMPARE_NEAR(cycle.maximum[0], -cycle.minimum[0], 1e-5);
        QVERIFY(cycle.periodChange < 1e-6);
        // Starting outside the cycle leads to the same cycle.
        const LimitCycle outside = detectLimitCycle(*model, preset.initialStates[1]);
        QVERIFY(outside.found);
        HL_COMPARE_NEAR(outside.period, cycle.period, 1e-5);
        HL_COMPARE_NEAR(outside.maximum[0], cycle.maximum[0], 1e-5);
    }

    void nearOnsetTheCycleFollowsTheHopfNormalForm()
    {
        // T = [[1, -1], [1, 1]], g = tanh(beta u), beta = 1 + eps.  With tanh(x) = x - x^3/3:
        // u' = (beta T - 1) u - (beta^3 / 3) T u^3 + O(u^5), linear part eps u + beta J u
        // (J the quarter turn).  Averaging over a turn (Strogatz section 7.6) with
        // <cos^4> = <sin^4> = 3/8 and the mixed terms averaging to 0 gives
        //   r' = eps r - (beta^3 / 4) r^3,   theta' = beta - (beta^3 / 4) r^2,
        // so the cycle has r^2 = 4 eps / beta^3 and angular speed beta - eps = 1 exactly to
        // first order: period 2 pi (1 + O(eps^2)), not the linear 2 pi / beta.  At eps = 0.02
        // we allow eps^2 = 4e-4 relative (measured 6.6e-5) for the period and 2 eps = 4%
        // for the amplitude (measured 1.5%), the next order in the averaging.
        const double eps = 0.02;
        const double beta = 1.0 + eps;
        const ContinuousHopfield model(Eigen::Matrix2d{{1.0, -1.0}, {1.0, 1.0}},
                                       {GainKind::Tanh, beta});
        LimitCycleSettings settings;
        settings.transient = 800.0; // the approach rate is 2 eps: e^{-32} after 800
        const LimitCycle cycle = detectLimitCycle(model, Eigen::Vector2d(0.3, 0.0), settings);
        QVERIFY(cycle.found);
        HL_COMPARE_NEAR(cycle.period / (2 * std::numbers::pi), 1.0, eps * eps);
        QVERIFY(std::abs(cycle.period - 2 * std::numbers::pi / beta) > 0.1);
        const double radius = std::sqrt(4 * eps / (beta * beta * beta));
        HL_COMPARE_NEAR(0.5 * (cycle.maximum[0] - cycle.minimum[0]) / radius, 1.0, 2 * eps);
    }

    void noCycleWhereTrajectoriesSettle()
    {
        const OdePreset preset = odePreset("symmetric-two-neuron");
        const auto model = makeModel(preset.model);
        for (const Eigen::VectorXd& start : preset.initialStates)
            QVERIFY(!detectLimitCycle(*model, start).found);
    }

    void rejectsNonsense()
    {
        const auto model = makeModel(odePreset("limit-cycle").model);
        LimitCycleSettings settings;
        settings.sectionComponent = 2;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 detectLimitCycle(*model, Eigen::Vector2d(1, 0), settings));
        settings = {};
        settings.observation = 0.0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 detectLimitCycle(*model, Eigen::Vector2d(1, 0), settings));
    }
};

HOPFIELD_TEST_APPLESS_MAIN(TestLimitCycle)
#include "tst_limitcycle.moc"
