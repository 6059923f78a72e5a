#pragma once

#include "HeatMapGrid.h"
#include "gui/learning/SweepPanel.h"

#include <array>
#include <memory>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace hopfield::ui {
class HeatMapView;
}

namespace hopfield::app {

/// What the example diagrams sweep: couplings learnt from M examples of each archetype
/// (supervised or not), the archetype 0 from 10% noise, over an (alpha, T) grid, once for
/// each dataset entropy of ExampleDiagramsPanel::kEntropies.
struct ExampleDiagramsSettings {
    bool supervised = true;
    int examples = 20; ///< M per archetype
    int neurons = 200;
    int samples = 2;
    double alphaStop = 0.2;
    double alphaStep = 0.02;
    double temperatureStop = 1.0;
    double temperatureStep = 0.1;
    std::uint64_t seed = 1;
};

/// Learning from examples at finite load and temperature (seed 001; SCIENCE.md section 3):
/// the Monte-Carlo retrieval overlap <m> with the archetype over (alpha, T) at dataset
/// entropy rho = (1 - r^2)/(M r^2) = 0, 0.1 and 0.2, three heat maps side by side (at low
/// load and T = 0, m = erf(1/sqrt(2 rho)): 1, 0.9984, 0.975).  The
/// sweeps are hopfield-lab-cli sweep --rule examples-supervised|examples-unsupervised
/// --examples M --entropy rho (examplesSweepRule), run by SweepController.
class ExampleDiagramsPanel : public SweepPanel {
    Q_OBJECT
public:
    static constexpr std::array<double, 3> kEntropies = {0.0, 0.1, 0.2};

    explicit ExampleDiagramsPanel(std::shared_ptr<SweepCache> cache, QWidget* parent = nullptr);

    void setSettings(const ExampleDiagramsSettings& settings);
    ExampleDiagramsSettings settings() const;
    void compute() override;

    ui::HeatMapView* view(int diagram) const
    {
        return m_views.at(static_cast<std::size_t>(diagram));
    }
    /// The last computed sweeps, one per entropy of kEntropies; empty before the first.
    const std::vector<SweepResult>& results() const noexcept { return m_results; }
    /// The jobs compute() hands the controller for `settings`, in kEntropies order.
    static std::vector<SweepJob> jobs(const ExampleDiagramsSettings& settings);

private:
    void draw(const SweepBatchResult& batch) override;
    void showPoint(int job, std::size_t index, const SweepPoint& point);
    std::vector<ui::CsvColumn> csvColumns(int diagram) const;

    std::array<ui::HeatMapView*, kEntropies.size()> m_views{};
    std::array<ui::HeatMapGrid, kEntropies.size()> m_grids;
    QComboBox* m_rule;
    QSpinBox* m_examples;
    QSpinBox* m_neurons;
    QSpinBox* m_samples;
    QDoubleSpinBox* m_alphaStop;
    QDoubleSpinBox* m_alphaStep;
    QDoubleSpinBox* m_temperatureStop;
    QDoubleSpinBox* m_temperatureStep;
    QSpinBox* m_seed;
    SweepParameters m_requested; ///< of the last compute(): the one whose result arrives
    std::vector<SweepResult> m_results;
};

} // namespace hopfield::app
