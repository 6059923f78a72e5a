// The discretised control cost and its discrete-adjoint gradient (SCIENCE.md section 6).
#include "FuzzyCompare.h"
#include "TestSuite.h"
#include "continuous/control/ControlCost.h"
#include "continuous/control/ControlPresets.h"
#include "core/Rng.h"

#include <cmath>

using namespace hopfield;

Q_DECLARE_METATYPE(hopfield::ControlTimeModel)

namespace {

// A sparse, non-symmetric 3-neuron network: four existing synapses, the other off-diagonal
// ones silent (k = 0.1), discount lambda = 0.3, so every term of the gradient is exercised.
ControlProblem sparseProblem(ControlTimeModel model)
{
    ControlProblem problem;
    problem.couplings.resize(3, 3);
    problem.couplings << 0.0, 1.2, 0.0, -0.7, 0.0, 0.9, 0.0, 0.5, 0.3;
    problem.initialState.resize(3);
    problem.initialState << -0.8, 0.4, 1.1;
    problem.mu = 0.3;
    problem.lambda = 0.3;
    problem.strongBound = 0.5;
    problem.silentBound = 0.1;
    problem.model = model;
    problem.horizon = 6.0;
    problem.steps = model == ControlTimeModel::Map ? 12 : 60;
    problem.pieces = model == ControlTimeModel::Map ? 12 : 6;
    // A gentler gain than the authors' beta = 10 keeps the test in the smooth regime
    // where central differences are accurate; the adjoint itself does not care.
    problem.gain = {GainKind::Arctan, 3.0};
    return problem;
}

Eigen::VectorXd randomControls(const ControlLayout& layout, Rng& rng)
{
    Eigen::VectorXd z(layout.variables());
    for (Eigen::Index v = 0; v < z.size(); ++v)
        z[v] = (2.0 * rng.uniform() - 1.0) *
               layout.bounds[static_cast<std::size_t>(v % layout.controlsPerPiece())];
    return z;
}

} // namespace

class TestControlCost : public QObject {
    Q_OBJECT
private slots:
    void layoutFollowsTheSparsity()
    {
        const ControlCost cost(sparseProblem(ControlTimeModel::Ode));
        const ControlLayout& layout = cost.layout();
        int existing = 0;
        for (std::size_t s = 0; s < layout.synapses.size(); ++s) {
            const Synapse synapse = layout.synapses[s];
            const bool isExisting = cost.problem().couplings(synapse.row, synapse.column) != 0.0;
            QCOMPARE(static_cast<bool>(layout.existing[s]), isExisting);
            QCOMPARE(layout.bounds[s], isExisting ? 0.5 : 0.1);
            if (!isExisting)
                QVERIFY(synapse.row != synapse.column); // no new self-couplings
            existing += isExisting ? 1 : 0;
        }
        // Non-zeros of A: (0,1), (1,0), (1,2), (2,1), (2,2); silent off-diagonal: (0,2), (2,0).
        QCOMPARE(existing, 5);
        QCOMPARE(layout.controlsPerPiece(), 7);
        QCOMPARE(layout.variables(), 7 * 6);
        QCOMPARE(layout.stepSize, 0.1);
    }

    void adjointGradientMatchesCentralDifferences_data()
    {
        QTest::addColumn<ControlTimeModel>("model");
        QTest::newRow("ode (RK4, trapezoid)") << ControlTimeModel::Ode;
        QTest::newRow("map (authors' sum)") << ControlTimeModel::Map;
    }
    void adjointGradientMatchesCentralDifferences()
    {
        QFETCH(ControlTimeModel, model);
        const ControlCost cost(sparseProblem(model));
        Rng rng(2024);
        for (int trial = 0; trial < 4; ++trial) {
            const Eigen::VectorXd z = randomControls(cost.layout(), rng);
            Eigen::VectorXd gradient;
            const double value = cost.valueAndGradient(z, gradient);
            QCOMPARE(value, cost.value(z));
            // Central differences with step 1e-5: truncation ~ h^2 |J'''| ~ 1e-10 and
            // rounding ~ 1e-16 |J| / h ~ 1e-11, far below the 1e-5 asked of the adjoint.
            const double h = 1e-5;
            Eigen::VectorXd difference(z.size());
            for (Eigen::Index v = 0; v < z.size(); ++v) {
                Eigen::VectorXd plus = z;
                Eigen::VectorXd minus = z;
                plus[v] += h;
                minus[v] -= h;
                difference[v] = (cost.value(plus) - cost.value(minus)) / (2.0 * h);
            }
            const double relative = (gradient - difference).norm() / difference.norm();
            QVERIFY2(relative < 1e-5, qPrintable(QString("relative error %1").arg(relative)));
            // Component-wise too, against the gradient's scale.
            QVERIFY((gradient - difference).lpNorm<Eigen::Infinity>() <
                    1e-6 * difference.lpNorm<Eigen::Infinity>());
        }
    }

