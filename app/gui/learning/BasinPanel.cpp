#include "gui/learning/BasinPanel.h"

#include "XYChartView.h"
#include "gui/learning/SweepCurves.h"

#include <QDoubleSpinBox>
#include <QSpinBox>

namespace hopfield::app {

namespace {

constexpr int kBasinSweeps = 50;
constexpr int kHistogramBins = 40;

} // namespace

BasinPanel::BasinPanel(std::shared_ptr<SweepCache> cache, QWidget* parent)
    : SweepPanel(tr("How far from a memory can the network start and still find it? Left: the "
                    "fraction of T = 0 runs ending on the target (|m| > 0.9) against the "
                    "fraction of flipped spins. Right: final overlaps of many runs at one "
                    "load from 10% noise."),
                 std::move(cache), parent)
{
    m_neurons = addIntegerControl(QStringLiteral("neurons"), tr("Neurons N"), 50, 5000, 50);
    m_samples = addIntegerControl(QStringLiteral("samples"), tr("Samples per point"), 1, 500);
    m_histogramLoad =
        addNumberControl(QStringLiteral("histogram-alpha"), tr("Histogram α"), 0.01, 1.0, 0.01, 3);
    m_seed = addIntegerControl(QStringLiteral("seed"), tr("Seed"), 0, 1'000'000);
    setSettings({});

    m_basins = new ui::XYChartView(tr("Basins of attraction (Hebb)"),
                                   {tr("initial noise (fraction flipped)"),
                                    tr("retrieval fraction"), false, 0, 0.5, -0.02, 1.02});
    m_basins->setObjectName(QStringLiteral("basinCurves"));
    m_histogram = new ui::XYChartView(tr("Final overlaps"),
                                      {tr("final overlap m"), tr("samples"), false, -1, 1, 0, 0});
    m_histogram->setObjectName(QStringLiteral("overlapHistogram"));
    addFigure(
        m_basins, [this] { return basinColumns(); }, QStringLiteral("basins"));
    addFigure(
        m_histogram, [this] { return histogramColumns(); }, QStringLiteral("overlap-histogram"));
}

void BasinPanel::setSettings(const BasinSettings& settings)
{
    m_requested = settings;
    m_neurons->setValue(settings.neurons);
    m_samples->setValue(settings.samples);
    m_histogramLoad->setValue(settings.histogramLoad);
    m_seed->setValue(static_cast<int>(settings.seed));
}

BasinSettings BasinPanel::settings() const
{
    BasinSettings settings = m_requested; // the loads and histogram samples are not controls
    settings.neurons = m_neurons->value();
    settings.samples = m_samples->value();
    settings.histogramLoad = m_histogramLoad->value();
    settings.seed = static_cast<std::uint64_t>(m_seed->value());
    return settings;
}

std::vector<SweepJob> BasinPanel::jobs(const BasinSettings& settings)
{
    std::vector<SweepJob> jobs;
    SweepParameters parameters;
    parameters.neurons = settings.neurons;
    parameters.seed = settings.seed;
    parameters.samples = settings.samples;
    parameters.noise = {0.0, 0.5, 0.025};
    for (const double alpha : settings.loads) {
        parameters.alpha = SweepRange::single(alpha);
        jobs.push_back({QStringLiteral("α = %1").arg(alpha), parameters,
                        couplingSweepRule(CouplingRule::Hebb, kBasinSweeps)});
    }
    parameters.alpha = SweepRange::single(settings.histogramLoad);
    parameters.noise = SweepRange::single(0.1);
    parameters.samples = settings.histogramSamples;
    jobs.push_back({QStringLiteral("α = %1").arg(settings.histogramLoad), parameters,
                    couplingSweepRule(CouplingRule::Hebb, kBasinSweeps)});
    return jobs;
}

void BasinPanel::compute()
{
    m_requested = settings();
    startSweeps(tr("Sweeping…"), jobs(m_requested));
}

void BasinPanel::draw(const SweepBatchResult& batch)
{
    std::vector<ui::XYSeries> curves;
    for (std::size_t r = 0; r + 1 < batch.results.size(); ++r)
        curves.push_back(sweepCurve(
            batch.labels[r], batch.results[r], [](const SweepPoint& p) { return p.noise; },
            [](const SweepPoint& p) { return p.retrievalFraction; }));
    m_basins->setSeries(std::move(curves));
    m_histogram->clear();
    const SweepPoint& point = batch.results.back().points.at(0);
    m_histogram->addHistogram(overlapHistogram(
        tr("%1, N = %2, from 10% noise").arg(batch.labels.back()).arg(m_requested.neurons),
        point.overlaps, kHistogramBins));
    setStatus(tr("Done: ⟨m⟩ = %1 ± %2 at the histogram's load")
                  .arg(point.meanOverlap, 0, 'f', 3)
                  .arg(point.stdOverlap, 0, 'f', 3));
}

std::vector<ui::CsvColumn> BasinPanel::basinColumns() const
{
    std::vector<QString> labels = batch().labels;
    std::vector<SweepResult> results = batch().results;
    if (!results.empty()) { // the last sweep is the histogram's
        labels.pop_back();
        results.pop_back();
    }
    return sweepColumns(labels, results);
}

std::vector<ui::CsvColumn> BasinPanel::histogramColumns() const
{
    std::vector<ui::CsvColumn> columns{{QStringLiteral("sample"), {}},
                                       {QStringLiteral("final_overlap"), {}}};
    if (batch().results.empty())
        return columns;
    const std::vector<double>& overlaps = batch().results.back().points.at(0).overlaps;
    for (std::size_t s = 0; s < overlaps.size(); ++s) {
        columns[0].values.push_back(static_cast<double>(s));
        columns[1].values.push_back(overlaps[s]);
    }
    return columns;
}

} // namespace hopfield::app
