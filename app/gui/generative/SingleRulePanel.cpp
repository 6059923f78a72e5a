#include "gui/generative/SingleRulePanel.h"

#include "NeuronGridView.h"
#include "Palette.h"
#include "XYChartView.h"
#include "gui/generative/ThumbnailRow.h"
#include "learning/LearningCurveColumns.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace hopfield::app {

namespace {

void fillRow(QHBoxLayout* row, std::vector<ui::NeuronGridView*>& views, int side,
             const QVector<QVector<qint8>>& grids)
{
    resizeThumbnailRow(row, views, static_cast<int>(grids.size()));
    for (int k = 0; k < grids.size(); ++k)
        views[static_cast<std::size_t>(k)]->setGrid(side, side, grids[k]);
}

} // namespace

SingleRulePanel::SingleRulePanel(QWidget* parent)
    : LabPanel(tr("The same rule, a different temperature: J ← J − λ (⟨ss⟩_model,T − "
                  "⟨ss⟩_data), started from Hebb. At T = 0 the model's moments are its "
                  "attractors' (Hopfield's unlearning): the memories sharpen into fixed "
                  "points. At T = 1 it is Boltzmann learning: the network generates data-like "
                  "states, and the exact KL(P_data ‖ P_model) falls far below Hebb's."),
               parent)
{
    m_side = addIntegerControl(QStringLiteral("side"), tr("Grid side (N = side²)"), 2, 5);
    m_patterns = addIntegerControl(QStringLiteral("patterns"), tr("Memories P"), 1, 8);
    m_examples =
        addIntegerControl(QStringLiteral("examples"), tr("Examples per memory"), 1, 1000, 10);
    m_flip =
        addNumberControl(QStringLiteral("noise"), tr("Example noise (flip)"), 0.0, 0.5, 0.05, 2);
    m_temperatureStop =
        addNumberControl(QStringLiteral("temperature-stop"), tr("T up to"), 0.0, 2.0, 0.25, 2);
    m_temperatureStep =
        addNumberControl(QStringLiteral("temperature-step"), tr("T step"), 0.05, 1.0, 0.05, 2);
    m_epochs = addIntegerControl(QStringLiteral("epochs"), tr("Epochs"), 1, 5000, 50);
    m_learningRate = addNumberControl(QStringLiteral("learning-rate"), tr("Learning rate λ"), 0.001,
                                      1.0, 0.01, 3);
    m_seed = addIntegerControl(QStringLiteral("seed"), tr("Seed"), 0, 1'000'000);
    setSetup({});

    auto* charts = new QWidget;
    charts->setObjectName(QStringLiteral("singleRuleCurves"));
    charts->setAutoFillBackground(true);
    auto* stack = new QVBoxLayout(charts);
    m_view = new ui::XYChartView(
        tr("Memory: stored patterns that are fixed points"),
        {tr("training temperature T"), tr("stable fraction"), false, 0, 0, -0.05, 1.05});
    m_klView =
        new ui::XYChartView(tr("Generation: exact KL(P_data ‖ P_model,T)"),
                            {tr("training temperature T"), tr("KL (nats)"), false, 0, 0, 0, 0});
    stack->addWidget(m_view);
    stack->addWidget(m_klView);
    addFigure(
        charts, [this] { return csvColumns(); }, QStringLiteral("single-rule"), 3);

    auto* gallery = new QWidget;
    gallery->setObjectName(QStringLiteral("singleRuleSamples"));
    gallery->setAutoFillBackground(true);
    auto* column = new QVBoxLayout(gallery);
    column->addWidget(new QLabel(tr("the memories (the data, or noisy examples of them)")));
    m_dataRow = new QHBoxLayout;
    column->addLayout(m_dataRow);
    m_sliderLabel = new QLabel;
    column->addWidget(m_sliderLabel);
    m_slider = new QSlider(Qt::Horizontal);
    m_slider->setObjectName(QStringLiteral("singleRuleTemperatureSlider"));
    m_slider->setEnabled(false);
    column->addWidget(m_slider);
    m_sampleRow = new QHBoxLayout;
    column->addLayout(m_sampleRow);
    column->addStretch(1);
    addFigure(
        gallery, [this] { return sampleColumns(); }, QStringLiteral("single-rule-samples"), 2);

    connect(m_slider, &QSlider::valueChanged, this, &SingleRulePanel::showSamples);
    connect(&m_controller, &SingleRuleController::pointReady, this,
            [this](const SingleRuleResult& soFar, double done) {
                show(soFar);
                setProgress(done);
            });
    connect(&m_controller, &SingleRuleController::finished, this,
            [this](const SingleRuleResult& result) {
                show(result);
                const SingleRulePoint& cold = result.points.front();
                const SingleRulePoint& warm = result.points.back();
                setStatus(tr("Hebb: %1 stable, KL %2. T = %3: %4 stable; T = %5: KL %6")
                              .arg(result.hebb.stableFraction, 0, 'f', 2)
                              .arg(result.hebb.kl, 0, 'f', 3)
                              .arg(cold.temperature, 0, 'f', 2)
                              .arg(cold.stableFraction, 0, 'f', 2)
                              .arg(warm.temperature, 0, 'f', 2)
                              .arg(warm.kl, 0, 'f', 3));
                emit shown();
            });
    connect(&m_controller, &SingleRuleController::busyChanged, this, &SingleRulePanel::setBusy);
    connect(&m_controller, &SingleRuleController::failed, this, &SingleRulePanel::setStatus);
}

