#pragma once

#include "gui/generative/RbmController.h"
#include "gui/learning/LabPanel.h"

#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace hopfield::ui {
class NeuronGridView;
class OverlapBarsView;
class XYChartView;
} // namespace hopfield::ui

namespace hopfield::app {

/// RBM <-> Hopfield (Barra, Bernacchia, Santucci, Contucci 2012; SCIENCE.md section 5):
/// the same memories as a Hopfield network and as its dual RBM side by side, the hidden
/// units' z_mu = m_mu live, their weight images and the machine's samples; Compute trains
/// an RBM by CD-k or PCD with the exact log-likelihood (N = 16) or the reconstruction error
/// epoch by epoch.
class RbmPanel : public LabPanel {
    Q_OBJECT
public:
    explicit RbmPanel(QWidget* parent = nullptr);

    void setTrainSetup(const RbmTrainSetup& setup);
    RbmTrainSetup trainSetup() const;
    RbmLiveSetup liveSetup() const;
    void run();
    /// Trains.
    void compute() override;
    void cancel() override;

    const RbmFrame& lastFrame() const noexcept { return m_last; }
    const std::vector<double>& logLikelihoods() const noexcept { return m_logLikelihood; }
    const std::vector<double>& reconstructionErrors() const noexcept { return m_reconstruction; }
    ui::XYChartView* curveView() const noexcept { return m_curve; }

signals:
    void runFinished();
    void trainingShown();

private:
    void showFrame(const RbmFrame& frame);
    void redrawCurve();
    std::vector<ui::CsvColumn> liveColumns() const;
    std::vector<ui::CsvColumn> curveColumns() const;

    RbmController m_controller;
    QLineEdit* m_letters;
    QDoubleSpinBox* m_temperature;
    QDoubleSpinBox* m_noise;
    QPushButton* m_runButton;
    QComboBox* m_data;
    QSpinBox* m_hidden;
    QComboBox* m_variant;
    QSpinBox* m_k;
    QSpinBox* m_epochs;
    QDoubleSpinBox* m_learningRate;
    QSpinBox* m_seed;
    ui::NeuronGridView* m_hopfieldView;
    ui::NeuronGridView* m_visibleView;
    ui::OverlapBarsView* m_hopfieldBars;
    ui::OverlapBarsView* m_hiddenBars;
    QLabel* m_weightCaption;
    QHBoxLayout* m_weightRow;
    QHBoxLayout* m_sampleRow;
    std::vector<ui::NeuronGridView*> m_weightViews;
    std::vector<ui::NeuronGridView*> m_sampleViews;
    ui::XYChartView* m_curve;
    RbmTrainSetup m_requested;
    RbmFrame m_last;
    std::vector<double> m_logLikelihood;
    std::vector<double> m_reconstruction;
};

} // namespace hopfield::app