    void uncontrolledMapSettlesOnTheDiagonalFixedPoint()
    {
        // The authors' example without control: u(t+1) = A g(u_t) from (-1, 0.5) reaches
        // u* = g(u*) = 0.967206 on the diagonal (SCIENCE.md section 6).
        const ControlProblem problem = controlPreset("authors-map").problem;
        const ControlCost cost(problem);
        const ControlTrajectory trajectory =
            cost.trajectory(Eigen::VectorXd::Zero(cost.layout().variables()));
        const Eigen::VectorXd last = trajectory.states.bottomRows(1).transpose();
        HL_COMPARE_NEAR(last[0], last[1], 1e-12);
        // u = g(u) solved independently by bisection on (0.5, 1).
        double low = 0.5;
        double high = 1.0;
        for (int i = 0; i < 80; ++i) {
            const double mid = 0.5 * (low + high);
            (problem.gain.value(mid) > mid ? low : high) = mid;
        }
        HL_COMPARE_NEAR(last[0], low, 1e-12);
        HL_COMPARE_NEAR(low, 0.967206, 5e-7);
        QVERIFY(trajectory.fieldNorm[50] < 1e-12);
    }

    void nonsenseIsRejected()
    {
        ControlProblem problem = sparseProblem(ControlTimeModel::Ode);
        problem.mu = 1.5;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ControlCost{problem});
        problem = sparseProblem(ControlTimeModel::Ode);
        problem.silentBound = 0.9; // k > K
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ControlCost{problem});
        problem = sparseProblem(ControlTimeModel::Ode);
        problem.pieces = 7; // does not divide 60 steps
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ControlCost{problem});
        problem = sparseProblem(ControlTimeModel::Ode);
        problem.controllable = {{0, 1}, {0, 1}};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ControlCost{problem});
        problem = sparseProblem(ControlTimeModel::Ode);
        problem.initialState[1] = std::nan("");
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ControlCost{problem});
    }

    void automaticHorizonDropsATailOfOneTenThousandth()
    {
        ControlProblem problem = sparseProblem(ControlTimeModel::Ode);
        problem.horizon = 0.0;
        problem.lambda = 0.25;
        // e^{-lambda T_h} = 1e-4  =>  T_h = ln(1e4) / 0.25 = 36.84.
        HL_COMPARE_NEAR(controlHorizon(problem), std::log(1e4) / 0.25, 1e-12);
        HL_COMPARE_NEAR(std::exp(-0.25 * controlHorizon(problem)), 1e-4, 1e-16);
    }

    void automaticHorizonWithoutDiscountOutlastsTheSettling()
    {
        // lambda = 0: T_h is twice the uncontrolled settling time (|X| < 1e-6).  So at
        // T_h / 2 the uncontrolled flow of the authors' network has settled; 1e-5 allows
        // for this grid's RK4 step (T_h / 400) differing from the settling search's 0.05.
        ControlProblem problem = controlPreset("recognise").problem; // the ODE, lambda = 0
        problem.horizon = 0.0;
        problem.steps = 400;
        problem.pieces = 40;
        const ControlCost cost(problem);
        const double horizon = cost.layout().horizon;
        QVERIFY(horizon >= 10.0 && horizon <= 200.0);
        const ControlTrajectory flow =
            cost.trajectory(Eigen::VectorXd::Zero(cost.layout().variables()));
        QVERIFY(flow.fieldNorm[200] < 1e-5);
        // ... and not long before it had not: the horizon is not needlessly long.
        QVERIFY(flow.fieldNorm[150] > 1e-7);
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestControlCost)
#include "tst_controlcost.moc"
