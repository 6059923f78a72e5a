#include "TestSuite.h"
#include "continuous/ContinuousModelSpec.h"
#include "continuous/LimitCycle.h"
#include "continuous/OdePresets.h"
#include "continuous/control/ControlPresets.h"
#include "continuous/control/ControlRun.h"
#include "gui/continuous/ContinuousController.h"
#include "gui/continuous/PortraitOverlay.h"

#include <QSignalSpy>

using namespace hopfield;
using namespace hopfield::app;

namespace {

int countKind(const std::vector<PlaneFixedPoint>& points, FixedPointKind kind)
{
    return static_cast<int>(
        std::count_if(points.begin(), points.end(),
                      [kind](const PlaneFixedPoint& point) { return point.point.kind == kind; }));
}

} // namespace

/// The continuous lab's controller: portraits, trajectories and controlled runs computed in
/// its worker thread, and equal to what the engine computes directly.
class TestContinuousController : public QObject {
    Q_OBJECT

private slots:
    void portraitIsTheEnginesAndComputedInTheWorker()
    {
        ContinuousController controller;
        QSignalSpy portraits(&controller, &ContinuousController::portraitReady);
        QSignalSpy settled(&controller, &ContinuousController::settled);
        QSignalSpy frames(&controller, &ContinuousController::frameReady);
        controller.load(defaultContinuousSetup(QStringLiteral("symmetric-two-neuron")));
        QVERIFY(portraits.wait(10000));
        QVERIFY(controller.lastComputeThread() == controller.workerThread());
        QVERIFY(controller.lastComputeThread() != QThread::currentThread());

        const auto frame = portraits.first().first().value<PortraitFrame>();
        const OdePreset preset = odePreset("symmetric-two-neuron");
        const PhasePortrait expected =
            computePhasePortrait(*makeModel(preset.model), preset.plane, preset.window);
        const auto& points = frame.portrait.fixedPoints;
        // SCIENCE.md section 6 and OdePresets.h: four sinks, four saddles, one source.
        QCOMPARE(countKind(points, FixedPointKind::Sink), 4);
        QCOMPARE(countKind(points, FixedPointKind::Saddle), 4);
        QCOMPARE(countKind(points, FixedPointKind::Source), 1);
        QCOMPARE(points.size(), expected.fixedPoints.size());
        for (std::size_t k = 0; k < points.size(); ++k) {
            QCOMPARE(points[k].point.kind, expected.fixedPoints[k].point.kind);
            // The same deterministic computation on another thread: equal to rounding.
            QVERIFY((points[k].coordinates - expected.fixedPoints[k].coordinates).norm() < 1e-12);
        }
        QVERIFY(frame.heatIsEnergy);
        QCOMPARE(frame.heat.values.size(), expected.energy.values.size());

        // Every start of the preset flows to a sink: it ends within 1e-4 of one of the
        // portrait's sinks.  A run stopped at an equilibrium is within about its final speed
        // (< 1e-8; the eigenvalues there are O(1)); the run that lingers by a saddle is still
        // 1.5e-5 away at the time limit t = 20, and one that went to the wrong basin would
        // be O(1) away.
        QVERIFY(settled.wait(15000));
        QVERIFY(controller.lastComputeThread() == controller.workerThread());
        TrajectoryMap trajectories;
        for (const QList<QVariant>& arguments : frames)
            for (const TrajectoryChunk& chunk : arguments.first().value<ContinuousFrame>().chunks)
                trajectories[chunk.id].append(chunk);
        QCOMPARE(trajectories.size(), preset.initialStates.size());
        for (const auto& [id, trajectory] : trajectories) {
            QVERIFY(trajectory.finished);
            // A start near a saddle's stable manifold lingers, so some runs end at the
            // preset's time limit rather than at |du/dt| < 1e-8: they are still at a sink,
            // and say so.
            QVERIFY2(trajectory.status == QLatin1String("equilibrium") ||
                         trajectory.status.startsWith(QLatin1String("converged to the sink")),
                     qPrintable(trajectory.status));
            const Eigen::Vector2d end(trajectory.plane.back().x(), trajectory.plane.back().y());
            const Eigen::Vector2d start =
                preset.plane.coordinates(preset.initialStates[static_cast<std::size_t>(id)]);
            QVERIFY((Eigen::Vector2d(trajectory.plane.front().x(), trajectory.plane.front().y()) -
                     start)
                        .norm() < 1e-12);
            double nearestSink = 1e9;
            for (const PlaneFixedPoint& point : points)
                if (point.point.kind == FixedPointKind::Sink)
                    nearestSink = std::min(nearestSink, (point.coordinates - end).norm());
            QVERIFY2(nearestSink < 1e-4, qPrintable(QString::number(nearestSink)));
        }
    }

