#include "gui/learning/PhaseDiagramPanel.h"

#include "HeatMapView.h"
#include "Palette.h"
#include "gui/learning/PhaseDiagramImport.h"
#include "gui/learning/SweepCurves.h"

#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QPushButton>
#include <QSpinBox>

namespace hopfield::app {

namespace {

/// Glauber sweeps per sample: enough to relax at T > 0 (no early stop there) on these N.
constexpr int kPhaseSweeps = 60;
/// Points per AGS line: smooth at this figure size, solved in well under a second.
constexpr int kTheoryPoints = 40;

QPolygonF polygonOf(const std::vector<std::array<double, 2>>& points)
{
    QPolygonF polygon;
    for (const auto& point : points)
        polygon << QPointF(point[0], point[1]);
    return polygon;
}

} // namespace

PhaseDiagramPanel::PhaseDiagramPanel(std::shared_ptr<SweepCache> cache, QWidget* parent)
    : SweepPanel(tr("Monte-Carlo retrieval overlap ⟨m⟩ of Hebb's network from 10% noise over "
                    "load α and temperature T, beside the replica-symmetric theory of Amit, "
                    "Gutfreund and Sompolinsky (1987)."),
                 std::move(cache), parent)
{
    m_neurons = addIntegerControl(QStringLiteral("neurons"), tr("Neurons N"), 50, 5000, 50);
    m_samples = addIntegerControl(QStringLiteral("samples"), tr("Samples per point"), 1, 200);
    m_alphaStop = addNumberControl(QStringLiteral("alpha-stop"), tr("α up to"), 0.02, 0.3, 0.01, 3);
    m_alphaStep =
        addNumberControl(QStringLiteral("alpha-step"), tr("α step"), 0.002, 0.1, 0.005, 3);
    m_temperatureStop =
        addNumberControl(QStringLiteral("temperature-stop"), tr("T up to"), 0.1, 2.0, 0.1, 2);
    m_temperatureStep =
        addNumberControl(QStringLiteral("temperature-step"), tr("T step"), 0.01, 0.5, 0.05, 3);
    m_seed = addIntegerControl(QStringLiteral("seed"), tr("Seed"), 0, 1'000'000);
    setSettings({});
    auto* importButton = new QPushButton(tr("Import CSV…"));
    importButton->setObjectName(QStringLiteral("phaseDiagramImport"));
    importButton->setToolTip(tr("Draw a diagram computed elsewhere: the CSV of "
                                "hopfield-lab-cli sweep, or merge of its shards"));
    controls()->addRow(importButton);
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a phase diagram"), {},
                                                          tr("Sweep CSV (*.csv);;All files (*)"));
        if (!path.isEmpty())
            importCsv(path);
    });

    m_view = new ui::HeatMapView;
    m_view->setObjectName(QStringLiteral("phaseDiagram"));
    m_view->setColorMap(ui::ColorMap::Kind::Viridis);
    m_view->setValueRange(0.0, 1.0);
    m_view->setLabels({tr("Phase diagram of the Hopfield network"), tr("α = P/N"), tr("T"),
                       tr("retrieval overlap ⟨m⟩")});
    m_view->setLegendCorner(Qt::TopRightCorner);
    addFigure(
        m_view, [this] { return csvColumns(); }, QStringLiteral("phase-diagram"));

    connect(&controller(), &SweepController::theorySketchReady, this,
            &PhaseDiagramPanel::drawTheory);
    connect(&controller(), &SweepController::theoryReady, this, &PhaseDiagramPanel::showTheory);
    connect(&controller(), &SweepController::pointReady, this, &PhaseDiagramPanel::showPoint);
}

void PhaseDiagramPanel::setSettings(const PhaseDiagramSettings& settings)
{
    m_neurons->setValue(settings.neurons);
    m_samples->setValue(settings.samples);
    m_alphaStop->setValue(settings.alphaStop);
    m_alphaStep->setValue(settings.alphaStep);
    m_temperatureStop->setValue(settings.temperatureStop);
    m_temperatureStep->setValue(settings.temperatureStep);
    m_seed->setValue(static_cast<int>(settings.seed));
}

PhaseDiagramSettings PhaseDiagramPanel::settings() const
{
    PhaseDiagramSettings settings;
    settings.neurons = m_neurons->value();
    settings.samples = m_samples->value();
    settings.alphaStep = m_alphaStep->value();
    settings.alphaStart = settings.alphaStep;
    settings.alphaStop = m_alphaStop->value();
    settings.temperatureStop = m_temperatureStop->value();
    settings.temperatureStep = m_temperatureStep->value();
    settings.seed = static_cast<std::uint64_t>(m_seed->value());
    return settings;
}

