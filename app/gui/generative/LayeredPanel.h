#pragma once

#include "gui/generative/LayeredController.h"
#include "gui/learning/LabPanel.h"

#include <vector>

class QDoubleSpinBox;
class QGridLayout;
class QPushButton;
class QSpinBox;

namespace hopfield::ui {
class HeatMapView;
class NeuronGridView;
class TimeSeriesChartView;
} // namespace hopfield::ui

namespace hopfield::app {

/// Layered networks that split mixtures (TAM; SCIENCE.md sections 5 and 8): the L layers
/// side by side, live, each with its overlaps with the three patterns over time, and the
/// map over (lambda, T) of how often the layers separate the mixture, on every core.
class LayeredPanel : public LabPanel {
    Q_OBJECT
public:
    explicit LayeredPanel(QWidget* parent = nullptr);

    void setRunSetup(const LayeredRunSetup& setup);
    LayeredRunSetup runSetup() const;
    void setMapSetup(const SeparationMapSetup& setup);
    SeparationMapSetup mapSetup() const;
    void run();
    /// The separation map.
    void compute() override;
    void cancel() override;

    const std::vector<ui::NeuronGridView*>& layerViews() const noexcept { return m_layerViews; }
    const std::vector<ui::TimeSeriesChartView*>& overlapCharts() const noexcept
    {
        return m_overlapCharts;
    }
    const LayeredFrame& lastFrame() const noexcept { return m_last; }
    const SeparationMapFrame& map() const noexcept { return m_map; }
    ui::HeatMapView* mapView() const noexcept { return m_mapView; }

signals:
    void runFinished(bool separated);
    void mapRowShown(int rowsDone);
    void mapShown();

private:
    void buildLayers(int layers);
    void showFrame(const LayeredFrame& frame);
    void showMap(const SeparationMapFrame& map);
    std::vector<ui::CsvColumn> runColumns() const;
    std::vector<ui::CsvColumn> mapColumns() const;

    LayeredController m_controller;
    QSpinBox* m_side;
    QSpinBox* m_layers;
    QDoubleSpinBox* m_lambda;
    QDoubleSpinBox* m_temperature;
    QDoubleSpinBox* m_field;
    QSpinBox* m_sweeps;
    QPushButton* m_runButton;
    QDoubleSpinBox* m_lambdaStop;
    QDoubleSpinBox* m_temperatureStop;
    QDoubleSpinBox* m_mapStep;
    QSpinBox* m_trials;
    QSpinBox* m_seed;
    QGridLayout* m_layerGrid;
    std::vector<ui::NeuronGridView*> m_patternViews; ///< xi^1, xi^2, xi^3, chi
    std::vector<ui::NeuronGridView*> m_layerViews;
    std::vector<ui::TimeSeriesChartView*> m_overlapCharts;
    ui::HeatMapView* m_mapView;
    LayeredRunSetup m_running;
    LayeredFrame m_last;
    std::vector<LayeredFrame> m_history; ///< for the CSV (overlaps per sweep)
    SeparationMapSetup m_mapRequested;
    SeparationMapFrame m_map;
};

} // namespace hopfield::app
