#include "gui/generative/LayeredPanel.h"

#include "HeatMapView.h"
#include "NeuronGridView.h"
#include "TimeSeriesChartView.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace hopfield::app {

LayeredPanel::LayeredPanel(QWidget* parent)
    : LabPanel(tr("L layers store the same patterns; inside a layer the couplings are Hebb's, "
                  "between layers −λ times Hebb, and a field H sgn(ξ¹ + ξ² + ξ³) acts on "
                  "every layer, each started in that 3-mixture (the chord). With a little "
                  "noise the layers split it into its notes; at T = 0 the mixture stays. "
                  "Compute maps how often they separate over (λ, T) on every core."),
               parent)
{
    m_side = addIntegerControl(QStringLiteral("side"), tr("Grid side (N = side²)"), 10, 40);
    m_layers = addIntegerControl(QStringLiteral("layers"), tr("Layers L"), 1, 5);
    m_lambda = addNumberControl(QStringLiteral("lambda"), tr("Inter-layer λ"), 0.0, 1.0, 0.05, 2);
    m_temperature =
        addNumberControl(QStringLiteral("temperature"), tr("Temperature T"), 0.0, 2.0, 0.05, 2);
    m_field = addNumberControl(QStringLiteral("field"), tr("Field H"), 0.0, 1.0, 0.05, 2);
    m_sweeps = addIntegerControl(QStringLiteral("sweeps"), tr("Sweeps"), 1, 2000, 10);
    m_runButton = new QPushButton(tr("Run layers"));
    m_runButton->setObjectName(QStringLiteral("runLayers"));
    controls()->addRow(m_runButton);
    controls()->addRow(new QLabel(tr("<b>Separation map</b> (Compute, N = 200)")));
    m_lambdaStop = addNumberControl(QStringLiteral("lambda-stop"), tr("λ up to"), 0.1, 1.0, 0.1, 2);
    m_temperatureStop =
        addNumberControl(QStringLiteral("temperature-stop"), tr("T up to"), 0.1, 2.0, 0.1, 2);
    m_mapStep =
        addNumberControl(QStringLiteral("map-step"), tr("Step of λ and T"), 0.01, 0.5, 0.01, 2);
    m_trials = addIntegerControl(QStringLiteral("trials"), tr("Trials per point"), 1, 100);
    m_seed = addIntegerControl(QStringLiteral("seed"), tr("Seed"), 0, 1'000'000);
    setRunSetup({});
    setMapSetup({});

    auto* layers = new QWidget;
    layers->setObjectName(QStringLiteral("layeredLayers"));
    layers->setAutoFillBackground(true);
    m_layerGrid = new QGridLayout(layers);
    const QStringList names{tr("ξ¹"), tr("ξ²"), tr("ξ³"), tr("χ = sgn(ξ¹+ξ²+ξ³)")};
    auto* patternRow = new QHBoxLayout;
    for (const QString& name : names) {
        auto* view = new ui::NeuronGridView;
        view->setCaption(name);
        view->setMaximumHeight(110);
        patternRow->addWidget(view);
        m_patternViews.push_back(view);
    }
    m_layerGrid->addLayout(patternRow, 0, 0, 1, 5);
    buildLayers(m_running.layers);
    addFigure(
        layers, [this] { return runColumns(); }, QStringLiteral("layered-run"), 3);

    m_mapView = new ui::HeatMapView;
    m_mapView->setObjectName(QStringLiteral("separationMap"));
    m_mapView->setColorMap(ui::ColorMap::Kind::Viridis);
    m_mapView->setValueRange(0.0, 1.0);
    m_mapView->setLabels(
        {tr("How often the layers separate"), tr("λ"), tr("T"), tr("fraction separated")});
    addFigure(
        m_mapView, [this] { return mapColumns(); }, QStringLiteral("separation-map"), 2);

    connect(m_runButton, &QPushButton::clicked, this, &LayeredPanel::run);
    connect(&m_controller, &LayeredController::frameReady, this, &LayeredPanel::showFrame);
    connect(&m_controller, &LayeredController::mapProgress, this, &LayeredPanel::setProgress);
    connect(&m_controller, &LayeredController::mapRowReady, this,
            [this](const SeparationMapFrame& map) {
                showMap(map);
                emit mapRowShown(map.rowsDone);
            });
    connect(&m_controller, &LayeredController::mapDone, this,
            [this](const SeparationMapFrame& map) {
                showMap(map);
                setStatus(tr("%1 × %2 points × %3 trials, N = %4")
                              .arg(map.lambdas.size())
                              .arg(map.temperatures.size())
                              .arg(m_mapRequested.trials)
                              .arg(m_mapRequested.neurons));
                emit mapShown();
            });
    connect(&m_controller, &LayeredController::mapBusyChanged, this, &LayeredPanel::setBusy);
    connect(&m_controller, &LayeredController::failed, this, &LayeredPanel::setStatus);
}

