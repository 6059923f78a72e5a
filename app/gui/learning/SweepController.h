#pragma once

#include "analysis/AgsPhaseDiagram.h"
#include "analysis/Sweep.h"
#include "analysis/SweepCache.h"
#include "gui/common/JobThread.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace hopfield::app {

/// One sweep of a lab view: a label for the legend, the grid and the rule.
struct SweepJob {
    QString label;
    SweepParameters parameters;
    SweepRule rule;
};

/// The results of a batch of sweeps, in the order of the jobs, and the AGS theory lines
/// when they were asked for.
struct SweepBatchResult {
    std::vector<QString> labels;
    std::vector<SweepResult> results;
    std::optional<AgsPhaseDiagram> theory;
};

/// Runs batches of sweeps (on all cores, in its worker thread) for one view, through a
/// SweepCache shared by the views, so that a redraw, re-showing a view or asking for the
/// same grid again does not recompute.  Progress is the fraction of samples done over the
/// whole batch; a batch found entirely in the cache arrives without any engine run.
class SweepController : public QObject {
    Q_OBJECT
public:
    explicit SweepController(std::shared_ptr<SweepCache> cache, QObject* parent = nullptr);

    /// Runs `jobs`, and with theoryPoints > 0 the AGS lines with that many points each
    /// (agsPhaseDiagram), all in the worker.  Replaces (cancels) any batch under way.
    void compute(std::vector<SweepJob> jobs, int theoryPoints = 0);
    void cancel();
    bool isBusy() const noexcept { return m_thread.isBusy(); }
    const JobThread& jobThread() const noexcept { return m_thread; }
    /// Test hook: how many sweeps the engine actually ran (cache misses).
    int engineRuns() const noexcept { return m_engineRuns->load(); }

signals:
    void progress(double fraction);
    /// A sketch of the AGS lines at a few temperatures, a fraction of a second after
    /// compute(), while the full lines are solved; drawn, never kept.
    void theorySketchReady(const hopfield::AgsPhaseDiagram& sketch);
    /// The AGS lines, as soon as they are solved (before any sweep runs).
    void theoryReady(const hopfield::AgsPhaseDiagram& theory);
    /// Point `index` of job `job` has all its samples (not for points found in the cache).
    void pointReady(int job, std::size_t index, const hopfield::SweepPoint& point);
    void resultReady(const hopfield::app::SweepBatchResult& result);
    void failed(const QString& message);
    void busyChanged(bool busy);

private:
    std::shared_ptr<SweepCache> m_cache;
    std::shared_ptr<std::atomic<int>> m_engineRuns;
    JobThread m_thread;
};

} // namespace hopfield::app
