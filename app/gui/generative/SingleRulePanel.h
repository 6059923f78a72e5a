#pragma once

#include "gui/document/ControlIds.h"
#include "gui/generative/SingleRuleController.h"
#include "gui/learning/LabPanel.h"

#include <vector>

class QDoubleSpinBox;
class QHBoxLayout;
class QLabel;
class QSlider;
class QSpinBox;

namespace hopfield::ui {
class NeuronGridView;
class XYChartView;
} // namespace hopfield::ui

namespace hopfield::app {

/// One rule from memory to generation (seed 000): J <- J - lambda (<ss>_model,T - <ss>_data)
/// started from Hebb, trained at each T on the same data.  At T = 0 it is unlearning and
/// the memories become fixed points; at T = 1 it is Boltzmann learning and the network
/// generates data-like states, the exact KL(P_data || P_model) falling.  The slider picks
/// the T whose samples are shown.
class SingleRulePanel : public LabPanel {
    Q_OBJECT
public:
    explicit SingleRulePanel(QWidget* parent = nullptr);

    void setSetup(const SingleRuleSetup& setup);
    SingleRuleSetup setup() const;
    void compute() override;
    void cancel() override;
    /// The setup's fields under their ids, for lessons (LessonControls).
    QList<LessonControl> lessonControls() const;

    const SingleRuleResult& result() const noexcept { return m_result; }
    QSlider* temperatureSlider() const noexcept { return m_slider; }
    ui::XYChartView* stableView() const noexcept { return m_view; }
    ui::XYChartView* klView() const noexcept { return m_klView; }

signals:
    void shown();

private:
    void show(const SingleRuleResult& result);
    void showSamples(int index);
    std::vector<ui::CsvColumn> csvColumns() const;
    std::vector<ui::CsvColumn> sampleColumns() const;

    SingleRuleController m_controller;
    QSpinBox* m_side;
    QSpinBox* m_patterns;
    QSpinBox* m_examples;
    QDoubleSpinBox* m_flip;
    QDoubleSpinBox* m_temperatureStop;
    QDoubleSpinBox* m_temperatureStep;
    QSpinBox* m_epochs;
    QDoubleSpinBox* m_learningRate;
    QSpinBox* m_seed;
    ui::XYChartView* m_view;
    ui::XYChartView* m_klView;
    QSlider* m_slider;
    QLabel* m_sliderLabel;
    QHBoxLayout* m_dataRow;
    QHBoxLayout* m_sampleRow;
    std::vector<ui::NeuronGridView*> m_dataViews;
    std::vector<ui::NeuronGridView*> m_sampleViews;
    SingleRuleResult m_result;
};

} // namespace hopfield::app
