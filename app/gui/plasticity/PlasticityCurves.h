#pragma once

#include "gui/plasticity/PlasticityFrame.h"

#include <QWidget>
#include <optional>
#include <vector>

namespace hopfield::ui {
class TimeSeriesChartView;
class XYChartView;
} // namespace hopfield::ui

namespace hopfield::app {

/// The curves of a run, all against the same clock (epochs trained): the mean threshold
/// theta beside the mean <y^2> it tracks (BCM), the mean selectivity and the number of
/// patterns selected (as fractions of the patterns), the overlapping index beta, the
/// read-out accuracy on the held-out split beside the raw-pixel read-out, and the
/// histogram of the units' selectivities at the latest evaluation.
class PlasticityCurves : public QWidget {
    Q_OBJECT
public:
    explicit PlasticityCurves(QWidget* parent = nullptr);

    void showFrame(const PlasticityFrame& frame);
    void setPixelAccuracy(std::optional<double> accuracy);
    void clear();

    ui::TimeSeriesChartView* thresholdChart() const noexcept { return m_threshold; }
    ui::XYChartView* selectivityChart() const noexcept { return m_selectivity; }
    ui::XYChartView* overlapChart() const noexcept { return m_overlap; }
    ui::XYChartView* accuracyChart() const noexcept { return m_accuracy; }
    ui::XYChartView* histogramChart() const noexcept { return m_histogram; }

signals:
    void exported(const QString& path, const QString& error);

private:
    struct Evaluation {
        double epochs;
        double meanSelectivity; ///< alpha / N
        double selected;        ///< S / N
        double overlap;         ///< beta
        std::optional<double> accuracy;
    };
    void redraw();

    std::vector<Evaluation> m_evaluations;
    std::vector<int> m_lastSelectivity;
    int m_patterns = 0;
    std::optional<double> m_pixelAccuracy;
    ui::TimeSeriesChartView* m_threshold;
    ui::XYChartView* m_selectivity;
    ui::XYChartView* m_overlap;
    ui::XYChartView* m_accuracy;
    ui::XYChartView* m_histogram;
};

} // namespace hopfield::app
