#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

namespace hopfield::app {

class RetrievalStudio;
struct RetrievalFrame;

/// Measures the studio live (hopfield-lab --measure-fps SECONDS): how often the network's
/// view is painted (frames per second on screen), how many frames the worker delivered,
/// and how fast the run advanced (sweeps per second), over `seconds` after a warm-up of
/// one second.  It only watches: paints through an event filter on the state view,
/// frames through the controller's signal.
class FrameRateMeter : public QObject {
    Q_OBJECT
public:
    FrameRateMeter(RetrievalStudio& studio, double seconds, QObject* parent = nullptr);

signals:
    /// One line of JSON: {"seconds", "neurons", "patterns", "frames_per_second",
    /// "frames_received_per_second", "sweeps_per_second", "sweeps_per_frame", ...}.
    void finished(const QString& json);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onFrame(const RetrievalFrame& frame);
    void begin();
    void end();

    RetrievalStudio& m_studio;
    double m_seconds;
    bool m_counting = false;
    QElapsedTimer m_clock;
    int m_paints = 0;
    int m_frames = 0;
    double m_lastTime = 0.0; ///< the run's time (sweeps) at the last frame
    double m_startTime = -1.0;
    int m_neurons = 0;
    int m_patterns = 0;
};

} // namespace hopfield::app
