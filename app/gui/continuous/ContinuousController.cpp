#include "gui/continuous/ContinuousController.h"

#include "gui/continuous/ContinuousWorker.h"

namespace hopfield::app {

ContinuousController::ContinuousController(QObject* parent)
    : QObject(parent), m_worker(new ContinuousWorker)
{
    qRegisterMetaType<ContinuousLabSetup>();
    qRegisterMetaType<PortraitFrame>();
    qRegisterMetaType<ContinuousFrame>();
    qRegisterMetaType<ControlSummary>();
    qRegisterMetaType<ParetoFrame>();
    m_thread.setObjectName(QStringLiteral("continuous worker"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ContinuousWorker::portraitReady, this, [this](const PortraitFrame& frame) {
        if (isCurrent(frame.request))
            emit portraitReady(frame);
    });
    connect(m_worker, &ContinuousWorker::frameReady, this, [this](const ContinuousFrame& frame) {
        if (isCurrent(frame.request))
            emit frameReady(frame);
    });
    connect(m_worker, &ContinuousWorker::controlFinished, this,
            [this](const ControlSummary& summary) {
                if (isCurrent(summary.request))
                    emit controlFinished(summary);
            });
    connect(m_worker, &ContinuousWorker::paretoReady, this, [this](const ParetoFrame& frame) {
        if (isCurrent(frame.request))
            emit paretoReady(frame);
    });
    connect(m_worker, &ContinuousWorker::settled, this, [this](quint64 request) {
        if (isCurrent(request))
            emit settled();
    });
    connect(m_worker, &ContinuousWorker::failed, this, &ContinuousController::failed);
    m_thread.start();
}

ContinuousController::~ContinuousController()
{
    m_worker->nextRequest();
    m_thread.quit();
    m_thread.wait();
}

const QThread* ContinuousController::lastComputeThread() const noexcept
{
    return m_worker->lastComputeThread();
}

void ContinuousController::load(const ContinuousLabSetup& setup)
{
    m_setup = setup;
    send(false);
}

void ContinuousController::update(const ContinuousLabSetup& setup)
{
    m_setup = setup;
    send(true);
}

void ContinuousController::send(bool keepStarts)
{
    m_request = m_worker->nextRequest();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, setup = m_setup, keepStarts, request = m_request] {
            worker->load(setup, keepStarts, request);
        },
        Qt::QueuedConnection);
}

void ContinuousController::launch(QPointF planePoint)
{
    // A controlled run starts over from the new point, so it is a new request.
    if (m_setup.controlled)
        m_request = m_worker->nextRequest();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, planePoint, request = m_request] {
            worker->launch(planePoint, request);
        },
        Qt::QueuedConnection);
}

void ContinuousController::replayRecording(int recording)
{
    m_request = m_worker->nextRequest();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, recording, request = m_request] {
            worker->replayRecording(recording, request);
        },
        Qt::QueuedConnection);
}

void ContinuousController::drag(QPointF from, QPointF to)
{
    if (m_setup.controlled)
        m_request = m_worker->nextRequest();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, from, to, request = m_request] { worker->drag(from, to, request); },
        Qt::QueuedConnection);
}

} // namespace hopfield::app
