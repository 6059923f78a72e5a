#include "gui/retrieval/RetrievalWorker.h"

#include "gui/common/FramePacing.h"

#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <exception>

namespace hopfield::app {
namespace {

/// A first guess of spin updates per second, until chunks have been timed.
constexpr double kInitialThroughput = 2e6;
/// Frames in flight beyond which a due frame is skipped.
constexpr int kMaxFramesInFlight = 2;

double seconds(std::chrono::steady_clock::duration duration)
{
    return std::chrono::duration<double>(duration).count();
}

} // namespace

RetrievalWorker::RetrievalWorker(QObject* parent)
    : QObject(parent), m_timer(new QTimer(this)), m_throughput(kInitialThroughput)
{
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &RetrievalWorker::tick);
}

RetrievalWorker::~RetrievalWorker() = default;

void RetrievalWorker::recordEngineCall()
{
    QThread* caller = QThread::currentThread();
    m_lastEngineThread.store(caller);
    m_engineCalls.fetch_add(1);
    if (caller != thread())
        m_engineCallsOffThread.fetch_add(1);
}

RetrievalRun& RetrievalWorker::engine()
{
    recordEngineCall();
    return *m_run;
}

void RetrievalWorker::configure(const RetrievalSetup& setup, int request,
                                const std::optional<RunResume>& resume)
{
    if (request != m_latestRequest.load())
        return;
    setRunning(false);
    m_run.reset();
    try {
        m_run = std::make_unique<RetrievalRun>(setup);
        m_run->setRecordingSweepEnds(true);
        if (resume)
            engine().resume(resume->spins, resume->sweep, resume->checkpoint);
    } catch (const std::exception& error) {
        emit failed(QString::fromStdString(error.what()));
        return;
    }
    m_speed = setup.speed;
    emit sceneReady(engine().scene());
    publish(Clock::now(), true);
}

void RetrievalWorker::start()
{
    if (!m_run || m_running)
        return;
    if (engine().converged())
        engine().reset();
    setRunning(true);
}

void RetrievalWorker::pause()
{
    if (!m_running)
        return;
    setRunning(false);
    publish(Clock::now(), true);
}

void RetrievalWorker::stepSweep()
{
    if (!m_run)
        return;
    setRunning(false);
    engine().completeSweep(m_cancelled);
    publish(Clock::now(), true);
}

void RetrievalWorker::stepSpin()
{
    if (!m_run)
        return;
    setRunning(false);
    engine().stepSpin();
    publish(Clock::now(), true);
}

void RetrievalWorker::restore(const RetrievalFrame& frame)
{
    if (!m_run)
        return;
    setRunning(false);
    try {
        engine().restore(std::span<const Spin>(frame.spins.constData(),
                                               static_cast<std::size_t>(frame.spins.size())),
                         frame.sweep, frame.sweepFraction);
    } catch (const std::exception& error) {
        emit failed(QString::fromStdString(error.what()));
    }
    publish(Clock::now(), true);
}

void RetrievalWorker::runTrials(const RetrievalSetup& setup, int count)
{
    m_trialSetup = setup;
    m_trials = TrialCounts{};
    m_trials.total = std::max(count, 0);
    m_trialsCancelled.store(false);
    emit trialsProgress(m_trials);
    if (!m_trials.finished())
        QMetaObject::invokeMethod(this, &RetrievalWorker::nextTrial, Qt::QueuedConnection);
}

