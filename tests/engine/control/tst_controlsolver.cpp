// The box-constrained optimal-control solver: bounds, an independent cross-check for
// N = 2, and the callbacks a GUI worker uses (SCIENCE.md section 6).
#include "FuzzyCompare.h"
#include "TestSuite.h"
#include "continuous/control/ControlPresets.h"

#include <array>
#include <boost/numeric/odeint.hpp>
#include <cmath>

using namespace hopfield;

namespace {

// The authors' network A = [[0, 1], [1, 0]] from u(0) = (-1, 0.5), |xi| <= 0.5, on the ODE.
ControlProblem authorsNetwork(double mu)
{
    ControlProblem problem = controlPreset("record").problem;
    problem.mu = mu;
    return problem;
}

// J for the constant control (a, b) on the synapses (0, 1) and (1, 0), computed without
// the engine's integrator: Boost.Odeint's classical RK4 on the same grid, then the
// trapezoid rule of (1 - mu)|X|^2 + mu |xi|^2 weighted by e^{-lambda t}.
double constantControlCost(const ControlProblem& problem, double horizon, int steps, double a,
                           double b)
{
    using State = std::array<double, 2>;
    const Gain gain = problem.gain;
    const double m01 = problem.couplings(0, 1) + a;
    const double m10 = problem.couplings(1, 0) + b;
    const auto field = [&](const State& u) {
        return State{m01 * gain.value(u[1]) - u[0], m10 * gain.value(u[0]) - u[1]};
    };
    const auto running = [&](const State& u, double t) {
        const State x = field(u);
        return ((1.0 - problem.mu) * (x[0] * x[0] + x[1] * x[1]) + problem.mu * (a * a + b * b)) *
               std::exp(-problem.lambda * t);
    };
    State u{problem.initialState[0], problem.initialState[1]};
    const double h = horizon / steps;
    double cost = 0.0;
    double previous = 0.0;
    boost::numeric::odeint::runge_kutta4<State> stepper;
    boost::numeric::odeint::integrate_n_steps(
        stepper, [&](const State& x, State& dx, double) { dx = field(x); }, u, 0.0, h, steps,
        [&](const State& x, double t) {
            const double here = running(x, t);
            if (t > 0.0)
                cost += 0.5 * h * (previous + here);
            previous = here;
        });
    return cost;
}

} // namespace

class TestControlSolver : public QObject {
    Q_OBJECT
private slots:
    void controlsNeverLeaveTheirBounds()
    {
        // Innovative mu on a sparse 3-neuron network with silent synapses (k = 0.05): the
        // optimum wants more than the bounds allow, so many controls end on them.
        ControlProblem problem;
        problem.couplings.resize(3, 3);
        problem.couplings << 0.0, 1.0, 0.0, 0.8, 0.0, -0.6, 0.0, 1.1, 0.0;
        problem.initialState.resize(3);
        problem.initialState << -1.0, 0.5, 1.2;
        problem.mu = 0.0005;
        problem.lambda = 0.2;
        problem.strongBound = 0.4;
        problem.silentBound = 0.05;
        problem.steps = 120;
        problem.pieces = 12;
        ControlSolverOptions options;
        options.maxIterations = 400;
        options.randomStarts = 1;
        const ControlRun run = runControl(problem, options);
        const ControlLayout& layout = run.layout;
        int onBound = 0;
        for (int p = 0; p < layout.pieces; ++p) {
            const Eigen::MatrixXd xi = layout.controlMatrix(run.solution.controls, p);
            for (int i = 0; i < 3; ++i)
                for (int j = 0; j < 3; ++j) {
                    const double limit = i == j ? 0.0 // no self-couplings are controllable
                                         : problem.couplings(i, j) != 0.0 ? 0.4
                                                                          : 0.05;
                    QVERIFY2(std::abs(xi(i, j)) <= limit,
                             qPrintable(QString("piece %1 xi(%2,%3) = %4 > %5")
                                            .arg(p)
                                            .arg(i)
                                            .arg(j)
                                            .arg(xi(i, j))
                                            .arg(limit)));
                    onBound += (limit > 0.0 && std::abs(xi(i, j)) == limit) ? 1 : 0;
                }
        }
        // The bounds are active (else this test could not catch an escape), and the
        // reported maxima are the bounds themselves.
        QVERIFY(onBound > 0);
        QCOMPARE(run.maxControlExisting, 0.4);
        QVERIFY(run.maxControlSilent > 0.0);
        QVERIFY(run.maxControlSilent <= 0.05);
    }

