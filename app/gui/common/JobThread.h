#pragma once

#include "gui/common/LatestRequest.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>

namespace hopfield::app {

/// A worker thread for one kind of lab job (a sweep, a learning run): the GUI thread hands
/// it a job, the job runs there and posts its progress and result back as value copies
/// through post(), which drops anything from a job that has since been replaced or
/// cancelled.  Nothing numerical runs on the GUI thread and nothing waits for the worker,
/// except the destructor, which cancels and joins.
class JobThread : public QObject {
    Q_OBJECT
public:
    /// What a job sees: its cancel flag, and a way to run code on the GUI thread (in the
    /// owner's context) as long as the job is still the current one.
    class Context {
    public:
        bool cancelled() const noexcept { return m_cancel->load(); }
        const std::atomic<bool>* cancelFlag() const noexcept { return m_cancel.get(); }
        void post(std::function<void()> onGuiThread) const;

    private:
        friend class JobThread;
        JobThread* m_owner = nullptr;
        std::shared_ptr<std::atomic<bool>> m_cancel;
        quint64 m_generation = 0;
    };
    using Job = std::function<void(const Context&)>;

    explicit JobThread(QObject* parent = nullptr);
    /// Cancels the job and joins the thread.
    ~JobThread() override;

    /// Cancels any current job and queues `job` on the worker thread.
    void start(Job job);
    /// Sets the current job's cancel flag; its later posts are dropped.
    void cancel();
    bool isBusy() const noexcept { return m_busy; }
    const QThread* thread() const noexcept { return &m_thread; }

signals:
    void busyChanged(bool busy);

private:
    void setBusy(bool busy);

    QThread m_thread;
    QObject* m_worker; ///< lives in m_thread: queued jobs run in its context
    std::shared_ptr<std::atomic<bool>> m_cancel;
    LatestRequest m_latest;
    bool m_busy = false;
};

} // namespace hopfield::app
