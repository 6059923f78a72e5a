#pragma once

#include "analysis/SweepCache.h"

#include <QStringList>
#include <QWidget>
#include <memory>

class QTabWidget;

namespace hopfield::app {

class BasinPanel;
class CapacityPanel;
class PhaseDiagramPanel;
class UnlearningPanel;

/// The "Learning & capacity" lab: the (alpha, T) phase diagram beside AGS theory,
/// capacity curves per learning rule, basins of attraction and overlap histograms, and
/// Hebbian unlearning live.  The sweep views share one SweepCache.
class LearningLab : public QWidget {
    Q_OBJECT
public:
    explicit LearningLab(QWidget* parent = nullptr);

    /// The demos that open this lab: "phase-diagram", "capacity", "basins", "unlearning".
    static QStringList demoNames();
    /// Shows the demo's view and starts a small computation in it (N and samples chosen
    /// so it finishes in a few seconds on two cores).
    void startDemo(const QString& name);

    PhaseDiagramPanel* phaseDiagram() const noexcept { return m_phaseDiagram; }
    CapacityPanel* capacity() const noexcept { return m_capacity; }
    BasinPanel* basins() const noexcept { return m_basins; }
    UnlearningPanel* unlearning() const noexcept { return m_unlearning; }
    const std::shared_ptr<SweepCache>& cache() const noexcept { return m_cache; }

private:
    std::shared_ptr<SweepCache> m_cache;
    QTabWidget* m_views;
    PhaseDiagramPanel* m_phaseDiagram;
    CapacityPanel* m_capacity;
    BasinPanel* m_basins;
    UnlearningPanel* m_unlearning;
};

} // namespace hopfield::app
