#include "gui/generative/BamPanel.h"

#include "NeuronGridView.h"
#include "OverlapBarsView.h"
#include "Palette.h"
#include "TimeSeriesChartView.h"
#include "XYChartView.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <algorithm>

namespace hopfield::app {

BamPanel::BamPanel(QWidget* parent)
    : LabPanel(tr("Bidirectional associative memory (Kosko 1988): W = (1/N) Σ ξ^μ η^μᵀ pairs "
                  "letters with digits. Corrupt one half, leave the other random, and the two "
                  "layers reverberate, τ ← sgn(Wᵀs), s ← sgn(Wτ), never raising "
                  "E = −sᵀWτ. Compute sweeps the capacity over α = P/N (random pairs, N = M)."),
               parent)
{
    m_pairs = addIntegerControl(QStringLiteral("pairs"), tr("Pairs (A↔1, O↔4, Y↔8, …)"), 1, 10);
    m_cue = new QComboBox;
    controls()->addRow(tr("Pair to retrieve"), m_cue);
    m_cueLayer = new QComboBox;
    m_cueLayer->addItems({tr("letter (s) corrupted"), tr("digit (τ) corrupted")});
    controls()->addRow(tr("Cue"), m_cueLayer);
    m_noise = addNumberControl(QStringLiteral("noise"), tr("Noise (flipped)"), 0.0, 0.5, 0.05, 2);
    m_update = new QComboBox;
    m_update->addItems({tr("synchronous"), tr("asynchronous (Glauber)")});
    controls()->addRow(tr("Update"), m_update);
    m_temperature =
        addNumberControl(QStringLiteral("temperature"), tr("Temperature T"), 0.0, 2.0, 0.05, 2);
    m_runButton = new QPushButton(tr("Run pair"));
    m_runButton->setObjectName(QStringLiteral("runPair"));
    controls()->addRow(m_runButton);
    controls()->addRow(new QLabel(tr("<b>Capacity sweep</b> (Compute)")));
    m_neurons = addIntegerControl(QStringLiteral("neurons"), tr("Neurons N = M"), 20, 2000, 20);
    m_alphaStop = addNumberControl(QStringLiteral("alpha-stop"), tr("α up to"), 0.04, 1.0, 0.02, 2);
    m_trials = addIntegerControl(QStringLiteral("trials"), tr("Trials per α"), 1, 200);
    m_seed = addIntegerControl(QStringLiteral("seed"), tr("Seed"), 0, 1'000'000);
    connect(m_pairs, &QSpinBox::valueChanged, this, &BamPanel::refillCues);
    // Asynchronous updates are the Glauber variant; synchronous reverberation is at T = 0.
    connect(m_update, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_temperature->setEnabled(index == 1); });
    setRunSetup({});
    setCapacitySetup({});