void LayeredPanel::buildLayers(int layers)
{
    for (auto* view : m_layerViews)
        delete view;
    for (auto* chart : m_overlapCharts)
        delete chart;
    m_layerViews.clear();
    m_overlapCharts.clear();
    for (int a = 0; a < layers; ++a) {
        auto* view = new ui::NeuronGridView;
        view->setCaption(tr("layer %1").arg(a + 1));
        auto* chart = new ui::TimeSeriesChartView(tr("layer %1").arg(a + 1),
                                                  {tr("sweep"), tr("m"), -0.2, 1.0, 0.2, 10.0});
        chart->setSeriesNames({tr("m¹"), tr("m²"), tr("m³")});
        chart->setMinimumWidth(120);
        m_layerGrid->addWidget(view, 1, a);
        m_layerGrid->addWidget(chart, 2, a);
        m_layerViews.push_back(view);
        m_overlapCharts.push_back(chart);
    }
    m_layerGrid->setRowStretch(1, 2);
    m_layerGrid->setRowStretch(2, 3);
}

void LayeredPanel::setRunSetup(const LayeredRunSetup& setup)
{
    m_running = setup;
    m_side->setValue(setup.side);
    m_layers->setValue(setup.layers);
    m_lambda->setValue(setup.lambda);
    m_temperature->setValue(setup.temperature);
    m_field->setValue(setup.field);
    m_sweeps->setValue(setup.sweeps);
    m_seed->setValue(static_cast<int>(setup.seed));
}

LayeredRunSetup LayeredPanel::runSetup() const
{
    LayeredRunSetup setup = m_running;
    setup.side = m_side->value();
    setup.layers = m_layers->value();
    setup.lambda = m_lambda->value();
    setup.temperature = m_temperature->value();
    setup.field = m_field->value();
    setup.sweeps = m_sweeps->value();
    setup.seed = static_cast<std::uint64_t>(m_seed->value());
    return setup;
}

void LayeredPanel::setMapSetup(const SeparationMapSetup& setup)
{
    m_mapRequested = setup;
    m_lambdaStop->setValue(setup.lambdaStop);
    m_temperatureStop->setValue(setup.temperatureStop);
    m_mapStep->setValue(setup.lambdaStep);
    m_trials->setValue(setup.trials);
    m_seed->setValue(static_cast<int>(setup.seed));
}

SeparationMapSetup LayeredPanel::mapSetup() const
{
    SeparationMapSetup setup = m_mapRequested; // N, sweeps and the field are not controls
    setup.lambdaStop = m_lambdaStop->value();
    setup.temperatureStop = m_temperatureStop->value();
    setup.lambdaStep = m_mapStep->value();
    setup.temperatureStep = m_mapStep->value();
    setup.trials = m_trials->value();
    setup.seed = static_cast<std::uint64_t>(m_seed->value());
    setup.field = m_field->value();
    setup.layers = m_layers->value();
    return setup;
}

void LayeredPanel::run()
{
    m_running = runSetup();
    m_history.clear();
    if (static_cast<int>(m_layerViews.size()) != m_running.layers)
        buildLayers(m_running.layers);
    for (auto* chart : m_overlapCharts)
        chart->clearPoints();
    setStatus(tr("Running %1 layers…").arg(m_running.layers));
    m_controller.run(m_running);
}

