#pragma once

#include "gui/generative/BamController.h"
#include "gui/learning/LabPanel.h"

#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QPushButton;
class QSpinBox;

namespace hopfield::ui {
class NeuronGridView;
class OverlapBarsView;
class TimeSeriesChartView;
class XYChartView;
} // namespace hopfield::ui

namespace hopfield::app {

/// Kosko's bidirectional associative memory (SCIENCE.md sections 5 and 8): letters paired
/// with digits, one half of a pair corrupted, the two layers side by side reverberating
/// live with their overlaps and the energy E = -s^T W tau along the run; Compute sweeps
/// the capacity over alpha = P/N for equal layers.
class BamPanel : public LabPanel {
    Q_OBJECT
public:
    explicit BamPanel(QWidget* parent = nullptr);

    void setRunSetup(const BamRunSetup& setup);
    BamRunSetup runSetup() const;
    void setCapacitySetup(const BamCapacitySetup& setup);
    BamCapacitySetup capacitySetup() const;
    /// Starts a live run with the current controls.
    void run();
    /// The capacity sweep.
    void compute() override;
    void cancel() override;

    const BamFrame& lastFrame() const noexcept { return m_last; }
    const BamCapacityResult& capacity() const noexcept { return m_capacity; }
    ui::NeuronGridView* firstLayer() const noexcept { return m_first; }
    ui::NeuronGridView* secondLayer() const noexcept { return m_second; }
    ui::XYChartView* capacityView() const noexcept { return m_capacityView; }

signals:
    /// A live run has ended (a fixed point or its last step).
    void runFinished(bool retrieved);
    void capacityShown();

private:
    void showFrame(const BamFrame& frame);
    void showCapacity(const BamCapacityResult& result);
    void refillCues();
    std::vector<ui::CsvColumn> runColumns() const;
    std::vector<ui::CsvColumn> capacityColumns() const;

    BamController m_controller;
    QSpinBox* m_pairs;
    QComboBox* m_cue;
    QComboBox* m_cueLayer;
    QDoubleSpinBox* m_noise;
    QComboBox* m_update;
    QDoubleSpinBox* m_temperature;
    QPushButton* m_runButton;
    QSpinBox* m_neurons;
    QDoubleSpinBox* m_alphaStop;
    QSpinBox* m_trials;
    QSpinBox* m_seed;
    ui::NeuronGridView* m_first;
    ui::NeuronGridView* m_second;
    ui::OverlapBarsView* m_firstBars;
    ui::OverlapBarsView* m_secondBars;
    ui::TimeSeriesChartView* m_energy;
    ui::XYChartView* m_capacityView;
    BamRunSetup m_running;
    BamFrame m_last;
    std::vector<BamFrame> m_history; ///< overlaps and energy per step, for the CSV
    BamCapacityResult m_capacity;
    BamCapacitySetup m_sweepRequested;
};

} // namespace hopfield::app