    auto* pairs = new QWidget;
    pairs->setObjectName(QStringLiteral("bamLayers"));
    pairs->setAutoFillBackground(true);
    auto* grid = new QGridLayout(pairs);
    m_first = new ui::NeuronGridView;
    m_first->setCaption(tr("layer s (letters, N = 256)"));
    m_second = new ui::NeuronGridView;
    m_second->setCaption(tr("layer τ (digits, M = 256)"));
    m_firstBars = new ui::OverlapBarsView;
    m_secondBars = new ui::OverlapBarsView;
    m_energy = new ui::TimeSeriesChartView(tr("Energy along the run"),
                                           {tr("step"), tr("E = −sᵀWτ"), 0, 0, 0, 4.0});
    m_energy->setSeriesNames({tr("E")});
    grid->addWidget(m_first, 0, 0);
    grid->addWidget(m_second, 0, 1);
    grid->addWidget(m_firstBars, 1, 0);
    grid->addWidget(m_secondBars, 1, 1);
    grid->addWidget(m_energy, 2, 0, 1, 2);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);
    grid->setRowStretch(2, 3);
    addFigure(
        pairs, [this] { return runColumns(); }, QStringLiteral("bam-run"), 3);

    m_capacityView = new ui::XYChartView(
        tr("BAM capacity (N = M, synchronous, T = 0)"),
        {tr("α = P/N"), tr("fraction of pairs retrieved / mean overlap"), false, 0, 0, 0, 1.05});
    m_capacityView->setObjectName(QStringLiteral("bamCapacity"));
    addFigure(
        m_capacityView, [this] { return capacityColumns(); }, QStringLiteral("bam-capacity"), 2);

    connect(m_runButton, &QPushButton::clicked, this, &BamPanel::run);
    connect(&m_controller, &BamController::frameReady, this, &BamPanel::showFrame);
    connect(&m_controller, &BamController::capacityProgress, this,
            [this](const BamCapacityResult& soFar, double done) {
                showCapacity(soFar);
                setProgress(done);
            });
    connect(&m_controller, &BamController::capacityDone, this, [this](const BamCapacityResult& r) {
        showCapacity(r);
        setStatus(tr("Capacity: %1 values of α × %2 trials at N = %3")
                      .arg(r.alphas.size())
                      .arg(m_sweepRequested.trials)
                      .arg(m_sweepRequested.neurons));
        emit capacityShown();
    });
    connect(&m_controller, &BamController::sweepBusyChanged, this, &BamPanel::setBusy);
    connect(&m_controller, &BamController::failed, this, &BamPanel::setStatus);
}

void BamPanel::refillCues()
{
    const int keep = m_cue->currentIndex();
    const QStringList letters = bamLetters(m_pairs->value());
    const QStringList digits = bamDigits(m_pairs->value());
    m_cue->clear();
    for (int k = 0; k < letters.size(); ++k)
        m_cue->addItem(QStringLiteral("%1 ↔ %2").arg(letters[k], digits[k]));
    m_cue->setCurrentIndex(std::clamp(keep, 0, static_cast<int>(letters.size()) - 1));
}

void BamPanel::setRunSetup(const BamRunSetup& setup)
{
    m_pairs->setValue(setup.pairs);
    refillCues();
    m_cue->setCurrentIndex(setup.cue);
    m_cueLayer->setCurrentIndex(setup.cueDigit ? 1 : 0);
    m_noise->setValue(setup.noise);
    m_update->setCurrentIndex(setup.update == BamUpdate::Synchronous ? 0 : 1);
    m_temperature->setValue(setup.temperature);
    m_temperature->setEnabled(setup.update == BamUpdate::Asynchronous);
    m_running = setup;
}

BamRunSetup BamPanel::runSetup() const
{
    BamRunSetup setup = m_running; // the step limit is not a control
    setup.pairs = m_pairs->value();
    setup.cue = std::max(0, m_cue->currentIndex());
    setup.cueDigit = m_cueLayer->currentIndex() == 1;
    setup.noise = m_noise->value();
    setup.update = m_update->currentIndex() == 0 ? BamUpdate::Synchronous : BamUpdate::Asynchronous;
    setup.temperature = setup.update == BamUpdate::Synchronous ? 0.0 : m_temperature->value();
    setup.seed = static_cast<std::uint64_t>(m_seed->value());
    return setup;
}

void BamPanel::setCapacitySetup(const BamCapacitySetup& setup)
{
    m_sweepRequested = setup;
    m_neurons->setValue(setup.neurons);
    m_alphaStop->setValue(setup.alphaStop);
    m_trials->setValue(setup.trials);
    m_seed->setValue(static_cast<int>(setup.seed));
}

BamCapacitySetup BamPanel::capacitySetup() const
{
    BamCapacitySetup setup = m_sweepRequested; // the step and the noise are not controls
    setup.neurons = m_neurons->value();
    setup.alphaStop = m_alphaStop->value();
    setup.trials = m_trials->value();
    setup.seed = static_cast<std::uint64_t>(m_seed->value());
    return setup;
}

