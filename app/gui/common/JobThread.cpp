#include "gui/common/JobThread.h"

#include <QMetaObject>

namespace hopfield::app {

void JobThread::Context::post(std::function<void()> onGuiThread) const
{
    // Queued into the owner's (GUI) thread; a destroyed owner drops the call, and the
    // generation check drops results of a job that is no longer current.
    JobThread* owner = m_owner;
    const quint64 generation = m_generation;
    const auto cancel = m_cancel;
    QMetaObject::invokeMethod(
        owner,
        [owner, generation, cancel, call = std::move(onGuiThread)] {
            if (owner->m_latest.isCurrent(generation) && !cancel->load())
                call();
        },
        Qt::QueuedConnection);
}

JobThread::JobThread(QObject* parent)
    : QObject(parent), m_worker(new QObject), m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

JobThread::~JobThread()
{
    m_cancel->store(true);
    m_thread.quit();
    m_thread.wait();
}

void JobThread::start(Job job)
{
    cancel();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    Context context;
    context.m_owner = this;
    context.m_cancel = m_cancel;
    context.m_generation = m_latest.next();
    setBusy(true);
    QMetaObject::invokeMethod(
        m_worker,
        [this, context, job = std::move(job)] {
            if (!context.cancelled())
                job(context);
            // The job's own posts come first (same queue), then this one ends it.
            const quint64 generation = context.m_generation;
            QMetaObject::invokeMethod(
                this,
                [this, generation] {
                    if (m_latest.isCurrent(generation))
                        setBusy(false);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void JobThread::cancel()
{
    m_cancel->store(true);
    m_latest.supersede();
    setBusy(false);
}

void JobThread::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace hopfield::app
