#pragma once

#include "gui/learning/SweepPanel.h"

#include <memory>

class QDoubleSpinBox;
class QLabel;
class QSlider;
class QSpinBox;

namespace hopfield::ui {
class XYChartView;
}

namespace hopfield::app {

struct DenseMemorySettings {
    /// The slider's position above the powers 2..6: the exponential F(x) = e^x.
    static constexpr int kExponential = 7;

    int neurons = 60;
    int order = 3; ///< n of F(x) = x^n, 2..6, or kExponential
    /// beta of the modern (softmax) network drawn beside them; 0 leaves it out.
    double modernBeta = 1.0;
    int samples = 8;
    double loadStop = 2.0; ///< P up to loadStop * N (SweepParameters::kMaxLoad at most)
    std::uint64_t seed = 1;
};

/// Dense associative memory (Krotov and Hopfield 2016; SCIENCE.md section 4): the fraction
/// of retrievals from 10% noise against the number of stored patterns P, for the order n
/// (or the exponential F) chosen on the slider beside Hopfield's n = 2, so that P > N is
/// seen to work; and the modern softmax network (Ramsauer et al. 2020) at the chosen beta,
/// which retrieves in one step at beta = 1 and melts into averages as beta falls.
class DenseMemoryPanel : public SweepPanel {
    Q_OBJECT
public:
    explicit DenseMemoryPanel(std::shared_ptr<SweepCache> cache, QWidget* parent = nullptr);

    void setSettings(const DenseMemorySettings& settings);
    DenseMemorySettings settings() const;
    void compute() override;
    ui::XYChartView* view() const noexcept { return m_view; }
    static std::vector<SweepJob> jobs(const DenseMemorySettings& settings);

private:
    void draw(const SweepBatchResult& batch) override;

    ui::XYChartView* m_view;
    QSlider* m_order;
    QLabel* m_orderText;
    QSpinBox* m_neurons;
    QDoubleSpinBox* m_modernBeta;
    QSpinBox* m_samples;
    QSpinBox* m_seed;
    DenseMemorySettings m_requested;
};

} // namespace hopfield::app
