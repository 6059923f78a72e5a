#pragma once

#include "gui/common/JobThread.h"
#include "learning/ExampleLearning.h"

#include <QObject>
#include <QString>
#include <cstdint>
#include <vector>

namespace hopfield::app {

/// What the learning-from-examples view runs: K random archetypes of N neurons, and for
/// each M in `examples` a fresh dataset of M examples per archetype at quality r.
struct ExampleCurveSetup {
    int neurons = 400;
    int archetypes = 10; ///< load K/N = 0.025: near the low-load theory line
    double quality = 0.4;
    std::vector<int> examples{1, 2, 3, 5, 8, 12, 20, 30, 50, 80, 120};
    std::uint64_t seed = 1;
};

/// Runs exampleLearningCurve one M at a time in its worker thread, posting each point as
/// it is done (live progress; cancel between points).
class ExampleCurveController : public QObject {
    Q_OBJECT
public:
    explicit ExampleCurveController(QObject* parent = nullptr);

    void start(const ExampleCurveSetup& setup);
    void cancel();

signals:
    void pointReady(const hopfield::ExampleCurvePoint& point, double fractionDone);
    void finished();
    void failed(const QString& message);
    void busyChanged(bool busy);

private:
    JobThread m_thread;
};

} // namespace hopfield::app