    void constantControlsMatchBruteForceForTwoNeurons()
    {
        // N = 2, the authors' network on the ODE, one constant control piece: the solver
        // must find the minimum that an exhaustive grid search finds, with J computed by
        // an independent integrator (Boost.Odeint RK4) on the same time grid.
        ControlProblem problem = authorsNetwork(0.05);
        problem.lambda = 0.2;
        problem.horizon = 20.0;
        problem.steps = 100;
        problem.pieces = 1;
        ControlSolverOptions options;
        options.maxIterations = 500;
        const ControlRun constant = runControl(problem, options);
        const Eigen::VectorXd& z = constant.solution.controls;
        // The same number from both integrators at the solver's optimum.
        HL_COMPARE_NEAR(constantControlCost(problem, 20.0, 100, z[0], z[1]), constant.solution.cost,
                        1e-12);

        // Grid search over [-K, K]^2: 41 x 41, then 41 x 41 around the best point at a
        // 1/20 of the spacing (0.025 -> 0.00125: J is smooth, so the grid minimum lies
        // within ~|J''| 0.00125^2 ~ 1e-6 of the true one).
        double bestA = 0.0;
        double bestB = 0.0;
        double best = constantControlCost(problem, 20.0, 100, 0.0, 0.0);
        double spacing = 1.0 / 40.0;
        for (int level = 0; level < 2; ++level) {
            const double centreA = bestA;
            const double centreB = bestB;
            for (int i = -20; i <= 20; ++i)
                for (int j = -20; j <= 20; ++j) {
                    const double a = std::clamp(centreA + i * spacing, -0.5, 0.5);
                    const double b = std::clamp(centreB + j * spacing, -0.5, 0.5);
                    const double cost = constantControlCost(problem, 20.0, 100, a, b);
                    if (cost < best) {
                        best = cost;
                        bestA = a;
                        bestB = b;
                    }
                }
            spacing /= 20.0;
        }
        QVERIFY(constant.solution.cost <= best + 1e-12); // the solver is never worse
        HL_COMPARE_NEAR(constant.solution.cost, best, 1e-5);
        HL_COMPARE_NEAR(z[0], bestA, 5e-3);
        HL_COMPARE_NEAR(z[1], bestB, 5e-3);
        // The control is really used (the minimum is not the trivial xi = 0).
        QVERIFY(best < constantControlCost(problem, 20.0, 100, 0.0, 0.0) - 1e-3);

        // Piecewise-constant controls contain the constant ones: their optimum is lower.
        problem.pieces = 10;
        const ControlRun piecewise = runControl(problem, options);
        QVERIFY(piecewise.solution.cost <= constant.solution.cost + 1e-12);
        QVERIFY(piecewise.solution.cost < constant.solution.cost - 1e-4);
    }

    void progressIsReportedAndCancellationStops()
    {
        const ControlCost cost(controlPreset("authors-map").problem);
        int reports = 0;
        double lastBest = std::numeric_limits<double>::infinity();
        bool bestNeverRises = true;
        ControlCallbacks callbacks;
        bool feasible = true;
        callbacks.progress = [&](const ControlProgress& progress, const Eigen::VectorXd& z) {
            ++reports;
            feasible = feasible && cost.layout().project(z) == z;
            bestNeverRises = bestNeverRises && progress.bestCost <= lastBest;
            lastBest = progress.bestCost;
        };
        callbacks.cancelled = [&] {
            return reports >= 5;
        };
        ControlSolverOptions options;
        options.randomStarts = 3;
        const ControlSolution solution = solveOptimalControl(cost, options, callbacks);
        QCOMPARE(reports, 5);
        QVERIFY(bestNeverRises);
        QVERIFY(feasible); // every iterate the GUI sees lies in the boxes
        QCOMPARE(solution.stop, SolverStop::Cancelled);
        QCOMPARE(solution.iterations, 5);
        // What is returned is feasible and its cost is right.
        QCOMPARE(cost.layout().project(solution.controls), solution.controls);
        HL_COMPARE_NEAR(cost.value(solution.controls), solution.cost, 1e-12);
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestControlSolver)
#include "tst_controlsolver.moc"
