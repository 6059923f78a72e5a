#include "gui/learning/ExampleDiagramsPanel.h"

#include "HeatMapView.h"
#include "analysis/LearningSweepRules.h"
#include "gui/learning/SweepCurves.h"
#include "learning/ExampleLearning.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QJsonValue>
#include <QSpinBox>

namespace hopfield::app {

namespace {

/// Glauber sweeps per sample, as the phase diagram: enough to relax at these N and T.
constexpr int kExampleSweeps = 60;

QString entropyText(double entropy)
{
    return QStringLiteral("ρ = %1").arg(entropy);
}

} // namespace

ExampleDiagramsPanel::ExampleDiagramsPanel(std::shared_ptr<SweepCache> cache, QWidget* parent)
    : SweepPanel(tr("Learning from examples at finite load and temperature: couplings built from "
                    "M noisy examples η of each archetype ξ (quality r, dataset entropy "
                    "ρ = (1 − r²)/(M r²)), then Glauber dynamics from ξ¹ with 10% noise. Each "
                    "map is the Monte-Carlo overlap ⟨m⟩ with the archetype over load α and "
                    "temperature T (Barra et al.; hopfield-lab-cli sweep --rule examples-*)."),
                 std::move(cache), parent)
{
    m_rule = new QComboBox;
    m_rule->setObjectName(QStringLiteral("exampleDiagramsRule"));
    m_rule->addItem(tr("supervised"), true);
    m_rule->setItemData(0,
                        tr("A teacher groups the examples: J = (1/RN) Σ_μ η̄^μ η̄^μᵀ, η̄^μ the "
                           "mean of archetype μ's examples"),
                        Qt::ToolTipRole);
    m_rule->addItem(tr("unsupervised"), false);
    m_rule->setItemData(1, tr("Unlabelled examples: J = (1/RNM) Σ_μ,a η^μ,a η^μ,aᵀ"),
                        Qt::ToolTipRole);
    controls()->addRow(tr("Rule"), m_rule);
    const QStringList ruleNames{QStringLiteral("supervised"), QStringLiteral("unsupervised")};
    keyedControls().addChoice(
        QStringLiteral("rule"), ruleNames,
        [this, ruleNames] { return QJsonValue(ruleNames.at(m_rule->currentIndex())); },
        [this, ruleNames](const QJsonValue& value) {
            m_rule->setCurrentIndex(static_cast<int>(ruleNames.indexOf(value.toString())));
        });
    m_examples = addIntegerControl(QStringLiteral("examples"), tr("Examples M"), 1, 500);
    m_neurons = addIntegerControl(QStringLiteral("neurons"), tr("Neurons N"), 50, 2000, 50);
    m_samples = addIntegerControl(QStringLiteral("samples"), tr("Samples per point"), 1, 100);
    m_alphaStop = addNumberControl(QStringLiteral("alpha-stop"), tr("α up to"), 0.02, 0.5, 0.01, 3);
    m_alphaStep =
        addNumberControl(QStringLiteral("alpha-step"), tr("α step"), 0.005, 0.1, 0.005, 3);
    m_temperatureStop =
        addNumberControl(QStringLiteral("temperature-stop"), tr("T up to"), 0.1, 2.0, 0.1, 2);
    m_temperatureStep =
        addNumberControl(QStringLiteral("temperature-step"), tr("T step"), 0.01, 0.5, 0.05, 3);
    m_seed = addIntegerControl(QStringLiteral("seed"), tr("Seed"), 0, 1'000'000);
    setSettings({});

    for (std::size_t d = 0; d < kEntropies.size(); ++d) {
        auto* view = new ui::HeatMapView;
        view->setObjectName(QStringLiteral("exampleDiagram%1").arg(d));
        view->setColorMap(ui::ColorMap::Kind::Viridis); // colour-blind safe, as the phase diagram
        view->setValueRange(0.0, 1.0);
        view->setLabels({tr("Examples at %1").arg(entropyText(kEntropies[d])), tr("α = P/N"),
                         tr("T"), tr("retrieval overlap ⟨m⟩")});
        view->setLegendCorner(Qt::TopRightCorner);
        m_views[d] = view;
        addFigure(
            view, [this, d] { return csvColumns(static_cast<int>(d)); },
            QStringLiteral("examples-rho-%1").arg(kEntropies[d]));
    }

    connect(&controller(), &SweepController::pointReady, this, &ExampleDiagramsPanel::showPoint);
}

void ExampleDiagramsPanel::setSettings(const ExampleDiagramsSettings& settings)
{
    m_rule->setCurrentIndex(settings.supervised ? 0 : 1);
    m_examples->setValue(settings.examples);
    m_neurons->setValue(settings.neurons);
    m_samples->setValue(settings.samples);
    m_alphaStop->setValue(settings.alphaStop);
    m_alphaStep->setValue(settings.alphaStep);
    m_temperatureStop->setValue(settings.temperatureStop);
    m_temperatureStep->setValue(settings.temperatureStep);
    m_seed->setValue(static_cast<int>(settings.seed));
}

ExampleDiagramsSettings ExampleDiagramsPanel::settings() const
{
    ExampleDiagramsSettings settings;
    settings.supervised = m_rule->currentData().toBool();
    settings.examples = m_examples->value();
    settings.neurons = m_neurons->value();
    settings.samples = m_samples->value();
    settings.alphaStop = m_alphaStop->value();
    settings.alphaStep = m_alphaStep->value();
    settings.temperatureStop = m_temperatureStop->value();
    settings.temperatureStep = m_temperatureStep->value();
    settings.seed = static_cast<std::uint64_t>(m_seed->value());
    return settings;
}

std::vector<SweepJob> ExampleDiagramsPanel::jobs(const ExampleDiagramsSettings& settings)
{
    std::vector<SweepJob> jobs;
    for (double entropy : kEntropies) {
        SweepJob job;
        job.label = entropyText(entropy);
        job.parameters.neurons = settings.neurons;
        job.parameters.samples = settings.samples;
        job.parameters.alpha = {settings.alphaStep, settings.alphaStop, settings.alphaStep};
        job.parameters.temperature = {0.0, settings.temperatureStop, settings.temperatureStep};
        job.parameters.noise = SweepRange::single(0.1);
        job.parameters.seed = settings.seed;
        job.rule = examplesSweepRule(settings.supervised, settings.examples,
                                     qualityForEntropy(entropy, settings.examples), kExampleSweeps);
        jobs.push_back(std::move(job));
    }
    return jobs;
}

void ExampleDiagramsPanel::compute()
{
    std::vector<SweepJob> sweeps = jobs(settings());
    m_requested = sweeps.front().parameters;
    m_results.clear();
    for (std::size_t d = 0; d < kEntropies.size(); ++d) {
        m_grids[d] = blankAlphaTemperatureGrid(m_requested);
        m_views[d]->setGrid(m_grids[d]);
    }
    startSweeps(tr("Sweeping…"), std::move(sweeps));
}

void ExampleDiagramsPanel::showPoint(int job, std::size_t index, const SweepPoint& point)
{
    if (job < 0 || job >= static_cast<int>(kEntropies.size()))
        return;
    ui::HeatMapGrid& grid = m_grids[static_cast<std::size_t>(job)];
    if (index >= grid.values.size())
        return;
    grid.values[alphaTemperatureCell(grid, index)] = point.meanOverlap;
    m_views[static_cast<std::size_t>(job)]->setGrid(grid);
}

void ExampleDiagramsPanel::draw(const SweepBatchResult& batch)
{
    m_results = batch.results;
    for (std::size_t d = 0; d < m_results.size() && d < kEntropies.size(); ++d) {
        ui::HeatMapGrid& grid = m_grids[d];
        const std::vector<SweepPoint>& points = m_results[d].points;
        if (grid.values.size() == points.size())
            for (std::size_t p = 0; p < points.size(); ++p)
                grid.values[alphaTemperatureCell(grid, p)] = points[p].meanOverlap;
        m_views[d]->setGrid(grid);
    }
    setStatus(tr("3 × %1 points × %2 samples at N = %3")
                  .arg(m_results.empty() ? 0 : m_results.front().points.size())
                  .arg(m_requested.samples)
                  .arg(m_requested.neurons));
}

std::vector<ui::CsvColumn> ExampleDiagramsPanel::csvColumns(int diagram) const
{
    if (diagram >= static_cast<int>(m_results.size()))
        return sweepColumns({}, {});
    return sweepColumns(
        {QStringLiteral("rho_%1").arg(kEntropies[static_cast<std::size_t>(diagram)])},
        {m_results[static_cast<std::size_t>(diagram)]});
}

} // namespace hopfield::app
