#include "gui/learning/DenseMemoryPanel.h"

#include "XYChartView.h"
#include "analysis/LearningSweepRules.h"
#include "gui/learning/SweepCurves.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QJsonValue>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>

namespace hopfield::app {

namespace {

constexpr int kDenseSweeps = 30;
constexpr int kModernSteps = 1;

InteractionFunction interactionAt(int order)
{
    return order == DenseMemorySettings::kExponential ? InteractionFunction::exponential()
                                                      : InteractionFunction::polynomial(order);
}

QString formulaAt(int order)
{
    return order == DenseMemorySettings::kExponential ? QStringLiteral("F(x) = e^x")
                                                      : QStringLiteral("F(x) = x^%1").arg(order);
}

} // namespace

DenseMemoryPanel::DenseMemoryPanel(std::shared_ptr<SweepCache> cache, QWidget* parent)
    : SweepPanel(tr("A dense associative memory with energy −Σ_μ (ξ^μ·s)ⁿ stores about "
                    "Nⁿ⁻¹ patterns: far more than its N neurons once n ≥ 3, and the exponential "
                    "F exponentially many. Retrieval from 10% noise at T = 0 against the number "
                    "of patterns P, beside Hopfield's n = 2 and the modern softmax network."),
                 std::move(cache), parent)
{
    m_order = new QSlider(Qt::Horizontal);
    m_order->setRange(2, DenseMemorySettings::kExponential);
    m_order->setObjectName(QStringLiteral("order"));
    m_order->setToolTip(tr("E = −Σ_μ F(ξ^μ·s): n = 2 is Hopfield's network; the last "
                           "position is the exponential F"));
    m_orderText = new QLabel;
    controls()->addRow(tr("Order n"), m_order);
    controls()->addRow(QString(), m_orderText);
    keyedControls().addNumber(
        QStringLiteral("order"), 2, DenseMemorySettings::kExponential, true,
        [this] { return QJsonValue(m_order->value()); },
        [this](const QJsonValue& value) { m_order->setValue(value.toInt()); });
    connect(m_order, &QSlider::valueChanged, this,
            [this](int order) { m_orderText->setText(formulaAt(order)); });
    m_modernBeta =
        addNumberControl(QStringLiteral("modern-beta"), tr("Modern β"), 0.0, 100.0, 0.1, 3);
    m_modernBeta->setToolTip(tr("The modern network s ← X softmax(β Xᵀs), one step from the "
                                "noisy start (Ramsauer et al. 2020); 0 leaves it out"));
    m_neurons = addIntegerControl(QStringLiteral("neurons"), tr("Neurons N"), 20, 400, 10);
    m_samples = addIntegerControl(QStringLiteral("samples"), tr("Samples per point"), 1, 100);
    m_seed = addIntegerControl(QStringLiteral("seed"), tr("Seed"), 0, 1'000'000);
    setSettings({});

    m_view = new ui::XYChartView(
        tr("Dense associative memory"),
        {tr("stored patterns P"), tr("retrieval fraction"), false, 0, 0, -0.02, 1.02});
    m_view->setObjectName(QStringLiteral("denseMemory"));
    addFigure(
        m_view, [this] { return sweepColumns(batch().labels, batch().results); },
        QStringLiteral("dense-memory"));
}

void DenseMemoryPanel::setSettings(const DenseMemorySettings& settings)
{
    m_requested = settings;
    m_order->setValue(settings.order);
    m_orderText->setText(formulaAt(settings.order));
    m_modernBeta->setValue(settings.modernBeta);
    m_neurons->setValue(settings.neurons);
    m_samples->setValue(settings.samples);
    m_seed->setValue(static_cast<int>(settings.seed));
}

DenseMemorySettings DenseMemoryPanel::settings() const
{
    DenseMemorySettings settings = m_requested; // the load range is not a control
    settings.order = m_order->value();
    settings.modernBeta = m_modernBeta->value();
    settings.neurons = m_neurons->value();
    settings.samples = m_samples->value();
    settings.seed = static_cast<std::uint64_t>(m_seed->value());
    return settings;
}

std::vector<SweepJob> DenseMemoryPanel::jobs(const DenseMemorySettings& settings)
{
    SweepParameters parameters;
    parameters.neurons = settings.neurons;
    parameters.samples = settings.samples;
    parameters.seed = settings.seed;
    parameters.alpha = {0.1, settings.loadStop, 0.1};
    parameters.noise = SweepRange::single(0.1);
    std::vector<SweepJob> jobs{{QStringLiteral("n = 2 (Hopfield)"), parameters,
                                denseSweepRule(InteractionFunction::polynomial(2), kDenseSweeps)}};
    if (settings.order != 2)
        jobs.push_back({settings.order == DenseMemorySettings::kExponential
                            ? QStringLiteral("F = e^x")
                            : QStringLiteral("n = %1").arg(settings.order),
                        parameters, denseSweepRule(interactionAt(settings.order), kDenseSweeps)});
    if (settings.modernBeta > 0.0)
        jobs.push_back({QStringLiteral("modern, β = %1").arg(settings.modernBeta), parameters,
                        modernSweepRule(settings.modernBeta, kModernSteps)});
    return jobs;
}

void DenseMemoryPanel::compute()
{
    m_requested = settings();
    startSweeps(tr("Sweeping…"), jobs(m_requested));
}

void DenseMemoryPanel::draw(const SweepBatchResult& batch)
{
    std::vector<ui::XYSeries> curves;
    for (std::size_t r = 0; r < batch.results.size(); ++r)
        curves.push_back(sweepCurve(
            batch.labels[r], batch.results[r],
            [](const SweepPoint& p) { return static_cast<double>(p.patterns); },
            [](const SweepPoint& p) { return p.retrievalFraction; }));
    // The modern network's curve is dashed without markers: where it lies on the dense
    // memory's (both at 1), the dense memory's points still show through.
    if (m_requested.modernBeta > 0.0 && !curves.empty()) {
        curves.back().style = Qt::DashLine;
        curves.back().markers = false;
    }
    // P = N: where Hopfield's network has long failed and the dense memory has not.
    const double n = m_requested.neurons;
    curves.push_back({tr("P = N"),
                      {QPointF(n, 0.0), QPointF(n, 1.0)},
                      {},
                      QColor(Qt::gray),
                      Qt::DotLine,
                      false});
    m_view->setSeries(std::move(curves));
    setStatus(tr("Done"));
}

} // namespace hopfield::app
