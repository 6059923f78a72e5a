#include "gui/retrieval/RetrievalController.h"

#include "gui/retrieval/RetrievalWorker.h"

namespace hopfield::app {

RetrievalController::RetrievalController(QObject* parent)
    : QObject(parent), m_worker(new RetrievalWorker)
{
    qRegisterMetaType<RetrievalFrame>();
    qRegisterMetaType<QVector<RetrievalFrame>>();
    qRegisterMetaType<RetrievalScene>();
    qRegisterMetaType<TrialCounts>();
    m_thread.setObjectName(QStringLiteral("retrieval worker"));
    m_worker->moveToThread(&m_thread);
    // The worker is deleted in its own thread as the thread finishes.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &RetrievalWorker::sceneReady, this, &RetrievalController::sceneReady);
    connect(m_worker, &RetrievalWorker::sweepsCompleted, this,
            &RetrievalController::sweepsCompleted);
    connect(m_worker, &RetrievalWorker::frameReady, this, &RetrievalController::onFrame);
    connect(m_worker, &RetrievalWorker::runningChanged, this,
            &RetrievalController::onRunningChanged);
    connect(m_worker, &RetrievalWorker::failed, this, &RetrievalController::failed);
    connect(m_worker, &RetrievalWorker::trialsProgress, this, &RetrievalController::trialsProgress);
    m_thread.start();
}

RetrievalController::~RetrievalController()
{
    m_worker->cancel();
    m_worker->cancelTrials();
    m_thread.quit();
    m_thread.wait();
}

void RetrievalController::load(const RetrievalSetup& setup, bool play,
                               const std::optional<RunResume>& resume)
{
    m_setup = setup;
    m_wantsToPlay = play;
    reconfigure(resume);
}

void RetrievalController::reconfigure(const std::optional<RunResume>& resume)
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, setup = m_setup, request = m_worker->nextRequest(), resume] {
            worker->configure(setup, request, resume);
        },
        Qt::QueuedConnection);
    setRunning(false);
    if (m_wantsToPlay)
        play();
}

void RetrievalController::play()
{
    m_wantsToPlay = true;
    QMetaObject::invokeMethod(m_worker, &RetrievalWorker::start, Qt::QueuedConnection);
    setRunning(true);
}

void RetrievalController::pause()
{
    m_wantsToPlay = false;
    QMetaObject::invokeMethod(m_worker, &RetrievalWorker::pause, Qt::QueuedConnection);
    setRunning(false);
}

void RetrievalController::togglePlay()
{
    if (m_running)
        pause();
    else
        play();
}

void RetrievalController::stepSweep()
{
    m_wantsToPlay = false;
    QMetaObject::invokeMethod(m_worker, &RetrievalWorker::stepSweep, Qt::QueuedConnection);
    setRunning(false);
}

void RetrievalController::stepSpin()
{
    m_wantsToPlay = false;
    QMetaObject::invokeMethod(m_worker, &RetrievalWorker::stepSpin, Qt::QueuedConnection);
    setRunning(false);
}

void RetrievalController::restore(const RetrievalFrame& frame)
{
    m_wantsToPlay = false;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, frame] { worker->restore(frame); }, Qt::QueuedConnection);
    setRunning(false);
}

void RetrievalController::reset()
{
    QMetaObject::invokeMethod(m_worker, &RetrievalWorker::reset, Qt::QueuedConnection);
    // Also when a run seems to be going: it may have converged on its way here.
    if (m_wantsToPlay)
        play();
}

void RetrievalController::newCorruption()
{
    ++m_setup.seed;
    reconfigure();
}

void RetrievalController::setNoise(double fraction)
{
    m_setup.noise = fraction;
    reconfigure();
}

void RetrievalController::setTarget(int target)
{
    m_setup.start = StartKind::CorruptedTarget;
    m_setup.target = target;
    reconfigure();
}

void RetrievalController::setTemperature(double temperature)
{
    m_setup.temperature = temperature;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, temperature] { worker->setTemperature(temperature); },
        Qt::QueuedConnection);
    // Heating a run that stopped at a fixed point sets it going again from there.
    if (m_wantsToPlay && temperature > 0.0)
        play();
}

void RetrievalController::setSpeed(double updatesPerSecond)
{
    m_setup.speed = updatesPerSecond;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, updatesPerSecond] { worker->setSpeed(updatesPerSecond); },
        Qt::QueuedConnection);
}

void RetrievalController::setMode(UpdateMode mode)
{
    m_setup.mode = mode;
    reconfigure();
}

void RetrievalController::setRule(CouplingRule rule, double dreamingTime,
                                  std::optional<InteractionFunction> denseMemory)
{
    m_setup.rule = rule;
    m_setup.dreamingTime = dreamingTime;
    m_setup.denseMemory = denseMemory;
    if (denseMemory) { // its only dynamics, and no external field
        m_setup.temperature = 0.0;
        m_setup.fieldPattern.reset();
        if (m_setup.mode == UpdateMode::Synchronous)
            m_setup.mode = UpdateMode::RandomAsync;
    }
    reconfigure();
}

void RetrievalController::setSeed(std::uint64_t seed)
{
    m_setup.seed = seed;
    reconfigure();
}

void RetrievalController::setField(std::optional<int> pattern, double strength)
{
    m_setup.fieldPattern = pattern;
    m_setup.fieldStrength = strength;
    reconfigure();
}

void RetrievalController::runTrials(int count)
{
    // Flag a run still going as cancelled now; the new request then starts afresh.
    m_worker->cancelTrials();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, setup = m_setup, count] { worker->runTrials(setup, count); },
        Qt::QueuedConnection);
}

void RetrievalController::cancelTrials()
{
    m_worker->cancelTrials();
}

int RetrievalController::engineCalls() const noexcept
{
    return m_worker->engineCalls();
}

int RetrievalController::engineCallsOffThread() const noexcept
{
    return m_worker->engineCallsOffThread();
}

const QThread* RetrievalController::lastEngineThread() const noexcept
{
    return m_worker->lastEngineThread();
}

void RetrievalController::onFrame(const RetrievalFrame& frame)
{
    emit frameReady(frame);
    m_worker->frameConsumed();
}

void RetrievalController::onRunningChanged(bool running)
{
    setRunning(running);
}

void RetrievalController::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    emit runningChanged(running);
}

} // namespace hopfield::app
