#include "gui/continuous/ContinuousLab.h"

#include "CsvExport.h"
#include "FigureExport.h"
#include "HeatMapView.h"
#include "Palette.h"
#include "StatusBadge.h"
#include "TimeSeriesChartView.h"
#include "gui/continuous/ParameterSlider.h"

#include <QComboBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonValue>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>
#include <stdexcept>

namespace hopfield::app {
namespace {

/// Ranges of the sliders: beta from gentle to nearly binary gains (the presets use 2 to
/// 10), |I| up to the couplings' scale, and the control weights of SCIENCE.md section 6
/// (mu spans the authors' 5e-4 to the conservative 0.95 and beyond, so logarithmically).
constexpr double kBetaMin = 0.5;
constexpr double kBetaMax = 20.0;
constexpr double kInputMax = 1.0;
constexpr double kLambdaMax = 1.0;
constexpr double kMuMin = 1e-4;
constexpr double kBoundMax = 1.0;
/// Matrices up to this size show their entries as numbers in the cells.
constexpr int kMaxLabelledMatrix = 6;

QColor outcomeColor(const QString& outcome)
{
    if (outcome == QLatin1String("recognised"))
        return ui::palette::success();
    if (outcome == QLatin1String("recorded"))
        return ui::palette::notable();
    if (outcome == QLatin1String("limit-cycle"))
        return ui::palette::warning();
    return ui::palette::neutral();
}

QString presetTitle(const QString& name)
{
    if (isControlPresetName(name))
        return QStringLiteral("%1 (controlled)").arg(name);
    return name;
}

QString presetDescription(const QString& name)
{
    if (isControlPresetName(name))
        return QString::fromStdString(controlPreset(name.toStdString()).description);
    return QString::fromStdString(odePreset(name.toStdString()).description);
}

} // namespace

ContinuousLab::ContinuousLab(QWidget* parent)
    : QWidget(parent), m_presets(new QComboBox), m_description(new QLabel),
      m_beta(new ParameterSlider(QStringLiteral("β"), kBetaMin, kBetaMax)),
      m_input(new ParameterSlider(QStringLiteral("I"), -kInputMax, kInputMax)),
      m_lambda(new ParameterSlider(QStringLiteral("λ"), 0.0, kLambdaMax)),
      m_mu(new ParameterSlider(QStringLiteral("μ"), kMuMin, 1.0, true)),
      m_silent(new ParameterSlider(QStringLiteral("k"), 0.0, kBoundMax)),
      m_strong(new ParameterSlider(QStringLiteral("K"), 0.0, kBoundMax)),
      m_controlBox(new QGroupBox(tr("Optimal control"))), m_recordings(new QComboBox),
      m_badge(new ui::StatusBadge), m_controlFacts(new QLabel), m_plane(new ui::HeatMapView),
      m_matrix(new ui::HeatMapView), m_centre(new QTabWidget),
      m_paretoConservative(new ui::HeatMapView), m_paretoInnovative(new ui::HeatMapView),
      m_status(new QLabel)
{
    setObjectName(QStringLiteral("continuousLab"));
    m_plane->setObjectName(QStringLiteral("phasePlane"));
    m_plane->setAspectLocked(true);
    m_matrix->setObjectName(QStringLiteral("couplingMatrix"));
    m_matrix->setColorMap(ui::ColorMap::Kind::Diverging);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(buildControls());
    splitter->addWidget(buildCentre());
    splitter->addWidget(buildCharts());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({320, 600, 360});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(&m_controller, &ContinuousController::portraitReady, this, &ContinuousLab::onPortrait);
    connect(&m_controller, &ContinuousController::frameReady, this, &ContinuousLab::onFrame);
    connect(&m_controller, &ContinuousController::controlFinished, this, &ContinuousLab::onControl);
    connect(&m_controller, &ContinuousController::paretoReady, this, &ContinuousLab::onPareto);
    connect(&m_controller, &ContinuousController::settled, this, &ContinuousLab::settled);
    connect(&m_controller, &ContinuousController::failed, m_status, &QLabel::setText);
    connect(m_plane, &ui::HeatMapView::clicked, &m_controller, &ContinuousController::launch);
    connect(m_plane, &ui::HeatMapView::dragged, &m_controller, &ContinuousController::drag);
    loadPreset(m_presets->itemData(0).toString());
    keepInSessions();
}

QWidget* ContinuousLab::buildControls()
{
    auto* panel = new QWidget;
    panel->setMinimumWidth(300);
    panel->setMaximumWidth(360);
    auto* layout = new QVBoxLayout(panel);
    for (const QString& name : continuousPresetNames())
        m_presets->addItem(presetTitle(name), name);
    m_presets->setObjectName(QStringLiteral("presetPicker"));
    connect(m_presets, &QComboBox::activated, this, &ContinuousLab::presetChosen);
    m_description->setWordWrap(true);
    layout->addWidget(new QLabel(tr("Preset")));
    layout->addWidget(m_presets);
    layout->addWidget(m_description);
    layout->addWidget(m_beta);
    layout->addWidget(m_input);

    auto* controlLayout = new QVBoxLayout(m_controlBox);
    for (ParameterSlider* slider : {m_lambda, m_mu, m_silent, m_strong})
        controlLayout->addWidget(slider);
    m_badge->setObjectName(QStringLiteral("outcomeBadge"));
    controlLayout->addWidget(m_badge);
    m_recordings->setObjectName(QStringLiteral("recordingPicker"));
    m_recordings->setToolTip(tr("A sequence of recordings: replay all of them in order, or one"));
    connect(m_recordings, &QComboBox::activated, this,
            [this](int index) { showRecording(index - 1); });
    controlLayout->addWidget(m_recordings);
    m_controlFacts->setWordWrap(true);
    controlLayout->addWidget(m_controlFacts);
    m_matrix->setMinimumSize(270, 210);
    m_matrix->setAspectLocked(true);
    m_matrix->setLabels(
        {tr("A + ξ(t)"), tr("column j (from)"), tr("row i (onto)"), tr("coupling")});
    controlLayout->addWidget(m_matrix, 1);
    layout->addWidget(m_controlBox, 1);

    for (ParameterSlider* slider : {m_beta, m_input, m_lambda, m_mu, m_silent, m_strong})
        connect(slider, &ParameterSlider::valueChanged, this, &ContinuousLab::parametersChanged);

    auto* resetButton = new QPushButton(tr("Reset starts"));
    resetButton->setToolTip(
        tr("Drop the clicked trajectories and run the preset's own starts again"));
    connect(resetButton, &QPushButton::clicked, this, &ContinuousLab::restart);
    layout->addWidget(resetButton);
    auto* exportButton = new QToolButton;
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    buildExportMenu(exportButton);
    layout->addWidget(exportButton);
    layout->addStretch();
    auto* hint = new QLabel(tr("Click the plane to launch a trajectory; drag a start to move it."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    return panel;
}

QWidget* ContinuousLab::buildCentre()
{
    m_centre->addTab(m_plane, tr("Phase plane"));
    // One above the other: side by side, two aspect-locked planes would each get a third
    // of the width they need.
    auto* pareto = new QWidget;
    auto* layout = new QVBoxLayout(pareto);
    for (ui::HeatMapView* view : {m_paretoConservative, m_paretoInnovative}) {
        view->setAspectLocked(true);
        view->setLegendCorner(Qt::TopLeftCorner);
        view->setMinimumSize(280, 240);
        layout->addWidget(view, 1);
    }
    m_centre->addTab(pareto, tr("Pareto μ: conservative vs innovative"));
    return m_centre;
}

QWidget* ContinuousLab::buildCharts()
{
    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    m_potentials = new ui::TimeSeriesChartView(tr("Potentials of the latest trajectory"),
                                               {tr("time t"), tr("uᵢ(t)")});
    m_energy = new ui::TimeSeriesChartView(tr("Energy"), {tr("time t"), tr("E(t)")});
    m_speed = new ui::TimeSeriesChartView(tr("Speed and control"), {tr("time t"), tr("norm")});
    m_speed->setSeriesNames({tr("|X(t)|")});
    m_energy->setSeriesNames({tr("E")});
    for (ui::TimeSeriesChartView* chart : {m_potentials, m_energy, m_speed}) {
        chart->setMinimumSize(300, 180);
        layout->addWidget(chart, 1);
    }
    return panel;
}

void ContinuousLab::buildExportMenu(QToolButton* button)
{
    auto* menu = new QMenu(button);
    menu->addAction(tr("Phase plane (PNG/SVG/PDF)…"), this,
                    [this] { exportFigure(m_plane, QStringLiteral("phase-plane")); });
    menu->addAction(tr("Potentials chart…"), this,
                    [this] { exportFigure(m_potentials, QStringLiteral("potentials")); });
    menu->addAction(tr("Energy chart…"), this,
                    [this] { exportFigure(m_energy, QStringLiteral("energy")); });
    menu->addAction(tr("Speed and control chart…"), this,
                    [this] { exportFigure(m_speed, QStringLiteral("speed")); });
    menu->addAction(tr("Coupling matrix A + ξ…"), this,
                    [this] { exportFigure(m_matrix, QStringLiteral("couplings")); });
    menu->addAction(tr("Pareto: conservative μ…"), this, [this] {
        exportFigure(m_paretoConservative, QStringLiteral("pareto-conservative"));
    });
    menu->addAction(tr("Pareto: innovative μ…"), this, [this] {
        exportFigure(m_paretoInnovative, QStringLiteral("pareto-innovative"));
    });
    menu->addSeparator();
    menu->addAction(tr("Trajectories (CSV)…"), this, &ContinuousLab::exportCsv);
    button->setMenu(menu);
}

void ContinuousLab::keepInSessions()
{
    // The preset first: choosing it sets the parameters to its own, which the saved ones
    // then replace, kept exactly (not at the nearest slider position).  Only a change is
    // applied, as a user's move would be, and recomputed in the worker.
    m_keyed.addChoice(
        QStringLiteral("preset"), continuousPresetNames(),
        [this] { return QJsonValue(m_setup.preset); },
        [this](const QJsonValue& value) {
            if (value.toString() != m_setup.preset)
                loadPreset(value.toString());
        });
    const auto parameter = [this](const QString& key, double low, double high,
                                  double ContinuousLabSetup::*field) {
        m_keyed.addNumber(
            key, low, high, false, [this, field] { return QJsonValue(m_setup.*field); },
            [this, field](const QJsonValue& value) {
                if (value.toDouble() == m_setup.*field)
                    return;
                m_setup.*field = value.toDouble();
                showSliders();
                if (m_setup.controlled)
                    m_badge->setBadge(tr("solving…"), ui::palette::neutral());
                m_controller.update(m_setup);
            });
    };
    parameter(QStringLiteral("beta"), kBetaMin, kBetaMax, &ContinuousLabSetup::beta);
    parameter(QStringLiteral("input"), -kInputMax, kInputMax, &ContinuousLabSetup::input);
    parameter(QStringLiteral("lambda"), 0.0, kLambdaMax, &ContinuousLabSetup::lambda);
    parameter(QStringLiteral("mu"), kMuMin, 1.0, &ContinuousLabSetup::mu);
    parameter(QStringLiteral("k"), 0.0, kBoundMax, &ContinuousLabSetup::silentBound);
    parameter(QStringLiteral("K"), 0.0, kBoundMax, &ContinuousLabSetup::strongBound);
    m_keyed.rememberDefaults();
}

void ContinuousLab::loadPreset(const QString& name)
{
    const int index = m_presets->findData(name);
    if (index < 0)
        throw std::invalid_argument(
            "unknown preset '" + name.toStdString() + "'; the presets are: " +
            continuousPresetNames().join(QStringLiteral(", ")).toStdString());
    m_presets->setCurrentIndex(index);
    presetChosen(index);
}

void ContinuousLab::presetChosen(int index)
{
    const QString name = m_presets->itemData(index).toString();
    m_setup = defaultContinuousSetup(name);
    m_description->setText(presetDescription(name));
    showSliders();
    restart();
}

void ContinuousLab::clearRun()
{
    m_trajectories.clear();
    m_chartedTrajectory = -1;
    m_status->clear();
    for (ui::TimeSeriesChartView* chart : {m_potentials, m_energy, m_speed})
        chart->clearPoints();
}

void ContinuousLab::showRecording(int recording)
{
    if (m_summary.sequence.isEmpty())
        return;
    m_recordings->setCurrentIndex(recording + 1);
    clearRun();
    redrawPlane();
    m_controller.replayRecording(recording);
}

void ContinuousLab::restart()
{
    clearRun();
    m_portraitOverlay = {};
    m_summary = {};
    m_recordings->clear();
    m_recordings->setVisible(false);
    m_badge->setBadge(m_setup.controlled ? tr("solving…") : QString(), ui::palette::neutral());
    m_controlFacts->clear();
    m_centre->setCurrentWidget(m_plane);
    m_centre->setTabEnabled(1, m_setup.controlled);
    for (ui::HeatMapView* view : {m_paretoConservative, m_paretoInnovative}) {
        view->setGrid({});
        view->setOverlay({});
        view->setLabels({});
    }
    m_speed->setSeriesNames(m_setup.controlled ? QStringList{tr("|X(t)|"), tr("|ξ(t)|")}
                                               : QStringList{tr("|X(t)|")});
    // E of the network as it stands: defined while A + xi(t) is symmetric.
    m_energy->setSeriesNames({m_setup.controlled ? tr("E of A + ξ(t)") : tr("E")});
    m_controller.load(m_setup);
}

QString ContinuousLab::statusText() const
{
    return m_status->text();
}

void ContinuousLab::showSliders()
{
    m_beta->setValue(m_setup.beta);
    m_input->setValue(m_setup.input);
    m_input->setVisible(!m_setup.controlled);
    m_controlBox->setVisible(m_setup.controlled);
    m_lambda->setValue(m_setup.lambda);
    m_mu->setValue(m_setup.mu);
    m_silent->setValue(m_setup.silentBound);
    m_strong->setValue(m_setup.strongBound);
}

void ContinuousLab::parametersChanged()
{
    m_setup.beta = m_beta->value();
    m_setup.input = m_input->value();
    m_setup.lambda = m_lambda->value();
    m_setup.mu = m_mu->value();
    m_setup.strongBound = m_strong->value();
    m_setup.silentBound = std::min(m_silent->value(), m_setup.strongBound);
    if (m_setup.controlled)
        m_badge->setBadge(tr("solving…"), ui::palette::neutral());
    m_controller.update(m_setup);
}

void ContinuousLab::onPortrait(const PortraitFrame& frame)
{
    m_plane->setGrid(heatMapGridOf(frame.heat));
    m_plane->setColorMap(ui::ColorMap::Kind::Viridis);
    QString model = m_setup.controlled ? tr("A + ξ(t), t = %1").arg(frame.time, 0, 'f', 1)
                                       : presetTitle(m_setup.preset);
    if (!frame.stage.isEmpty())
        model = frame.stage + QStringLiteral(", ") + model;
    m_plane->setLabels({tr("Phase plane: %1").arg(model), frame.axisA, frame.axisB,
                        frame.heatIsEnergy ? tr("energy E") : tr("log₁₀ |X| (speed)")});
    m_portraitOverlay = portraitOverlay(frame);
    m_plane->setLegendCorner(quietestCorner(frame));
    // A plain model's portrait comes before its trajectories start, so renaming (which
    // drops the points) loses nothing.  Hopfield's E still has a value for asymmetric T,
    // but it may rise: say so.
    if (!m_setup.controlled)
        m_energy->setSeriesNames({frame.heatIsEnergy ? tr("E (Lyapunov: never rises)")
                                                     : tr("E (not a Lyapunov function here)")});
    redrawPlane();
}

void ContinuousLab::onFrame(const ContinuousFrame& frame)
{
    for (const TrajectoryChunk& chunk : frame.chunks) {
        m_trajectories[chunk.id].append(chunk);
        const bool restarted = !chunk.times.isEmpty() && chunk.times.front() == 0.0;
        if (restarted)
            resetCharts(chunk);
        if (chunk.id == m_chartedTrajectory)
            appendToCharts(chunk);
        if (chunk.finished && chunk.id == m_chartedTrajectory)
            m_status->setText(tr("Trajectory %1 ended at t = %2: %3")
                                  .arg(chunk.id + 1)
                                  .arg(m_trajectories[chunk.id].times.back(), 0, 'f', 2)
                                  .arg(chunk.status));
    }
    if (frame.couplings.size() > 0)
        showCouplings(frame.couplings);
    redrawPlane();
}

void ContinuousLab::resetCharts(const TrajectoryChunk& chunk)
{
    // The charts follow the latest trajectory to start: a new click or a moved start.
    m_chartedTrajectory = chunk.id;
    QStringList names;
    for (int i = 0; i < chunk.potentials.front().size(); ++i)
        names << QStringLiteral("u%1").arg(i + 1);
    m_potentials->setSeriesNames(names);
    m_energy->clearPoints();
    m_speed->clearPoints();
}

void ContinuousLab::appendToCharts(const TrajectoryChunk& chunk)
{
    for (int k = 0; k < chunk.times.size(); ++k) {
        const double t = chunk.times[k];
        m_potentials->appendPoint(t, chunk.potentials[k]);
        if (std::isfinite(chunk.energy[k]))
            m_energy->appendPoint(t, {chunk.energy[k]});
        if (chunk.controlled)
            m_speed->appendPoint(t, {chunk.speed[k], chunk.control[k]});
        else
            m_speed->appendPoint(t, {chunk.speed[k]});
    }
}

void ContinuousLab::showCouplings(const Eigen::MatrixXd& couplings)
{
    const int n = static_cast<int>(couplings.rows());
    ui::HeatMapGrid grid;
    grid.nx = n;
    grid.ny = n;
    grid.x0 = 0.5;
    grid.x1 = n + 0.5;
    grid.y0 = 0.5;
    grid.y1 = n + 0.5;
    grid.values.resize(static_cast<std::size_t>(n) * n);
    ui::PlotOverlay overlay;
    // Row i of the matrix is drawn at height n - i, so the first row is on top as printed.
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            grid.values[static_cast<std::size_t>(n - 1 - i) * n + j] = couplings(i, j);
            if (n > kMaxLabelledMatrix)
                continue;
            ui::PlotMarker value;
            value.position = QPointF(j + 1 - 0.35, n - i);
            value.size = 0.0;
            value.color = Qt::transparent;
            value.text = QString::number(couplings(i, j), 'f', 2);
            overlay.markers.push_back(value);
        }
    }
    m_matrix->setGrid(grid);
    // A fixed, symmetric range, so that colours mean the same coupling from frame to frame.
    const double reach = std::max(1.0, couplings.cwiseAbs().maxCoeff());
    m_matrix->setValueRange(-reach, reach);
    m_matrix->setOverlay(overlay);
}

void ContinuousLab::onControl(const ControlSummary& summary)
{
    m_badge->setBadge(summary.outcome, outcomeColor(summary.outcome));
    QString facts = tr("cost J = %1\nmax |ξ| existing %2, silent %3")
                        .arg(summary.cost, 0, 'g', 4)
                        .arg(summary.maxControlExisting, 0, 'f', 3)
                        .arg(summary.maxControlSilent, 0, 'f', 3);
    if (summary.equilibrium.size() > 0) {
        QStringList entries;
        for (double value : summary.equilibrium)
            entries << QString::number(value, 'f', 3);
        facts += tr("\nequilibrium u = (%1)").arg(entries.join(QStringLiteral(", ")));
    }
    if (summary.period > 0.0)
        facts += tr("\nperiod %1").arg(summary.period, 0, 'g', 4);
    if (!summary.sequence.isEmpty()) {
        facts = tr("Last recording: ") + facts + tr("\nRecordings (A ← A + ξ∞ each):\n") +
                summary.sequence.join(QLatin1Char('\n'));
        m_recordings->clear();
        m_recordings->addItem(tr("Replay all %n recordings in order", nullptr,
                                 static_cast<int>(summary.sequence.size())));
        for (int k = 0; k < summary.sequence.size(); ++k)
            m_recordings->addItem(tr("Replay recording %1 alone").arg(k + 1));
        m_recordings->setVisible(true);
    }
    m_summary = summary;
    m_controlFacts->setText(facts);
}

void ContinuousLab::onPareto(const ParetoFrame& frame)
{
    auto show = [](ui::HeatMapView* view, const ParetoSide& side, const QString& kind) {
        view->setGrid(heatMapGridOf(side.portrait.heat));
        view->setLabels(
            {tr("%1 μ = %2: %3").arg(kind).arg(side.mu).arg(side.outcome), side.portrait.axisA,
             side.portrait.axisB,
             side.portrait.heatIsEnergy ? tr("energy E of A + ξ∞") : tr("log₁₀ |X| of A + ξ∞")});
        // Small planes: no nullclines, and a legend of the path alone (the main plane's
        // legend explains the fixed points' colours).
        ui::PlotOverlay overlay = portraitOverlay(side.portrait);
        std::erase_if(overlay.lines,
                      [](const ui::PlotLine& line) { return line.style == Qt::DashLine; });
        for (ui::PlotLine& line : overlay.lines)
            line.label.clear();
        for (ui::PlotMarker& marker : overlay.markers)
            marker.label.clear();
        overlay.lines.push_back({side.path, ui::palette::series(1), 2.6, Qt::SolidLine,
                                 tr("controlled path, J = %1").arg(side.cost, 0, 'g', 3)});
        view->setOverlay(overlay);
    };
    show(m_paretoConservative, frame.conservative, tr("Conservative"));
    show(m_paretoInnovative, frame.innovative, tr("Innovative"));
}

QString ContinuousLab::outcomeText() const
{
    return m_badge->text();
}

void ContinuousLab::redrawPlane()
{
    m_plane->setOverlay(phasePlaneOverlay(m_portraitOverlay, m_trajectories));
}

std::vector<ui::CsvColumn> ContinuousLab::trajectoryColumns() const
{
    int neurons = 0;
    for (const auto& [id, trajectory] : m_trajectories)
        if (!trajectory.potentials.isEmpty())
            neurons = std::max(neurons, static_cast<int>(trajectory.potentials.front().size()));
    std::vector<ui::CsvColumn> columns;
    columns.push_back({QStringLiteral("trajectory"), {}});
    columns.push_back({QStringLiteral("t"), {}});
    for (int i = 0; i < neurons; ++i)
        columns.push_back({QStringLiteral("u%1").arg(i + 1), {}});
    for (const char* name : {"energy", "speed", "xi_norm"})
        columns.push_back({QString::fromLatin1(name), {}});
    for (const auto& [id, trajectory] : m_trajectories) {
        for (int k = 0; k < trajectory.times.size(); ++k) {
            columns[0].values.push_back(id + 1);
            columns[1].values.push_back(trajectory.times[k]);
            for (int i = 0; i < neurons; ++i)
                columns[static_cast<std::size_t>(2 + i)].values.push_back(
                    i < trajectory.potentials[k].size() ? trajectory.potentials[k][i] : NAN);
            const std::size_t tail = static_cast<std::size_t>(2 + neurons);
            columns[tail].values.push_back(trajectory.energy[k]);
            columns[tail + 1].values.push_back(trajectory.speed[k]);
            columns[tail + 2].values.push_back(trajectory.controlled ? trajectory.control[k] : NAN);
        }
    }
    return columns;
}

void ContinuousLab::exportFigure(QWidget* figure, const QString& name)
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export figure"), name + QStringLiteral(".png"),
        tr("PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    double dpi = 300.0;
    if (ui::figure::formatForPath(path) == ui::figure::Format::Png) {
        bool accepted = false;
        dpi = QInputDialog::getInt(this, tr("PNG resolution"), tr("Dots per inch:"), 300, 72, 1200,
                                   50, &accepted);
        if (!accepted)
            return;
    }
    const QString error = ui::figure::write(*figure, path, {{}, dpi, name});
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
}

void ContinuousLab::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export trajectories"), QStringLiteral("trajectories.csv"), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = ui::csv::write(path, trajectoryColumns());
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace hopfield::app
