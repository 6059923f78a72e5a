#pragma once

#include "gui/learning/BoltzmannController.h"
#include "gui/learning/LabPanel.h"

#include <vector>

class QDoubleSpinBox;
class QGridLayout;
class QSpinBox;

namespace hopfield::ui {
class NeuronGridView;
class XYChartView;
} // namespace hopfield::ui

namespace hopfield::app {

/// Boltzmann-machine learning, "the same algorithm at T = 1" (seed 000; SCIENCE.md
/// section 2): the moment-matching error ||<SS>_model - <SS>_data|| / N falling epoch by
/// epoch, and samples of the trained network at T = 1 beside examples of the data.
class BoltzmannPanel : public LabPanel {
    Q_OBJECT
public:
    explicit BoltzmannPanel(QWidget* parent = nullptr);

    void setSetup(const BoltzmannSetup& setup);
    BoltzmannSetup setup() const;
    void compute() override;
    void cancel() override;
    ui::XYChartView* view() const noexcept { return m_view; }
    const std::vector<double>& errors() const noexcept { return m_errors; }
    /// Data thumbnails in row 0, samples in row 1.
    const std::vector<ui::NeuronGridView*>& thumbnails() const noexcept { return m_thumbnails; }

signals:
    void shown();

private:
    void showSamples(int width, int height, const QVector<SpinGrid>& data,
                     const QVector<SpinGrid>& samples);
    void redraw();
    std::vector<ui::CsvColumn> csvColumns() const;
    /// One column of spins per data example and per sample.
    std::vector<ui::CsvColumn> thumbnailColumns() const;

    BoltzmannController m_controller;
    ui::XYChartView* m_view;
    QWidget* m_gallery;
    QGridLayout* m_galleryLayout;
    std::vector<ui::NeuronGridView*> m_thumbnails;
    QSpinBox* m_examples;
    QDoubleSpinBox* m_quality;
    QDoubleSpinBox* m_learningRate;
    QSpinBox* m_epochs;
    QSpinBox* m_seed;
    BoltzmannSetup m_requested;
    std::vector<double> m_errors;
    QVector<SpinGrid> m_data;
    QVector<SpinGrid> m_samples;
};

} // namespace hopfield::app
