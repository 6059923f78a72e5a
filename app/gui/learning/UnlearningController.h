#pragma once

#include "gui/common/JobThread.h"
#include "learning/HebbianUnlearning.h"

#include <QObject>
#include <QString>
#include <cstdint>

namespace hopfield::app {

/// What the unlearning view runs: P random patterns of N neurons, then Hebbian unlearning.
struct UnlearningSetup {
    int neurons = 100;
    int patterns = 30;
    double lambda = 0.01;
    int dreams = 4500; ///< 1.5 P / lambda: past D_fin ~ (1.2 to 1.4) P / lambda
    std::uint64_t seed = 1;
};

/// Runs Hebbian unlearning in its worker thread, reporting every progress record as a value
/// copy as it comes (about 100 a run), then the milestones D_in, D_top, D_fin.
class UnlearningController : public QObject {
    Q_OBJECT
public:
    explicit UnlearningController(QObject* parent = nullptr);

    void start(const UnlearningSetup& setup);
    void cancel();
    bool isBusy() const noexcept { return m_thread.isBusy(); }

signals:
    void progress(const hopfield::UnlearningProgress& progress, double fractionDone);
    void finished(const hopfield::UnlearningMilestones& milestones);
    void failed(const QString& message);
    void busyChanged(bool busy);

private:
    JobThread m_thread;
};

} // namespace hopfield::app
