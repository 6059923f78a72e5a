#pragma once

#include "gui/learning/ExampleCurveController.h"
#include "gui/learning/LabPanel.h"

#include <vector>

class QDoubleSpinBox;
class QSpinBox;

namespace hopfield::ui {
class XYChartView;
}

namespace hopfield::app {

/// Learning an archetype from noisy examples (seed 001; SCIENCE.md section 3): against the
/// number M of examples per archetype, the overlap of the attractor reached from each
/// archetype, with a teacher (supervised) and without (unsupervised), beside the low-load
/// theory erf(1/sqrt(2 rho)) with rho = (1 - r^2)/(M r^2), and the fraction of examples
/// that are still fixed points: the archetype takes over as the examples stop being stable.
class ExamplesPanel : public LabPanel {
    Q_OBJECT
public:
    explicit ExamplesPanel(QWidget* parent = nullptr);

    void setSetup(const ExampleCurveSetup& setup);
    ExampleCurveSetup setup() const;
    void compute() override;
    void cancel() override;
    ui::XYChartView* view() const noexcept { return m_view; }
    const std::vector<ExampleCurvePoint>& points() const noexcept { return m_points; }

signals:
    void shown();

private:
    void redraw();
    std::vector<ui::CsvColumn> csvColumns() const;

    ExampleCurveController m_controller;
    ui::XYChartView* m_view;
    QSpinBox* m_neurons;
    QSpinBox* m_archetypes;
    QDoubleSpinBox* m_quality;
    QSpinBox* m_seed;
    ExampleCurveSetup m_requested;
    std::vector<ExampleCurvePoint> m_points;
};

} // namespace hopfield::app
