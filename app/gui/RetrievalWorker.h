#pragma once

#include "RetrievalFrame.h"
#include "RetrievalRun.h"
#include "RetrievalScene.h"
#include "RetrievalSetup.h"

#include <QObject>
#include <atomic>
#include <chrono>
#include <memory>

class QTimer;

namespace hopfield::app {

/// Runs a RetrievalRun in its own thread and publishes frames.  It lives in a QThread
/// owned by RetrievalController; its slots are called through queued connections, so they
/// run in that thread one after another, between chunks.  Running, a timer calls for a
/// chunk of spin updates sized by pacing::planChunk to the speed and the time elapsed,
/// and a frame goes out when pacing::frameDue says so -- at most ~60 per second however
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

public slots:
    /// Builds a new run (paused at its start) and publishes its scene and first frame,
    /// unless a later request is queued.
    void configure(const hopfield::app::RetrievalSetup& setup, int request);
    /// Runs; at a fixed point, first goes back to the start.
    void start();
    void pause();
    /// Pauses, then completes the current sweep.
    void stepSweep();
    /// Back to the start state and the seed's random stream; keeps running if it was.
    void reset();
    void setSpeed(double updatesPerSecond);
    void setTemperature(double temperature);

signals:
    void sceneReady(const hopfield::app::RetrievalScene& scene);
    void frameReady(const hopfield::app::RetrievalFrame& frame);
    void runningChanged(bool running);
    /// A setup that could not be built; the previous run, if any, is gone.
    void failed(const QString& message);

private:
    using Clock = std::chrono::steady_clock;

    void tick();
    void publish(Clock::time_point now, bool always);
    void setRunning(bool running);
    void restartTimer();

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
};

} // namespace hopfield::app
