#include "gui/window/FrameRateMeter.h"

#include "gui/retrieval/view/RetrievalStudio.h"

#include <QEvent>
#include <QTimer>

namespace hopfield::app {
namespace {

/// Startup (building the patterns, the first layout) is not what is measured.
constexpr int kWarmUpMs = 1000;

} // namespace

FrameRateMeter::FrameRateMeter(RetrievalStudio& studio, double seconds, QObject* parent)
    : QObject(parent), m_studio(studio), m_seconds(seconds)
{
    studio.stateView()->installEventFilter(this);
    connect(&studio.controller(), &RetrievalController::frameReady, this, &FrameRateMeter::onFrame);
    QTimer::singleShot(kWarmUpMs, this, &FrameRateMeter::begin);
}

bool FrameRateMeter::eventFilter(QObject* watched, QEvent* event)
{
    if (m_counting && event->type() == QEvent::Paint)
        ++m_paints;
    return QObject::eventFilter(watched, event);
}

void FrameRateMeter::onFrame(const RetrievalFrame& frame)
{
    m_lastTime = frame.time();
    m_neurons = static_cast<int>(frame.spins.size());
    m_patterns = static_cast<int>(frame.overlaps.size());
    if (!m_counting)
        return;
    if (m_startTime < 0.0)
        m_startTime = m_lastTime;
    ++m_frames;
}

void FrameRateMeter::begin()
{
    m_counting = true;
    m_startTime = -1.0;
    m_clock.start();
    QTimer::singleShot(static_cast<int>(m_seconds * 1000.0), this, &FrameRateMeter::end);
}

void FrameRateMeter::end()
{
    m_counting = false;
    const double elapsed = static_cast<double>(m_clock.nsecsElapsed()) * 1e-9;
    const double sweeps = m_startTime < 0.0 ? 0.0 : m_lastTime - m_startTime;
    const double paintsPerSecond = m_paints / elapsed;
    emit finished(QStringLiteral("{\"seconds\": %1, \"neurons\": %2, \"patterns\": %3, "
                                 "\"frames_per_second\": %4, "
                                 "\"frames_received_per_second\": %5, "
                                 "\"sweeps_per_second\": %6, \"sweeps_per_frame\": %7}")
                      .arg(elapsed, 0, 'f', 3)
                      .arg(m_neurons)
                      .arg(m_patterns)
                      .arg(paintsPerSecond, 0, 'f', 2)
                      .arg(m_frames / elapsed, 0, 'f', 2)
                      .arg(sweeps / elapsed, 0, 'f', 2)
                      .arg(m_paints > 0 ? sweeps / m_paints : 0.0, 0, 'f', 3));
}

} // namespace hopfield::app
