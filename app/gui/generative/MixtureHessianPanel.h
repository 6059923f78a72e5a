#pragma once

#include "gui/common/JobThread.h"
#include "gui/learning/LabPanel.h"

#include <QVector>
#include <vector>

class QSpinBox;
class QDoubleSpinBox;

namespace hopfield::ui {
class XYChartView;
}

namespace hopfield::app {

/// The mixture Hessian's eigenvalues against T (seed 001's eigenspaces I, II, III; AGS
/// 1985; MixtureStability.h): the symmetric n-mixture is a minimum where all three are
/// positive, and loses stability where the lowest changes sign (T = 0.460 for n = 3).
class MixtureHessianPanel : public LabPanel {
    Q_OBJECT
public:
    explicit MixtureHessianPanel(QWidget* parent = nullptr);

    void compute() override;
    void cancel() override;

    ui::XYChartView* view() const noexcept { return m_view; }
    /// T, then the curvatures I, II, III, per computed temperature.
    const std::vector<std::vector<double>>& curve() const noexcept { return m_curve; }
    double stabilityTemperature() const noexcept { return m_stability; }

signals:
    void shown();

private:
    void show(int order, const std::vector<std::vector<double>>& curve, double stability);
    std::vector<ui::CsvColumn> csvColumns() const;

    JobThread m_thread;
    QSpinBox* m_order;
    QDoubleSpinBox* m_temperatureStop;
    QSpinBox* m_points;
    ui::XYChartView* m_view;
    std::vector<std::vector<double>> m_curve;
    double m_stability = 0.0;
};

} // namespace hopfield::app