void SingleRulePanel::setSetup(const SingleRuleSetup& setup)
{
    m_side->setValue(setup.side);
    m_patterns->setValue(setup.patterns);
    m_examples->setValue(setup.examples);
    m_flip->setValue(setup.flip);
    m_temperatureStop->setValue(setup.temperatureStop);
    m_temperatureStep->setValue(setup.temperatureStep);
    m_epochs->setValue(setup.epochs);
    m_learningRate->setValue(setup.learningRate);
    m_seed->setValue(static_cast<int>(setup.seed));
}

SingleRuleSetup SingleRulePanel::setup() const
{
    SingleRuleSetup setup;
    setup.side = m_side->value();
    setup.patterns = m_patterns->value();
    setup.examples = m_examples->value();
    setup.flip = m_flip->value();
    setup.temperatureStop = m_temperatureStop->value();
    setup.temperatureStep = m_temperatureStep->value();
    setup.epochs = m_epochs->value();
    setup.learningRate = m_learningRate->value();
    setup.seed = static_cast<std::uint64_t>(m_seed->value());
    return setup;
}

QList<LessonControl> SingleRulePanel::lessonControls() const
{
    return {{ControlId::SingleRuleSide, m_side},
            {ControlId::SingleRulePatterns, m_patterns},
            {ControlId::SingleRuleExamples, m_examples},
            {ControlId::SingleRuleFlip, m_flip},
            {ControlId::SingleRuleTemperatureStop, m_temperatureStop},
            {ControlId::SingleRuleTemperatureStep, m_temperatureStep},
            {ControlId::SingleRuleEpochs, m_epochs},
            {ControlId::SingleRuleLearningRate, m_learningRate},
            {ControlId::SingleRuleSeed, m_seed}};
}

void SingleRulePanel::compute()
{
    m_result = {};
    m_view->clear();
    m_klView->clear();
    setStatus(tr("Training at every T…"));
    m_controller.start(setup());
}

void SingleRulePanel::cancel()
{
    m_controller.cancel();
    setStatus(tr("Cancelled"));
}

void SingleRulePanel::show(const SingleRuleResult& result)
{
    m_result = result;
    ui::XYSeries stable{tr("stable fraction"), {}, {}, ui::palette::series(0), Qt::SolidLine, true};
    ui::XYSeries kl{tr("KL, nats"), {}, {}, ui::palette::series(3), Qt::SolidLine, true};
    for (const SingleRulePoint& point : result.points) {
        stable.points.append({point.temperature, point.stableFraction});
        if (std::isfinite(point.kl))
            kl.points.append({point.temperature, point.kl});
    }
    std::vector<ui::XYSeries> stableSeries{stable};
    std::vector<ui::XYSeries> klSeries{kl};
    if (!result.points.isEmpty()) {
        // The Hebb start, for comparison: dashed levels across the T range.
        const double low = result.points.front().temperature;
        const double high = std::max(result.points.back().temperature, low + 1e-6);
        stableSeries.push_back(
            {tr("Hebb"),
             {{low, result.hebb.stableFraction}, {high, result.hebb.stableFraction}},
             {},
             ui::palette::neutral(),
             Qt::DashLine,
             false});
        if (std::isfinite(result.hebb.kl))
            klSeries.push_back({tr("Hebb, at T = 1"),
                                {{low, result.hebb.kl}, {high, result.hebb.kl}},
                                {},
                                ui::palette::neutral(),
                                Qt::DashLine,
                                false});
    }
    m_view->setSeries(stableSeries);
    m_klView->setSeries(klSeries);
    fillRow(m_dataRow, m_dataViews, result.side, result.memories);
    m_slider->setEnabled(!result.points.isEmpty());
    m_slider->setRange(0, std::max(0, static_cast<int>(result.points.size()) - 1));
    m_slider->setValue(m_slider->maximum());
    showSamples(m_slider->value());
}

void SingleRulePanel::showSamples(int index)
{
    if (index < 0 || index >= m_result.points.size())
        return;
    const SingleRulePoint& point = m_result.points[index];
    m_sliderLabel->setText(tr("samples at T = %1: %2 of the memories stable, KL = %3")
                               .arg(point.temperature, 0, 'f', 2)
                               .arg(point.stableFraction, 0, 'f', 2)
                               .arg(point.kl, 0, 'f', 3));
    fillRow(m_sampleRow, m_sampleViews, m_result.side, point.samples);
}

std::vector<ui::CsvColumn> SingleRulePanel::csvColumns() const
{
    ui::CsvColumn temperature{QStringLiteral("temperature"), {}};
    ui::CsvColumn stable = ui::CsvColumn::named(learning_curve::kStableFraction);
    ui::CsvColumn kl = ui::CsvColumn::named(learning_curve::kKlDataModel);
    for (const SingleRulePoint& point : m_result.points) {
        temperature.values.push_back(point.temperature);
        stable.values.push_back(point.stableFraction);
        kl.values.push_back(point.kl);
    }
    return {temperature, stable, kl};
}

std::vector<ui::CsvColumn> SingleRulePanel::sampleColumns() const
{
    std::vector<ui::CsvColumn> columns;
    const auto add = [&columns](const QString& name, const QVector<QVector<qint8>>& grids) {
        for (int k = 0; k < grids.size(); ++k)
            columns.push_back({QStringLiteral("%1_%2").arg(name).arg(k),
                               std::vector<double>(grids[k].begin(), grids[k].end())});
    };
    add(QStringLiteral("memory"), m_result.memories);
    const int index = m_slider->value();
    if (index >= 0 && index < m_result.points.size())
        add(QStringLiteral("sample"), m_result.points[index].samples);
    return columns;
}

} // namespace hopfield::app
