#pragma once

#include "CsvExport.h"
#include "gui/common/JobThread.h"
#include "gui/document/ControlIds.h"
#include "plasticity/PlasticitySweep.h"

#include <QWidget>
#include <functional>
#include <memory>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace hopfield::ui {
class XYChartView;
}

namespace hopfield::app {

/// The seed's "selectivity tuned by the memory factor": one BCM run per value of gamma
/// (or of the lateral strength s), every other setting as in the lab's controls, trained
/// on all cores by sweepPlasticity, cancellable, with progress and the time left; the
/// mean selectivity, the selected patterns S and the overlapping index beta against the
/// value swept.
class PlasticitySweepPanel : public QWidget {
    Q_OBJECT
public:
    using SettingsSource = std::function<PlasticitySettings()>;
    using DatasetSource = std::function<std::shared_ptr<const Dataset>()>;

    PlasticitySweepPanel(SettingsSource settings, DatasetSource dataset, QWidget* parent = nullptr);

    /// Sweeps `parameter` over `points` values from `from` to `to` (the controls' values
    /// when called from the button).
    void compute();
    /// The sweep's settings under their ids, for lessons (LessonControls).
    QList<LessonControl> lessonControls() const;
    void cancel();
    void setRange(SweepParameter parameter, double from, double to, int points);
    bool isBusy() const noexcept { return m_thread.isBusy(); }
    const std::vector<PlasticitySweepPoint>& points() const noexcept { return m_points; }
    ui::XYChartView* selectivityChart() const noexcept { return m_selectivity; }
    ui::XYChartView* overlapChart() const noexcept { return m_overlap; }

signals:
    void finished();

private:
    void showPoints(std::vector<PlasticitySweepPoint> points, SweepParameter parameter);
    std::vector<ui::CsvColumn> columns() const;

    SettingsSource m_settings;
    DatasetSource m_dataset;
    JobThread m_thread;
    QComboBox* m_parameter;
    QDoubleSpinBox* m_from;
    QDoubleSpinBox* m_to;
    QSpinBox* m_count;
    QSpinBox* m_epochs;
    QPushButton* m_compute;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_status;
    ui::XYChartView* m_selectivity;
    ui::XYChartView* m_overlap;
    std::vector<PlasticitySweepPoint> m_points;
    SweepParameter m_shown = SweepParameter::Memory;
};

} // namespace hopfield::app