void RetrievalWorker::nextTrial()
{
    if (m_trials.finished())
        return;
    if (m_trialsCancelled.load() || m_cancelled.load()) {
        m_trials.cancelled = true;
        emit trialsProgress(m_trials);
        return;
    }
    StateKind kind = StateKind::SpinGlass;
    try {
        recordEngineCall(); // runTrial builds and runs a RetrievalRun of its own
        kind = runTrial(m_trialSetup, m_trials.done, m_trialsCancelled);
    } catch (const std::exception& error) {
        m_trials.cancelled = true;
        emit failed(QString::fromStdString(error.what()));
        emit trialsProgress(m_trials);
        return;
    }
    if (m_trialsCancelled.load()) { // stopped halfway: that trial does not count
        m_trials.cancelled = true;
        emit trialsProgress(m_trials);
        return;
    }
    m_trials.add(kind);
    ++m_trials.done;
    emit trialsProgress(m_trials);
    if (!m_trials.finished())
        QMetaObject::invokeMethod(this, &RetrievalWorker::nextTrial, Qt::QueuedConnection);
}

void RetrievalWorker::reset()
{
    if (!m_run)
        return;
    engine().reset();
    m_carry = 0.0;
    publish(Clock::now(), true);
    if (m_running)
        restartTimer();
}

void RetrievalWorker::setSpeed(double updatesPerSecond)
{
    m_speed = updatesPerSecond;
    if (m_running)
        restartTimer();
}

void RetrievalWorker::setTemperature(double temperature)
{
    if (!m_run)
        return;
    try {
        engine().setTemperature(temperature);
    } catch (const std::exception& error) {
        emit failed(QString::fromStdString(error.what()));
    }
}

void RetrievalWorker::setRunning(bool running)
{
    if (running)
        restartTimer();
    else
        m_timer->stop();
    if (running == m_running)
        return;
    m_running = running;
    emit runningChanged(running);
}

void RetrievalWorker::restartTimer()
{
    // As fast as possible: a zero timer runs chunk after chunk, each within its budget,
    // with the event loop (pause, reset, quit) served in between.  Otherwise one chunk
    // per display frame.
    m_timer->start(std::isinf(m_speed) ? 0 : static_cast<int>(pacing::kTickInterval * 1000.0));
    m_lastTick = Clock::now();
    m_carry = 0.0;
    m_achievedSpeed = 0.0;
}

void RetrievalWorker::tick()
{
    if (m_cancelled.load(std::memory_order_relaxed)) {
        m_timer->stop();
        return;
    }
    const Clock::time_point begin = Clock::now();
    const double elapsed = seconds(begin - m_lastTick);
    m_lastTick = begin;
    const pacing::ChunkPlan plan = pacing::planChunk(
        m_speed, elapsed, m_carry, m_throughput, pacing::chunkBudget(seconds(begin - m_lastFrame)));
    m_carry = plan.carry;
    const std::int64_t done = engine().advance(plan.updates, m_cancelled);
    const Clock::time_point end = Clock::now();
    m_throughput = pacing::smoothedThroughput(m_throughput, done, seconds(end - begin));
    if (elapsed > 0.0) {
        const double rate = static_cast<double>(done) / elapsed;
        m_achievedSpeed = m_achievedSpeed > 0.0 ? 0.8 * m_achievedSpeed + 0.2 * rate : rate;
    }
    if (engine().converged()) {
        setRunning(false);
        publish(end, true);
    } else if (done > 0) {
        publish(end, false);
    }
}

void RetrievalWorker::publish(Clock::time_point now, bool always)
{
    if (!m_run)
        return;
    if (!always && (!pacing::frameDue(seconds(now - m_lastFrame)) ||
                    m_framesInFlight.load(std::memory_order_relaxed) >= kMaxFramesInFlight))
        return;
    if (std::vector<RetrievalFrame> ends = engine().takeSweepEnds(); !ends.empty())
        emit sweepsCompleted(QVector<RetrievalFrame>(std::make_move_iterator(ends.begin()),
                                                     std::make_move_iterator(ends.end())));
    RetrievalFrame frame = engine().frame();
    frame.updatesPerSecond = m_running ? m_achievedSpeed : 0.0;
    m_lastFrame = now;
    m_framesInFlight.fetch_add(1, std::memory_order_relaxed);
    emit frameReady(frame);
}

} // namespace hopfield::app
