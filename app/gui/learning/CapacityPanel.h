#pragma once

#include "gui/learning/SweepPanel.h"

#include <memory>

class QDoubleSpinBox;
class QSpinBox;

namespace hopfield::ui {
class XYChartView;
}

namespace hopfield::app {

struct CapacitySettings {
    int neurons = 100;
    int samples = 6;
    double alphaStop = 0.6;
    double alphaStep = 0.05;
    double noise = 0.1;
    std::uint64_t seed = 1;
};

/// Capacity curves: the final overlap against the load alpha at T = 0, from `noise`, one
/// curve per rule (Hebb, pseudo-inverse, Storkey, after unlearning, dense memory x^3),
/// with one standard deviation as error bars.
class CapacityPanel : public SweepPanel {
    Q_OBJECT
public:
    explicit CapacityPanel(std::shared_ptr<SweepCache> cache, QWidget* parent = nullptr);

    void setSettings(const CapacitySettings& settings);
    CapacitySettings settings() const;
    void compute() override;
    ui::XYChartView* view() const noexcept { return m_view; }
    static std::vector<SweepJob> jobs(const CapacitySettings& settings);

private:
    void draw(const SweepBatchResult& batch) override;

    ui::XYChartView* m_view;
    QSpinBox* m_neurons;
    QSpinBox* m_samples;
    QDoubleSpinBox* m_alphaStop;
    QDoubleSpinBox* m_noise;
    QSpinBox* m_seed;
};

} // namespace hopfield::app