SweepJob PhaseDiagramPanel::job(const PhaseDiagramSettings& settings)
{
    SweepJob job;
    job.label = QStringLiteral("Hebb");
    job.parameters.neurons = settings.neurons;
    job.parameters.samples = settings.samples;
    job.parameters.alpha = {settings.alphaStart, settings.alphaStop, settings.alphaStep};
    job.parameters.temperature = {0.0, settings.temperatureStop, settings.temperatureStep};
    job.parameters.noise = SweepRange::single(0.1);
    job.parameters.seed = settings.seed;
    job.rule = couplingSweepRule(CouplingRule::Hebb, kPhaseSweeps);
    return job;
}

void PhaseDiagramPanel::compute()
{
    SweepJob sweep = job(settings());
    m_requested = sweep.parameters;
    m_result.reset();
    // The axes of the requested ranges at once, every cell blank until its point is done.
    m_grid = blankAlphaTemperatureGrid(m_requested);
    m_view->setGrid(m_grid);
    if (m_theory)
        showTheory(*m_theory);
    startSweeps(tr("Sweeping…"), {std::move(sweep)}, m_theory ? 0 : kTheoryPoints);
}

bool PhaseDiagramPanel::importCsv(const QString& path)
{
    ImportedPhaseDiagram diagram;
    try {
        diagram = importPhaseDiagram(path);
    } catch (const std::exception& error) {
        setStatus(tr("Not imported: %1").arg(QString::fromStdString(error.what())));
        return false;
    }
    // A sweep under way would overwrite the imported cells as its points finish.
    controller().cancel();
    m_grid = std::move(diagram.grid);
    m_view->setGrid(m_grid);
    m_result = std::move(diagram.result);
    setStatus(tr("Imported %1: %2 points × %3 samples")
                  .arg(QFileInfo(path).fileName())
                  .arg(m_result->points.size())
                  .arg(diagram.samples));
    if (m_theory) {
        showTheory(*m_theory);
        emit shown();
    } else {
        controller().compute({}, kTheoryPoints); // the lines only: drawn, then shown()
    }
    return true;
}

void PhaseDiagramPanel::showPoint(int job, std::size_t index, const SweepPoint& point)
{
    if (job != 0 || index >= m_grid.values.size())
        return;
    m_grid.values[alphaTemperatureCell(m_grid, index)] = point.meanOverlap;
    m_view->setGrid(m_grid);
}

void PhaseDiagramPanel::draw(const SweepBatchResult& batch)
{
    if (batch.theory)
        showTheory(*batch.theory);
    if (batch.results.empty()) // the theory of an imported diagram
        return;
    m_result = batch.results.at(0);
    if (m_grid.values.size() == m_result->points.size())
        for (std::size_t p = 0; p < m_result->points.size(); ++p)
            m_grid.values[alphaTemperatureCell(m_grid, p)] = m_result->points[p].meanOverlap;
    m_view->setGrid(m_grid);
    setStatus(tr("%1 points × %2 samples at N = %3")
                  .arg(m_result->points.size())
                  .arg(m_requested.samples)
                  .arg(m_requested.neurons));
}

void PhaseDiagramPanel::showTheory(const AgsPhaseDiagram& theory)
{
    m_theory = theory;
    drawTheory(theory);
}

void PhaseDiagramPanel::drawTheory(const AgsPhaseDiagram& theory)
{
    ui::PlotOverlay overlay;
    // Reddish purple, not white: the lines come before the cells, on a blank (white) plot.
    overlay.lines.push_back({polygonOf(theory.glassLine), ui::palette::series(4), 2.5, Qt::DashLine,
                             tr("T_g = 1 + √α (spin glass below)")});
    overlay.lines.push_back({polygonOf(theory.retrievalLine), ui::palette::series(3), 3.0,
                             Qt::SolidLine, tr("T_M (retrieval states below)")});
    overlay.lines.push_back({polygonOf(theory.globalLine), ui::palette::series(5), 2.5, Qt::DotLine,
                             tr("T_c (retrieval global minima below)")});
    ui::PlotMarker alphaC;
    alphaC.position = {theory.capacity.alphaC, 0.0};
    alphaC.shape = ui::MarkerShape::Diamond;
    alphaC.color = ui::palette::series(3);
    alphaC.size = 13.0;
    alphaC.text = tr("α_c = %1").arg(theory.capacity.alphaC, 0, 'f', 3);
    overlay.markers.push_back(alphaC);
    m_view->setOverlay(overlay);
}

std::vector<ui::CsvColumn> PhaseDiagramPanel::csvColumns() const
{
    if (!m_result)
        return sweepColumns({}, {});
    return sweepColumns({QStringLiteral("hebb")}, {*m_result});
}

} // namespace hopfield::app
