#pragma once

#include "HeatMapGrid.h"
#include "gui/learning/SweepPanel.h"

#include <memory>
#include <optional>

class QDoubleSpinBox;
class QSpinBox;

namespace hopfield::ui {
class HeatMapView;
}

namespace hopfield::app {

/// What the phase diagram sweeps: Hebb couplings, pattern 0 from 10% noise, over an
/// (alpha, T) grid.
struct PhaseDiagramSettings {
    int neurons = 400;
    int samples = 4;
    double alphaStart = 0.01;
    double alphaStop = 0.2;
    double alphaStep = 0.01;
    double temperatureStop = 1.5;
    double temperatureStep = 0.05;
    std::uint64_t seed = 1;
};

/// The (alpha, T) phase diagram of AGS 1987 (SCIENCE.md section 1): the Monte-Carlo
/// retrieval overlap <m> as a heat map, with the replica-symmetric lines on top: T_g
/// (spin glass below), T_M (retrieval states appear below) and T_c (they become the
/// global minima), and alpha_c at T = 0.  Compute sets the axes to the requested ranges
/// and draws the theory at once; the cells fill in as their points finish.
class PhaseDiagramPanel : public SweepPanel {
    Q_OBJECT
public:
    explicit PhaseDiagramPanel(std::shared_ptr<SweepCache> cache, QWidget* parent = nullptr);

    void setSettings(const PhaseDiagramSettings& settings);
    PhaseDiagramSettings settings() const;
    void compute() override;

    ui::HeatMapView* view() const noexcept { return m_view; }
    /// The jobs compute() hands the controller for `settings` (one Hebb sweep).
    static SweepJob job(const PhaseDiagramSettings& settings);
    /// Draws the sweep CSV at `path` (computed elsewhere: `hopfield-lab-cli sweep`, or the
    /// `merge` of a sweep run in shards on a cluster) in place of the computed diagram,
    /// under the theory lines; the Import CSV button asks for the file.  A bad file keeps
    /// the diagram and puts one line naming the problem in the status line.  Returns
    /// whether the file was drawn.
    bool importCsv(const QString& path);

private:
    void draw(const SweepBatchResult& batch) override;
    /// Draws the full lines and keeps them for the next compute().
    void showTheory(const AgsPhaseDiagram& theory);
    /// Draws lines (the sketch, or the full ones) on the diagram.
    void drawTheory(const AgsPhaseDiagram& theory);
    void showPoint(int job, std::size_t index, const SweepPoint& point);
    std::vector<ui::CsvColumn> csvColumns() const;

    ui::HeatMapView* m_view;
    QSpinBox* m_neurons;
    QSpinBox* m_samples;
    QDoubleSpinBox* m_alphaStop;
    QDoubleSpinBox* m_alphaStep;
    QDoubleSpinBox* m_temperatureStop;
    QDoubleSpinBox* m_temperatureStep;
    QSpinBox* m_seed;
    SweepParameters m_requested; ///< of the last compute(): the one whose result arrives
    std::optional<SweepResult> m_result;
    ui::HeatMapGrid m_grid; ///< the requested ranges; NaN (blank) until a cell is computed
    std::optional<AgsPhaseDiagram> m_theory;
};

} // namespace hopfield::app
