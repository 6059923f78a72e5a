#pragma once

#include "analysis/SweepCache.h"
#include "gui/document/KeyedControls.h"

#include <QStringList>
#include <QWidget>
#include <memory>

class QTabWidget;

namespace hopfield::app {

class BasinPanel;
class BoltzmannPanel;
class CapacityPanel;
class DenseMemoryPanel;
class ExampleDiagramsPanel;
class ExamplesPanel;
class PhaseDiagramPanel;
class UnlearningPanel;

/// The "Learning & capacity" lab: the (alpha, T) phase diagram beside AGS theory,
/// capacity curves per learning rule, basins of attraction and overlap histograms,
/// Hebbian unlearning live, learning from examples and the dense associative memory.  The sweep
/// views share one SweepCache.
class LearningLab : public QWidget {
    Q_OBJECT
public:
    explicit LearningLab(QWidget* parent = nullptr);

    /// The demos that open this lab: "phase-diagram", "capacity", "basins", "unlearning",
    /// "boltzmann", "examples", "dense-memory".
    static QStringList demoNames();
    /// Shows the demo's view and starts a small computation in it (N and samples chosen
    /// so it finishes in a few seconds on two cores).
    void startDemo(const QString& name);

    PhaseDiagramPanel* phaseDiagram() const noexcept { return m_phaseDiagram; }
    CapacityPanel* capacity() const noexcept { return m_capacity; }
    BasinPanel* basins() const noexcept { return m_basins; }
    UnlearningPanel* unlearning() const noexcept { return m_unlearning; }
    BoltzmannPanel* boltzmann() const noexcept { return m_boltzmann; }
    ExamplesPanel* examples() const noexcept { return m_examples; }
    ExampleDiagramsPanel* exampleDiagrams() const noexcept { return m_exampleDiagrams; }
    DenseMemoryPanel* denseMemory() const noexcept { return m_denseMemory; }
    const std::shared_ptr<SweepCache>& cache() const noexcept { return m_cache; }
    /// What a session saves ("labs.learning"): "view" (a demo name) and each panel's
    /// controls under its demo name.  Applying sets the controls and computes nothing.
    KeyedControls& sessionControls() noexcept { return m_keyed; }

private:
    std::shared_ptr<SweepCache> m_cache;
    QTabWidget* m_views;
    PhaseDiagramPanel* m_phaseDiagram;
    CapacityPanel* m_capacity;
    BasinPanel* m_basins;
    UnlearningPanel* m_unlearning;
    BoltzmannPanel* m_boltzmann;
    ExamplesPanel* m_examples;
    ExampleDiagramsPanel* m_exampleDiagrams;
    DenseMemoryPanel* m_denseMemory;
    KeyedControls m_keyed;
};

} // namespace hopfield::app
