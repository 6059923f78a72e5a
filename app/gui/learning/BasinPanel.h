#pragma once

#include "gui/learning/SweepPanel.h"

#include <memory>

class QDoubleSpinBox;
class QSpinBox;

namespace hopfield::ui {
class XYChartView;
}

namespace hopfield::app {

struct BasinSettings {
    int neurons = 200;
    int samples = 20;
    std::vector<double> loads{0.05, 0.1, 0.14};
    double histogramLoad = 0.14;
    int histogramSamples = 200;
    std::uint64_t seed = 1;
};

/// Basins of attraction of Hebb's network at T = 0: the fraction of starts at each noise
/// level that end on the target (|m| > 0.9) for a few loads, and the histogram of the
/// final overlaps of many samples at one load (from 10% noise): near alpha_c it splits
/// into retrieved (m ~ 1) and lost (m ~ 0.3) samples.
class BasinPanel : public SweepPanel {
    Q_OBJECT
public:
    explicit BasinPanel(std::shared_ptr<SweepCache> cache, QWidget* parent = nullptr);

    void setSettings(const BasinSettings& settings);
    BasinSettings settings() const;
    void compute() override;
    ui::XYChartView* basinView() const noexcept { return m_basins; }
    ui::XYChartView* histogramView() const noexcept { return m_histogram; }
    static std::vector<SweepJob> jobs(const BasinSettings& settings);

private:
    void draw(const SweepBatchResult& batch) override;
    std::vector<ui::CsvColumn> basinColumns() const;
    std::vector<ui::CsvColumn> histogramColumns() const;

    ui::XYChartView* m_basins;
    ui::XYChartView* m_histogram;
    QSpinBox* m_neurons;
    QSpinBox* m_samples;
    QDoubleSpinBox* m_histogramLoad;
    QSpinBox* m_seed;
    BasinSettings m_requested;
};

} // namespace hopfield::app