void BamPanel::run()
{
    m_running = runSetup();
    m_history.clear();
    m_energy->clearPoints();
    const QStringList letters = bamLetters(m_running.pairs);
    const QStringList digits = bamDigits(m_running.pairs);
    m_firstBars->setNames(letters);
    m_secondBars->setNames(digits);
    setStatus(tr("Retrieving %1 ↔ %2…").arg(letters[m_running.cue], digits[m_running.cue]));
    m_controller.run(m_running);
}

void BamPanel::compute()
{
    m_sweepRequested = capacitySetup();
    m_capacity = {};
    m_capacityView->clear();
    setStatus(tr("Sweeping the capacity…"));
    m_controller.sweep(m_sweepRequested);
}

void BamPanel::cancel()
{
    m_controller.cancelSweep();
    setStatus(tr("Cancelled"));
}

void BamPanel::showFrame(const BamFrame& frame)
{
    m_last = frame;
    m_history.push_back(frame);
    m_first->setGrid(frame.width, frame.height, frame.first);
    m_second->setGrid(frame.width, frame.height, frame.second);
    m_firstBars->setOverlaps(frame.firstOverlaps);
    m_secondBars->setOverlaps(frame.secondOverlaps);
    m_energy->appendPoint(frame.step, {frame.energy});
    if (!frame.finished)
        return;
    const int cue = m_running.cue;
    setStatus(tr("%1 after %2 steps: m_s = %3, m_τ = %4, E = %5")
                  .arg(frame.retrieved ? tr("Retrieved") : tr("Not retrieved"))
                  .arg(frame.step)
                  .arg(frame.firstOverlaps.value(cue), 0, 'f', 3)
                  .arg(frame.secondOverlaps.value(cue), 0, 'f', 3)
                  .arg(frame.energy, 0, 'f', 2));
    emit runFinished(frame.retrieved);
}

void BamPanel::showCapacity(const BamCapacityResult& result)
{
    m_capacity = result;
    ui::XYSeries retrieved{tr("pairs retrieved"), {},  {}, ui::palette::series(0),
                           Qt::SolidLine,         true};
    ui::XYSeries overlap{
        tr("mean overlap (m_s + m_τ)/2"), {}, {}, ui::palette::series(1), Qt::SolidLine, true};
    for (int k = 0; k < result.alphas.size(); ++k) {
        retrieved.points.append({result.alphas[k], result.retrievedFractions[k]});
        overlap.points.append({result.alphas[k], result.meanOverlaps[k]});
    }
    m_capacityView->setSeries({retrieved, overlap});
}

std::vector<ui::CsvColumn> BamPanel::runColumns() const
{
    const int cue = m_running.cue;
    ui::CsvColumn step{QStringLiteral("step"), {}};
    ui::CsvColumn energy{QStringLiteral("energy"), {}};
    ui::CsvColumn first{QStringLiteral("overlap_s"), {}};
    ui::CsvColumn second{QStringLiteral("overlap_tau"), {}};
    for (const BamFrame& frame : m_history) {
        step.values.push_back(frame.step);
        energy.values.push_back(frame.energy);
        first.values.push_back(frame.firstOverlaps.value(cue));
        second.values.push_back(frame.secondOverlaps.value(cue));
    }
    return {step, energy, first, second};
}

std::vector<ui::CsvColumn> BamPanel::capacityColumns() const
{
    const auto column = [](const QString& name, const QVector<double>& values) {
        return ui::CsvColumn{name, std::vector<double>(values.begin(), values.end())};
    };
    return {column(QStringLiteral("alpha"), m_capacity.alphas),
            column(QStringLiteral("retrieved_fraction"), m_capacity.retrievedFractions),
            column(QStringLiteral("mean_overlap"), m_capacity.meanOverlaps)};
}

} // namespace hopfield::app