void LayeredPanel::compute()
{
    m_mapRequested = mapSetup();
    m_map = {};
    setStatus(tr("Mapping (λ, T)…"));
    m_controller.computeMap(m_mapRequested);
}

void LayeredPanel::cancel()
{
    m_controller.cancelMap();
    setStatus(tr("Cancelled"));
}

void LayeredPanel::showFrame(const LayeredFrame& frame)
{
    if (frame.layers.size() != static_cast<int>(m_layerViews.size()))
        return;
    m_last = frame;
    m_history.push_back(frame);
    for (int k = 0; k < frame.patterns.size() && k < static_cast<int>(m_patternViews.size()); ++k)
        m_patternViews[static_cast<std::size_t>(k)]->setGrid(frame.side, frame.side,
                                                             frame.patterns[k]);
    for (int a = 0; a < frame.layers.size(); ++a) {
        const auto layer = static_cast<std::size_t>(a);
        m_layerViews[layer]->setGrid(frame.side, frame.side, frame.layers[a]);
        m_overlapCharts[layer]->appendPoint(frame.sweep, frame.overlaps[a]);
    }
    if (!frame.finished)
        return;
    setStatus(frame.separated
                  ? tr("Separated after %1 sweeps: each layer holds one note").arg(frame.sweep)
                  : tr("Not separated after %1 sweeps").arg(frame.sweep));
    emit runFinished(frame.separated);
}

void LayeredPanel::showMap(const SeparationMapFrame& map)
{
    m_map = map;
    const auto nx = static_cast<int>(map.lambdas.size());
    const auto ny = static_cast<int>(map.temperatures.size());
    if (nx < 2 || ny < 2)
        return;
    const double dx = map.lambdas[1] - map.lambdas[0];
    const double dy = map.temperatures[1] - map.temperatures[0];
    ui::HeatMapGrid grid;
    grid.nx = nx;
    grid.ny = ny;
    grid.x0 = map.lambdas.front() - dx / 2;
    grid.x1 = map.lambdas.back() + dx / 2;
    grid.y0 = map.temperatures.front() - dy / 2;
    grid.y1 = map.temperatures.back() + dy / 2;
    grid.values.resize(static_cast<std::size_t>(nx * ny));
    // The map runs lambda-major; the grid is row-major from the bottom (T).
    for (int i = 0; i < nx; ++i)
        for (int j = 0; j < ny; ++j)
            grid.values[static_cast<std::size_t>(j * nx + i)] = map.fractions[i * ny + j];
    m_mapView->setGrid(grid);
}

std::vector<ui::CsvColumn> LayeredPanel::runColumns() const
{
    std::vector<ui::CsvColumn> columns{{QStringLiteral("sweep"), {}}};
    const int layers = m_history.empty() ? 0 : static_cast<int>(m_history.front().layers.size());
    for (int a = 0; a < layers; ++a)
        for (int mu = 1; mu <= 3; ++mu)
            columns.push_back({QStringLiteral("layer%1_m%2").arg(a + 1).arg(mu), {}});
    for (const LayeredFrame& frame : m_history) {
        columns[0].values.push_back(frame.sweep);
        std::size_t c = 1;
        for (const QVector<double>& overlaps : frame.overlaps)
            for (double m : overlaps)
                columns[c++].values.push_back(m);
    }
    return columns;
}

std::vector<ui::CsvColumn> LayeredPanel::mapColumns() const
{
    ui::CsvColumn lambda{QStringLiteral("lambda"), {}};
    ui::CsvColumn temperature{QStringLiteral("temperature"), {}};
    ui::CsvColumn fraction{QStringLiteral("separated_fraction"), {}};
    const auto ny = static_cast<int>(m_map.temperatures.size());
    for (int i = 0; i < m_map.lambdas.size(); ++i)
        for (int j = 0; j < ny; ++j) {
            lambda.values.push_back(m_map.lambdas[i]);
            temperature.values.push_back(m_map.temperatures[j]);
            fraction.values.push_back(m_map.fractions[i * ny + j]);
        }
    return {lambda, temperature, fraction};
}

} // namespace hopfield::app
