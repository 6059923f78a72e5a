#pragma once

#include "continuous/ContinuousModel.h"
#include "continuous/IntegrationSettings.h"
#include "continuous/StatePlane.h"
#include "continuous/TrajectoryIntegrator.h"
#include "continuous/control/ControlRun.h"
#include "gui/common/LatestRequest.h"
#include "gui/continuous/ContinuousFrames.h"
#include "gui/continuous/ContinuousLabSetup.h"

#include <QObject>
#include <QPointF>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

class QThread;
class QTimer;

namespace hopfield::app {

/// The continuous lab's engine side, living in the controller's worker thread: it computes
/// phase portraits (computePhasePortrait), integrates trajectories in chunks with
/// TrajectoryIntegrator and publishes them as animation frames from a ~60 Hz timer, and
/// solves controlled runs (runControl), then replays them frame by frame with the
/// landscape of A + xi(t) recomputed as the controls act.
///
/// Every load carries a request number; nextRequest() (thread-safe) makes the work under
/// way stale, so a long portrait or control solve stops at its next cancellation check.
class ContinuousWorker : public QObject {
    Q_OBJECT
public:
    explicit ContinuousWorker(QObject* parent = nullptr);
    ~ContinuousWorker() override;

    /// A new request number; the work of older ones is abandoned.  Any thread.
    quint64 nextRequest();
    /// Test hook: the thread of the last engine computation (nullptr before the first).
    const QThread* lastComputeThread() const noexcept { return m_computeThread.load(); }

public slots:
    /// Builds the model of `setup` and computes its portrait, then starts the trajectories
    /// (the preset's initial states, or the user's starts when `keepStarts`) or, for a
    /// control preset, solves the optimal control and replays it.
    void load(const hopfield::app::ContinuousLabSetup& setup, bool keepStarts, quint64 request);
    /// A trajectory from the plane point (a new start of a controlled run).
    void launch(QPointF planePoint, quint64 request);
    /// Moves the start nearest `from` to `to` and restarts its trajectory.
    void drag(QPointF from, QPointF to, quint64 request);
    /// Replays recording `recording` of the solved controlled run alone, or (-1) every
    /// recording of a sequence in order; nothing before a run has been solved.
    void replayRecording(int recording, quint64 request);

signals:
    void portraitReady(const hopfield::app::PortraitFrame& frame);
    void frameReady(const hopfield::app::ContinuousFrame& frame);
    void controlFinished(const hopfield::app::ControlSummary& summary);
    void paretoReady(const hopfield::app::ParetoFrame& frame);
    /// Every trajectory of `request` has ended (the screenshot moment).
    void settled(quint64 request);
    void failed(const QString& message);

private:
    struct Animation {
        int id = 0;
        std::unique_ptr<TrajectoryIntegrator> integrator;
        int samplesPerFrame = 1;
        bool finished = false;
    };
    struct ControlReplay {
        ControlRun run;
        ControlProblem problem;
        int nextRow = 0;
        int rowsPerFrame = 1;
        int portraitPiece = -1;
        int framesSincePortrait = 0;
        ControlSolverOptions solver;
    };

    bool isStale(quint64 request) const { return !m_latest.isCurrent(request); }
    void noteCompute();
    void loadOde(bool keepStarts);
    void loadControl();
    void startAnimation(int id);
    void addLimitCycle(PortraitFrame& frame, const Eigen::VectorXd& start);
    void tick();
    TrajectoryChunk advanceAnimation(Animation& animation);
    TrajectoryChunk advanceReplay(ControlReplay& replay, Eigen::MatrixXd& couplings);
    static ControlReplay replayOf(const ControlProblem& problem, const ControlSolverOptions& solver,
                                  ControlRun run);
    /// What a solved run ended in; `sequence` lists the recordings of a sequence.
    static ControlSummary summaryOf(const ControlReplay& replay, quint64 request,
                                    const QStringList& sequence);
    PortraitFrame portraitOf(const ContinuousModel& model, const PhasePortraitSettings& settings,
                             double time);
    Eigen::MatrixXd totalCouplings(const ControlReplay& replay, int row) const;
    /// Solves the replayed problem again with mu = `mu`; nothing if it became stale.
    std::optional<ParetoSide> paretoSide(const ControlReplay& replay, double mu);
    void computePareto(const ControlReplay& replay);

    LatestRequest m_latest;
    std::atomic<const QThread*> m_computeThread{nullptr};
    QTimer* m_timer;
    quint64 m_request = 0;
    ContinuousLabSetup m_setup;
    std::unique_ptr<ContinuousModel> m_model;
    std::optional<StatePlane> m_plane;
    PlaneWindow m_window;
    IntegrationSettings m_integration;
    std::vector<Eigen::VectorXd> m_starts; ///< trajectory id = index
    std::vector<Animation> m_animations;
    /// The solved controlled runs: one, or every recording of a sequence.
    std::vector<ControlReplay> m_recordings;
    int m_recording = -1; ///< the one replaying now, -1 when none is
    bool m_playAll = true;
    std::optional<Eigen::VectorXd> m_controlStart; ///< the user's start of a controlled run
    int m_dragged = -1;
    QPointF m_dragFrom;
};

} // namespace hopfield::app
