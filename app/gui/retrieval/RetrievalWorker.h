#pragma once

#include "gui/retrieval/run/RetrievalFrame.h"
#include "gui/retrieval/run/RetrievalRun.h"
#include "gui/retrieval/run/RetrievalScene.h"
#include "gui/retrieval/run/RetrievalSetup.h"
#include "gui/retrieval/run/RetrievalTrials.h"

#include <QObject>
#include <atomic>
#include <chrono>
#include <memory>
#include <optional>

class QThread;
class QTimer;

namespace hopfield::app {

/// Runs a RetrievalRun in its own thread and publishes frames.  It lives in a QThread
/// owned by RetrievalController; its slots are called through queued connections, so they
/// run in that thread one after another, between chunks.  Running, a timer calls for a
/// chunk of spin updates sized by pacing::planChunk to the speed and the time elapsed, and
/// ending when the next frame is due (pacing::chunkBudget); a frame goes out when
/// pacing::frameDue says so -- at most ~60 per second however
/// fast the simulation runs, and always at the end (a fixed point, a pause, a step).
class RetrievalWorker : public QObject {
    Q_OBJECT
public:
    explicit RetrievalWorker(QObject* parent = nullptr);
    ~RetrievalWorker() override;

    /// Thread-safe.  Stops the chunk in progress within ~1000 updates and every later one;
    /// for shutting down.
    void cancel() noexcept { m_cancelled.store(true, std::memory_order_relaxed); }
    /// Thread-safe.  The GUI has drawn a frame: frames beyond two in flight are skipped, so
    /// a busy GUI gets fewer frames instead of a growing queue.
    void frameConsumed() noexcept { m_framesInFlight.fetch_sub(1, std::memory_order_relaxed); }
    /// Thread-safe.  Numbers a configure() request; any earlier request still queued is
    /// then skipped, so a burst of changes (a held spin-box arrow) builds one run.
    int nextRequest() noexcept { return m_latestRequest.fetch_add(1) + 1; }
    /// Thread-safe.  Stops the trials in progress after the current one.
    void cancelTrials() noexcept { m_trialsCancelled.store(true, std::memory_order_relaxed); }

    /// Thread-safe test hooks: every call into the engine (a RetrievalRun) goes through
    /// engine(), which counts it, counts those made from a thread other than this
    /// object's, and remembers the last calling thread.
    int engineCalls() const noexcept { return m_engineCalls.load(); }
    int engineCallsOffThread() const noexcept { return m_engineCallsOffThread.load(); }
    QThread* lastEngineThread() const noexcept { return m_lastEngineThread.load(); }

public slots:
    /// Builds a new run (paused at its start, or where `resume` says: RetrievalRun::resume)
    /// and publishes its scene and first frame, unless a later request is queued.
    void configure(const hopfield::app::RetrievalSetup& setup, int request,
                   const std::optional<hopfield::app::RunResume>& resume = std::nullopt);
    /// Runs; at a fixed point, first goes back to the start.
    void start();
    void pause();
    /// Pauses, then completes the current sweep.
    void stepSweep();
    /// Pauses, then updates the next spin of the sweep; the frame names it (lastUpdated).
    void stepSpin();
    /// Pauses and goes back to an earlier frame of this run (see RetrievalRun::restore).
    void restore(const hopfield::app::RetrievalFrame& frame);
    /// Runs `count` trials of `setup` (runTrial), one per turn of the event loop so the
    /// live run and every command are still served, reporting trialsProgress after each.
    void runTrials(const hopfield::app::RetrievalSetup& setup, int count);
    /// Back to the start state and the seed's random stream; keeps running if it was.
    void reset();
    void setSpeed(double updatesPerSecond);
    void setTemperature(double temperature);

signals:
    void sceneReady(const hopfield::app::RetrievalScene& scene);
    void frameReady(const hopfield::app::RetrievalFrame& frame);
    /// Every sweep end since the previous frame, oldest first, just before that frame:
    /// the history and the exports hold every sweep, the views only the frames.
    void sweepsCompleted(const QVector<hopfield::app::RetrievalFrame>& sweepEnds);
    void runningChanged(bool running);
    /// A setup that could not be built; the previous run, if any, is gone.
    void failed(const QString& message);
    void trialsProgress(const hopfield::app::TrialCounts& counts);

private:
    using Clock = std::chrono::steady_clock;

    void tick();
    void publish(Clock::time_point now, bool always);
    void setRunning(bool running);
    void restartTimer();
    void nextTrial();
    /// The run, for a call into the engine; records the calling thread (see engineCalls()).
    RetrievalRun& engine();
    void recordEngineCall();

    std::unique_ptr<RetrievalRun> m_run;
    QTimer* m_timer;
    double m_speed = 400.0;
    double m_carry = 0.0;
    double m_throughput;
    double m_achievedSpeed = 0.0;
    Clock::time_point m_lastTick;
    Clock::time_point m_lastFrame;
    bool m_running = false;
    std::atomic<bool> m_cancelled{false};
    std::atomic<int> m_framesInFlight{0};
    std::atomic<int> m_latestRequest{0};
    RetrievalSetup m_trialSetup;
    TrialCounts m_trials;
    std::atomic<bool> m_trialsCancelled{false};
    std::atomic<int> m_engineCalls{0};
    std::atomic<int> m_engineCallsOffThread{0};
    std::atomic<QThread*> m_lastEngineThread{nullptr};
};

} // namespace hopfield::app
