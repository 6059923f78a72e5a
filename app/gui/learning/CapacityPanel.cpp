#include "gui/learning/CapacityPanel.h"

#include "XYChartView.h"
#include "analysis/LearningSweepRules.h"
#include "gui/learning/SweepCurves.h"

#include <QDoubleSpinBox>
#include <QSpinBox>

namespace hopfield::app {

namespace {

/// T = 0 sweeps stop at a fixed point; 50 is far more than retrieval needs at these N.
constexpr int kCapacitySweeps = 50;

} // namespace

CapacityPanel::CapacityPanel(std::shared_ptr<SweepCache> cache, QWidget* parent)
    : SweepPanel(tr("Final overlap with the target after T = 0 dynamics from a noisy start, "
                    "against the load α = P/N, for each learning rule. Hebb fails near "
                    "α_c ≈ 0.138; the projection rule holds patterns up to α → 1; dreaming "
                    "(unlearning) and dense memories (x³) store far more."),
                 std::move(cache), parent)
{
    m_neurons = addIntegerControl(QStringLiteral("neurons"), tr("Neurons N"), 20, 2000, 20);
    m_samples = addIntegerControl(QStringLiteral("samples"), tr("Samples per point"), 1, 200);
    m_alphaStop = addNumberControl(QStringLiteral("alpha-stop"), tr("α up to"), 0.1, 1.5, 0.05, 2);
    m_noise = addNumberControl(QStringLiteral("noise"), tr("Initial noise"), 0.0, 0.5, 0.05, 2);
    m_seed = addIntegerControl(QStringLiteral("seed"), tr("Seed"), 0, 1'000'000);
    setSettings({});

    m_view = new ui::XYChartView(tr("Capacity of the learning rules"),
                                 {tr("α = P/N"), tr("final overlap m"), false, 0, 0, -0.05, 1.05});
    m_view->setObjectName(QStringLiteral("capacityCurves"));
    addFigure(
        m_view, [this] { return sweepColumns(batch().labels, batch().results); },
        QStringLiteral("capacity-curves"));
}

void CapacityPanel::setSettings(const CapacitySettings& settings)
{
    m_neurons->setValue(settings.neurons);
    m_samples->setValue(settings.samples);
    m_alphaStop->setValue(settings.alphaStop);
    m_noise->setValue(settings.noise);
    m_seed->setValue(static_cast<int>(settings.seed));
}

CapacitySettings CapacityPanel::settings() const
{
    CapacitySettings settings;
    settings.neurons = m_neurons->value();
    settings.samples = m_samples->value();
    settings.alphaStop = m_alphaStop->value();
    settings.noise = m_noise->value();
    settings.seed = static_cast<std::uint64_t>(m_seed->value());
    return settings;
}

std::vector<SweepJob> CapacityPanel::jobs(const CapacitySettings& settings)
{
    SweepParameters parameters;
    parameters.neurons = settings.neurons;
    parameters.samples = settings.samples;
    parameters.alpha = {settings.alphaStep, settings.alphaStop, settings.alphaStep};
    parameters.noise = SweepRange::single(settings.noise);
    parameters.seed = settings.seed;
    return {
        {QStringLiteral("Hebb"), parameters,
         couplingSweepRule(CouplingRule::Hebb, kCapacitySweeps)},
        {QStringLiteral("pseudo-inverse"), parameters,
         couplingSweepRule(CouplingRule::PseudoInverse, kCapacitySweeps)},
        {QStringLiteral("Storkey"), parameters,
         couplingSweepRule(CouplingRule::Storkey, kCapacitySweeps)},
        {QStringLiteral("after unlearning"), parameters, unlearningSweepRule(kCapacitySweeps)},
        {QStringLiteral("dense x³"), parameters,
         denseSweepRule(InteractionFunction::polynomial(3), kCapacitySweeps)},
    };
}

void CapacityPanel::compute()
{
    startSweeps(tr("Sweeping five rules…"), jobs(settings()));
}

void CapacityPanel::draw(const SweepBatchResult& batch)
{
    std::vector<ui::XYSeries> curves;
    for (std::size_t r = 0; r < batch.results.size(); ++r)
        curves.push_back(sweepCurve(
            batch.labels[r], batch.results[r], [](const SweepPoint& p) { return p.alpha; },
            [](const SweepPoint& p) { return p.meanOverlap; },
            [](const SweepPoint& p) { return p.stdOverlap; }));
    m_view->setSeries(std::move(curves));
    setStatus(tr("Done"));
}

} // namespace hopfield::app
