#pragma once

#include "gui/learning/LabPanel.h"
#include "gui/learning/UnlearningController.h"

#include <QTimer>
#include <optional>
#include <vector>

class QDoubleSpinBox;
class QSpinBox;

namespace hopfield::ui {
class XYChartView;
}

namespace hopfield::app {

/// Hebbian unlearning live (Hopfield, Feinstein and Palmer 1983; SCIENCE.md section 2):
/// against the number of dreams, the fraction of stored patterns that are fixed points, the
/// smallest stability min Delta, and the fraction of dreams ending in a stored pattern
/// rather than a spurious state; D_in, D_top and D_fin marked once known.  The y axis
/// stops at -1.5: past D_fin min Delta plunges to about -4, which would flatten the rest.
class UnlearningPanel : public LabPanel {
    Q_OBJECT
public:
    explicit UnlearningPanel(QWidget* parent = nullptr);

    void setSetup(const UnlearningSetup& setup);
    UnlearningSetup setup() const;
    void compute() override;
    void cancel() override;
    ui::XYChartView* view() const noexcept { return m_view; }
    const std::vector<UnlearningProgress>& history() const noexcept { return m_history; }

signals:
    void shown();

private:
    void redraw();
    std::vector<ui::CsvColumn> csvColumns() const;

    UnlearningController m_controller;
    ui::XYChartView* m_view;
    QSpinBox* m_neurons;
    QSpinBox* m_patterns;
    QDoubleSpinBox* m_lambda;
    QSpinBox* m_dreams;
    QSpinBox* m_seed;
    std::vector<UnlearningProgress> m_history;
    std::optional<UnlearningMilestones> m_milestones;
    QTimer m_redraw; ///< the chart is rebuilt at most ten times a second
    bool m_dirty = false;
};

} // namespace hopfield::app
