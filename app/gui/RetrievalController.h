#pragma once

#include "RetrievalFrame.h"
#include "RetrievalScene.h"
#include "RetrievalSetup.h"

#include <QObject>
#include <QThread>

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

public slots:
    /// A new run from `setup`; it plays at once when `play` is true.
    void load(const hopfield::app::RetrievalSetup& setup, bool play);
    void play();
    void pause();
    void togglePlay();
    void stepSweep();
    void reset();
    /// Same run with the next seed: a fresh corruption (and, for random patterns, fresh
    /// patterns).
    void newCorruption();
    void setNoise(double fraction);
    void setTarget(int target);
    void setTemperature(double temperature);
    void setSpeed(double updatesPerSecond);

signals:
    void sceneReady(const hopfield::app::RetrievalScene& scene);
    void frameReady(const hopfield::app::RetrievalFrame& frame);
    void runningChanged(bool running);
    void failed(const QString& message);

private:
    void reconfigure();
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