    void sliderRecomputesThePortrait()
    {
        // g = tanh(beta u), so the Jacobian at 0 is beta T - I with eigenvalues 1.5 beta - 1 and
        // 0.5 beta - 1 (T = [[1, 1/2], [1/2, 1]]).  Below beta = 2/3 the field is a contraction
        // and the origin the only equilibrium: one sink where beta = 4 had nine points.
        ContinuousController controller;
        QSignalSpy portraits(&controller, &ContinuousController::portraitReady);
        ContinuousLabSetup setup = defaultContinuousSetup(QStringLiteral("symmetric-two-neuron"));
        controller.load(setup);
        setup.beta = 0.5;
        controller.update(setup);
        // The first request is stale once the second is sent: only the second is relayed.
        QVERIFY(portraits.wait(10000));
        QCOMPARE(portraits.size(), 1);
        const auto frame = portraits.first().first().value<PortraitFrame>();
        QCOMPARE(frame.portrait.fixedPoints.size(), std::size_t{1});
        QCOMPARE(frame.portrait.fixedPoints.front().point.kind, FixedPointKind::Sink);
        QVERIFY(frame.portrait.fixedPoints.front().coordinates.norm() < 1e-10);
    }

    void limitCycleIsTheEngines()
    {
        ContinuousController controller;
        QSignalSpy portraits(&controller, &ContinuousController::portraitReady);
        controller.load(defaultContinuousSetup(QStringLiteral("limit-cycle")));
        QVERIFY(portraits.wait(10000));
        const auto frame = portraits.first().first().value<PortraitFrame>();
        QVERIFY(!frame.heatIsEnergy); // asymmetric T: no Lyapunov energy, a speed map instead
        const OdePreset preset = odePreset("limit-cycle");
        const LimitCycle cycle =
            detectLimitCycle(*makeModel(preset.model), preset.initialStates.front());
        QVERIFY(cycle.found);
        QVERIFY(std::abs(frame.limitCyclePeriod - cycle.period) <= 1e-12 * cycle.period);
        // One period drawn: it closes to the integration's accuracy (tolerances 1e-8 over
        // one period of about 6.8), and its largest u1 is the engine's maximum up to the two
        // samplings (400 points a period here, steps of 0.01 there), each of which misses a
        // smooth extreme by under 1e-4 of the amplitude 1.27; an orbit of another size
        // would differ by O(1).
        QVERIFY((frame.limitCycle.front() - frame.limitCycle.back()).manhattanLength() < 1e-5);
        double highest = -1e9;
        for (const QPointF& point : frame.limitCycle)
            highest = std::max(highest, point.x());
        QVERIFY(std::abs(highest - cycle.maximum(0)) < 1e-3);
    }

    void forgettingAndRecoveringIsToldStepByStep()
    {
        // ControlPresets.h: two recordings of (-1, 0.5) push the synapses past K and forget
        // the old memory; a recording of (1.5, 1.5) brings them back and recovers it.
        ContinuousController controller;
        QSignalSpy outcomes(&controller, &ContinuousController::controlFinished);
        controller.load(defaultContinuousSetup(QStringLiteral("forget-recover")));
        QVERIFY(outcomes.wait(15000));
        const QStringList steps = outcomes.first().first().value<ControlSummary>().sequence;
        QCOMPARE(steps.size(), 3);
        QVERIFY2(steps[0].endsWith(QLatin1String("memory 1 held")), qPrintable(steps[0]));
        QVERIFY2(steps[1].endsWith(QLatin1String("memory 1 forgotten")), qPrintable(steps[1]));
        QVERIFY2(steps[2].endsWith(QLatin1String("memory 1 recovered")), qPrintable(steps[2]));
    }

    void controlledRunEndsAsTheEngineSays_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::newRow("recognise") << QStringLiteral("recognise");
        QTest::newRow("record") << QStringLiteral("record");
    }

    void controlledRunEndsAsTheEngineSays()
    {
        QFETCH(QString, preset);
        ContinuousController controller;
        QSignalSpy outcomes(&controller, &ContinuousController::controlFinished);
        controller.load(defaultContinuousSetup(preset));
        QVERIFY(outcomes.wait(15000));
        QVERIFY(controller.lastComputeThread() == controller.workerThread());
        const auto summary = outcomes.first().first().value<ControlSummary>();

        const ControlPreset& engine = controlPreset(preset.toStdString());
        const ControlRun run = runControl(engine.problem, engine.solver);
        QCOMPARE(summary.outcome, QString::fromStdString(outcomeName(run.outcome.outcome)));
        // The seed's example: recognised without control, recorded with the innovative mu.
        QCOMPARE(summary.outcome, preset == QLatin1String("record") ? QStringLiteral("recorded")
                                                                    : QStringLiteral("recognised"));
        // Deterministic solver (fixed seed): the same cost to rounding.
        QVERIFY(std::abs(summary.cost - run.solution.cost) <= 1e-12 * (1.0 + run.solution.cost));
        QVERIFY(std::abs(summary.maxControlExisting - run.maxControlExisting) < 1e-12);
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestContinuousController)
#include "tst_continuouscontroller.moc"
