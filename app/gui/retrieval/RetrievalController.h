#pragma once

#include "gui/retrieval/run/RetrievalFrame.h"
#include "gui/retrieval/run/RetrievalScene.h"
#include "gui/retrieval/run/RetrievalSetup.h"
#include "gui/retrieval/run/RetrievalTrials.h"

#include <QObject>
#include <QThread>
#include <optional>

namespace hopfield::app {

class RetrievalWorker;

/// The GUI side of a live retrieval: owns the worker thread, keeps the current setup,
/// turns user intents into queued calls on the worker, and relays its scenes and frames.
/// Never waits for the worker, except to join its thread when destroyed.
///
/// Playing is an intent: new starts (reset, a new corruption, another noise level or
/// target) run at once while the user has not paused, even after a run has converged.
class RetrievalController : public QObject {
    Q_OBJECT
public:
    explicit RetrievalController(QObject* parent = nullptr);
    /// Cancels the run and joins the thread: returns within a chunk (~10 ms).
    ~RetrievalController() override;

    const RetrievalSetup& setup() const noexcept { return m_setup; }
    bool isRunning() const noexcept { return m_running; }
    const QThread* workerThread() const noexcept { return &m_thread; }
    /// Test hooks (see RetrievalWorker::engineCalls()): engine calls so far, those made
    /// outside the worker thread, and the thread of the last one.
    int engineCalls() const noexcept;
    int engineCallsOffThread() const noexcept;
    const QThread* lastEngineThread() const noexcept;

public slots:
    /// A new run from `setup`, taken up where `resume` stood when given (a saved session:
    /// no sweep is replayed); it plays at once when `play` is true.
    void load(const hopfield::app::RetrievalSetup& setup, bool play,
              const std::optional<hopfield::app::RunResume>& resume = std::nullopt);
    void play();
    void pause();
    void togglePlay();
    void stepSweep();
    /// Pauses and updates one spin; the next frame's lastUpdated names it.
    void stepSpin();
    /// Pauses and takes the run back to `frame`, an earlier frame of it.
    void restore(const hopfield::app::RetrievalFrame& frame);
    void reset();
    /// Same run with the next seed: a fresh corruption (and, for random patterns, fresh
    /// patterns).
    void newCorruption();
    void setNoise(double fraction);
    void setTarget(int target);
    void setTemperature(double temperature);
    void setSpeed(double updatesPerSecond);
    /// A new update mode, learning rule or seed builds a new run from the start.
    void setMode(hopfield::UpdateMode mode);
    /// A coupling rule, or the dense memory (T = 0 and asynchronous updates, set here).
    void setRule(hopfield::CouplingRule rule, double dreamingTime,
                 std::optional<hopfield::InteractionFunction> denseMemory = std::nullopt);
    void setSeed(std::uint64_t seed);
    /// The external field h = H xi^pattern (none when `pattern` is unset) builds a new run
    /// from the start, as a new rule does.
    void setField(std::optional<int> pattern, double strength);
    /// `count` trials from fresh corruptions of the current setup (runTrial), in the worker
    /// thread; trialsProgress reports after each.
    void runTrials(int count);
    void cancelTrials();

signals:
    void sceneReady(const hopfield::app::RetrievalScene& scene);
    void frameReady(const hopfield::app::RetrievalFrame& frame);
    /// Every sweep end since the previous frame, oldest first, just before that frame:
    /// the history and the exports hold every sweep, the views only the frames.
    void sweepsCompleted(const QVector<hopfield::app::RetrievalFrame>& sweepEnds);
    void runningChanged(bool running);
    void failed(const QString& message);
    void trialsProgress(const hopfield::app::TrialCounts& counts);

private:
    void reconfigure(const std::optional<RunResume>& resume = std::nullopt);
    void onFrame(const RetrievalFrame& frame);
    void onRunningChanged(bool running);
    void setRunning(bool running);

    QThread m_thread;
    RetrievalWorker* m_worker;
    RetrievalSetup m_setup;
    bool m_wantsToPlay = false;
    bool m_running = false;
};

} // namespace hopfield::app
