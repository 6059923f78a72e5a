#pragma once

#include "gui/continuous/ContinuousFrames.h"
#include "gui/continuous/ContinuousLabSetup.h"

#include <QObject>
#include <QPointF>
#include <QThread>

namespace hopfield::app {

class ContinuousWorker;

/// The GUI side of the continuous lab: owns the worker thread, turns the user's intents
/// (a preset, a slider, a click or a drag on the phase plane) into queued calls on the
/// worker, and relays only the results of the latest request.  Never waits for the worker,
/// except to join its thread when destroyed.
class ContinuousController : public QObject {
    Q_OBJECT
public:
    explicit ContinuousController(QObject* parent = nullptr);
    /// Makes the work under way stale (a portrait or a control solve stops at its next
    /// check) and joins the thread.
    ~ContinuousController() override;

    const ContinuousLabSetup& setup() const noexcept { return m_setup; }
    const QThread* workerThread() const noexcept { return &m_thread; }
    /// Test hook: the thread of the worker's last engine computation.
    const QThread* lastComputeThread() const noexcept;

public slots:
    /// A new preset (or the same one afresh): its own starts.
    void load(const hopfield::app::ContinuousLabSetup& setup);
    /// New parameters for the current preset: the portrait is recomputed and the user's
    /// starts run again.
    void update(const hopfield::app::ContinuousLabSetup& setup);
    /// A trajectory from a point of the plane (for a controlled run: a new start, solved).
    void launch(QPointF planePoint);
    void drag(QPointF from, QPointF to);
    /// Replays one recording of the solved controlled run (-1: all of a sequence, in
    /// order), without solving again.
    void replayRecording(int recording);

signals:
    void portraitReady(const hopfield::app::PortraitFrame& frame);
    void frameReady(const hopfield::app::ContinuousFrame& frame);
    void controlFinished(const hopfield::app::ControlSummary& summary);
    void paretoReady(const hopfield::app::ParetoFrame& frame);
    /// Every trajectory of the latest request has ended.
    void settled();
    void failed(const QString& message);

private:
    void send(bool keepStarts);
    bool isCurrent(quint64 request) const { return request == m_request; }

    QThread m_thread;
    ContinuousWorker* m_worker;
    ContinuousLabSetup m_setup;
    quint64 m_request = 0;
};

} // namespace hopfield::app
