#pragma once

#include "CsvExport.h"
#include "gui/continuous/ContinuousController.h"
#include "gui/continuous/PortraitOverlay.h"
#include "gui/document/KeyedControls.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTabWidget;
class QToolButton;

namespace hopfield::ui {
class HeatMapView;
class StatusBadge;
class TimeSeriesChartView;
} // namespace hopfield::ui

namespace hopfield::app {

class ParameterSlider;

/// The "Continuous & control" lab (issue 5, views): the phase plane of a continuous or
/// controlled network with its field, nullclines, classified fixed points and energy; a
/// click launches an animated trajectory and a drag moves a start; time series of u(t),
/// E(t), |X(t)| and |xi(t)| of the latest trajectory; a preset picker and parameter sliders
/// recomputing live in the worker; for a controlled run the matrix A + xi(t) as it acts and
/// the outcome badge; exports of every view.  Wiring and drawing only: all numbers come
/// from ContinuousController's worker.
class ContinuousLab : public QWidget {
    Q_OBJECT
public:
    explicit ContinuousLab(QWidget* parent = nullptr);

    /// Opens preset `name` (see continuousPresetNames()); throws std::invalid_argument for
    /// an unknown one.
    void loadPreset(const QString& name);
    ContinuousController& controller() noexcept { return m_controller; }
    ui::HeatMapView* phasePlane() const noexcept { return m_plane; }
    ui::HeatMapView* couplingMatrix() const noexcept { return m_matrix; }
    /// The Pareto pair of a controlled preset: conservative mu (left), innovative (right).
    ui::HeatMapView* paretoView(bool conservative) const noexcept
    {
        return conservative ? m_paretoConservative : m_paretoInnovative;
    }
    const TrajectoryMap& trajectories() const noexcept { return m_trajectories; }
    /// The outcome badge's text ("" before a controlled run has been solved).
    QString outcomeText() const;
    /// The status line under the lab: how the charted trajectory ended, or an error.
    QString statusText() const;
    /// The latest controlled run's summary (for a recording sequence: its last recording,
    /// as hopfield-lab-cli control reports it).
    const ControlSummary& controlSummary() const noexcept { return m_summary; }
    /// Replays recording `recording` of a sequence alone (-1: all of them in order), as
    /// the recording picker does.
    void showRecording(int recording);
    /// The trajectories as CSV columns: trajectory, t, u1..uN, energy, speed, xi_norm.
    std::vector<ui::CsvColumn> trajectoryColumns() const;
    /// What a session saves ("labs.continuous"): the preset and the six parameters.
    /// Applying one is the user's choosing them: the worker recomputes.
    KeyedControls& sessionControls() noexcept { return m_keyed; }

signals:
    /// Every trajectory of the current setup has ended (the screenshot moment).
    void settled();

private:
    QWidget* buildControls();
    QWidget* buildCharts();
    QWidget* buildCentre();
    void buildExportMenu(QToolButton* button);
    void keepInSessions();
    void presetChosen(int index);
    /// The current setup from the preset's own starts: the user's trajectories dropped.
    void restart();
    void showSliders();
    void parametersChanged();
    void onPortrait(const PortraitFrame& frame);
    void onFrame(const ContinuousFrame& frame);
    void onControl(const ControlSummary& summary);
    void clearRun();
    void onPareto(const ParetoFrame& frame);
    void showCouplings(const Eigen::MatrixXd& couplings);
    void appendToCharts(const TrajectoryChunk& chunk);
    void resetCharts(const TrajectoryChunk& chunk);
    void redrawPlane();
    void exportFigure(QWidget* figure, const QString& name);
    void exportCsv();

    ContinuousController m_controller;
    ContinuousLabSetup m_setup;
    QComboBox* m_presets;
    QLabel* m_description;
    ParameterSlider* m_beta;
    ParameterSlider* m_input;
    ParameterSlider* m_lambda;
    ParameterSlider* m_mu;
    ParameterSlider* m_silent;
    ParameterSlider* m_strong;
    QWidget* m_controlBox;
    QComboBox* m_recordings;
    ControlSummary m_summary;
    ui::StatusBadge* m_badge;
    QLabel* m_controlFacts;
    ui::HeatMapView* m_plane;
    ui::HeatMapView* m_matrix;
    QTabWidget* m_centre;
    ui::HeatMapView* m_paretoConservative;
    ui::HeatMapView* m_paretoInnovative;
    ui::TimeSeriesChartView* m_potentials;
    ui::TimeSeriesChartView* m_energy;
    ui::TimeSeriesChartView* m_speed;
    QLabel* m_status;
    ui::PlotOverlay m_portraitOverlay;
    TrajectoryMap m_trajectories;
    int m_chartedTrajectory = -1;
    KeyedControls m_keyed;
};

} // namespace hopfield::app
