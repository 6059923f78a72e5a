#include "HeatMapView.h"
#include "TestSuite.h"
#include "continuous/OdePresets.h"
#include "continuous/control/ControlPresets.h"
#include "continuous/control/RecordingSequence.h"
#include "gui/continuous/ContinuousLab.h"

#include <QSignalSpy>

using namespace hopfield;
using namespace hopfield::app;

/// The continuous lab as a user drives it: a click on the phase plane launches a
/// trajectory from the clicked point, a controlled preset shows the engine's outcome, and
/// the trajectories export as CSV columns.
class TestContinuousLab : public QObject {
    Q_OBJECT

private slots:
    void clickLaunchesATrajectoryThatEndsAtASink()
    {
        ContinuousLab lab;
        lab.resize(1280, 760);
        lab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&lab));
        QSignalSpy settled(&lab, &ContinuousLab::settled);
        lab.loadPreset(QStringLiteral("symmetric-two-neuron"));
        QVERIFY(settled.wait(15000));
        const int presetStarts = static_cast<int>(lab.trajectories().size());
        QCOMPARE(presetStarts,
                 static_cast<int>(odePreset("symmetric-two-neuron").initialStates.size()));

        const QPointF target(1.0, 0.8);
        ui::HeatMapView* plane = lab.phasePlane();
        QTest::mouseClick(plane, Qt::LeftButton, {}, plane->dataToWidget(target).toPoint());
        QVERIFY(settled.wait(15000));
        QCOMPARE(static_cast<int>(lab.trajectories().size()), presetStarts + 1);
        const StoredTrajectory& launched = lab.trajectories().at(presetStarts);
        // The click lands on a whole pixel: within one pixel's span of data (the plane shows
        // 4 units on some 500 pixels, so under 0.01) of the point aimed at.
        const double pixel = 4.0 / plane->plotRect().width();
        QVERIFY(std::abs(launched.plane.front().x() - target.x()) <= pixel);
        QVERIFY(std::abs(launched.plane.front().y() - target.y()) <= pixel);
        QCOMPARE(launched.status, QStringLiteral("equilibrium"));
        // (1, 0.8) lies in the basin of the sink on the diagonal, u1 = u2 = u* with
        // u* = 1.5 tanh(4 u*) (T = [[1, 1/2], [1/2, 1]]): u* = 1.49999... to 1e-5.
        QVERIFY(std::abs(launched.plane.back().x() - 1.5) < 1e-3);
        QVERIFY(std::abs(launched.plane.back().y() - 1.5) < 1e-3);
        // The view draws it: one more line than the portrait had, ending where it ended.
        bool drawn = false;
        for (const ui::PlotLine& line : plane->overlay().lines)
            drawn =
                drawn || (!line.points.isEmpty() && line.points.back() == launched.plane.back());
        QVERIFY(drawn);

        // Dragging the first preset start moves it: trajectory 0 runs again from where the
        // drag ended, (-1.2, -0.9), into the basin of the sink at (-1.5, -1.5).
        const OdePreset preset = odePreset("symmetric-two-neuron");
        const Eigen::Vector2d first = preset.plane.coordinates(preset.initialStates.front());
        const QPoint from = plane->dataToWidget(QPointF(first.x(), first.y())).toPoint();
        const QPointF dropped(-1.2, -0.9);
        const QPoint to = plane->dataToWidget(dropped).toPoint();
        QTest::mousePress(plane, Qt::LeftButton, {}, from);
        QTest::mouseMove(plane, (from + to) / 2);
        QTest::mouseMove(plane, to);
        QTest::mouseRelease(plane, Qt::LeftButton, {}, to);
        QVERIFY(settled.wait(15000));
        QCOMPARE(static_cast<int>(lab.trajectories().size()), presetStarts + 1);
        const StoredTrajectory& moved = lab.trajectories().at(0);
        QVERIFY(std::abs(moved.plane.front().x() - dropped.x()) <= pixel);
        QVERIFY(std::abs(moved.plane.front().y() - dropped.y()) <= pixel);
        QVERIFY(std::abs(moved.plane.back().x() + 1.5) < 1e-3);
        QVERIFY(std::abs(moved.plane.back().y() + 1.5) < 1e-3);

        // CSV: trajectory, t, u1, u2, energy, speed, xi_norm; one row per sample.
        const std::vector<ui::CsvColumn> columns = lab.trajectoryColumns();
        QCOMPARE(columns.size(), std::size_t{7});
        QCOMPARE(columns[2].name, QStringLiteral("u1"));
        std::size_t samples = 0;
        for (const auto& [id, trajectory] : lab.trajectories())
            samples += static_cast<std::size_t>(trajectory.times.size());
        QCOMPARE(columns[1].values.size(), samples);
    }

    void aTrajectoryOutOfTimeAtASinkSaysItConverged()
    {
        // Issue 11: from (-1, 1.5) the run reaches the sink near (-1/2, 1/2) but not
        // |du/dt| < 1e-8 by t = 20; it used to end "time-limit".
        ContinuousLab lab;
        lab.resize(1280, 760);
        lab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&lab));
        QSignalSpy settled(&lab, &ContinuousLab::settled);
        lab.loadPreset(QStringLiteral("symmetric-two-neuron"));
        QVERIFY(settled.wait(15000));
        const int presetStarts = static_cast<int>(lab.trajectories().size());
        ui::HeatMapView* plane = lab.phasePlane();
        QTest::mouseClick(plane, Qt::LeftButton, {},
                          plane->dataToWidget(QPointF(-1.0, 1.5)).toPoint());
        QVERIFY(settled.wait(15000));
        const StoredTrajectory& launched = lab.trajectories().at(presetStarts);
        QVERIFY2(launched.status.startsWith(QLatin1String("converged to the sink at (-0.")),
                 qPrintable(launched.status));
        QVERIFY(lab.statusText().contains(QLatin1String("converged")));
    }

    void controlledPresetShowsItsOutcome()
    {
        ContinuousLab lab;
        QSignalSpy settled(&lab, &ContinuousLab::settled);
        lab.loadPreset(QStringLiteral("record"));
        QVERIFY(settled.wait(15000));
        // The engine records the authors' innovative example (tst_controloutcome).
        QCOMPARE(lab.outcomeText(), QStringLiteral("recorded"));
        // The matrix shows A + xi at the end: off-diagonal 1 - 0.34 (ControlPresets.h).
        const ui::HeatMapGrid& matrix = lab.couplingMatrix()->grid();
        QCOMPARE(matrix.nx, 2);
        QVERIFY(std::abs(matrix.value(0, 0) - 0.66) < 0.03);
        // Pareto side by side: the same cue at the presets' two weights, the conservative
        // mu = 0.95 recognising the stored equilibrium, the innovative 0.0005 recording.
        QVERIFY(
            lab.paretoView(true)->renderer().labels().title.endsWith(QLatin1String("recognised")));
        QVERIFY(
            lab.paretoView(false)->renderer().labels().title.endsWith(QLatin1String("recorded")));
        QVERIFY(lab.paretoView(true)->grid().isValid());
    }

    void forgetRecoverReplaysEveryRecording()
    {
        // Issue 11: the lab showed only the first recording (the authors-map run) while
        // listing three.  Every recording plays in order, each from its own cue, and the
        // cost shown is the last recording's, as `hopfield-lab-cli control` reports it.
        ContinuousLab lab;
        QSignalSpy settled(&lab, &ContinuousLab::settled);
        lab.loadPreset(QStringLiteral("forget-recover"));
        QVERIFY(settled.wait(120000));
        const ControlPreset preset = controlPreset("forget-recover");
        const std::vector<Eigen::VectorXd>& cues = preset.sequence->cues;
        QCOMPARE(lab.trajectories().size(), cues.size());
        for (const auto& [id, trajectory] : lab.trajectories()) {
            const Eigen::VectorXd& cue = cues[static_cast<std::size_t>(id)];
            QVERIFY(trajectory.finished);
            QCOMPARE(trajectory.plane.front(), QPointF(cue(0), cue(1)));
        }
        const std::vector<RecordingStep> steps = runRecordingSequence(*preset.sequence);
        QVERIFY(std::abs(lab.controlSummary().cost - steps.back().run.solution.cost) < 1e-9);
        QCOMPARE(lab.outcomeText(),
                 QString::fromStdString(outcomeName(steps.back().run.outcome.outcome)));
        QCOMPARE(lab.controlSummary().sequence.size(), static_cast<int>(cues.size()));
        // The second recording of the same cue acts on the network the first one changed
        // (A_1 = A_0 + xi_inf, the old memory forgotten): its path ends elsewhere, where
        // the engine's step puts its equilibrium.
        const QPointF firstEnd = lab.trajectories().at(0).plane.back();
        const QPointF secondEnd = lab.trajectories().at(1).plane.back();
        QVERIFY(QLineF(firstEnd, secondEnd).length() > 0.1);
        const Eigen::VectorXd& forgotten = steps[1].equilibria.front().state;
        QVERIFY(QLineF(secondEnd, QPointF(forgotten(0), forgotten(1))).length() < 0.05);

        // The picker replays one recording alone, on the network it acted on.
        lab.showRecording(1);
        QVERIFY(settled.wait(120000));
        QCOMPARE(lab.trajectories().size(), std::size_t(1));
        QCOMPARE(lab.trajectories().begin()->first, 1);
        QVERIFY(lab.phasePlane()->renderer().labels().title.contains(
            QLatin1String("recording 2 of 3")));
    }

    void unknownPresetIsRefused()
    {
        ContinuousLab lab;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, lab.loadPreset(QStringLiteral("nonsense")));
    }
};

HOPFIELD_TEST_MAIN(TestContinuousLab)
#include "tst_continuouslab.moc"
