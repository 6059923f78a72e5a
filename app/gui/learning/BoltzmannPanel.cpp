#include "gui/learning/BoltzmannPanel.h"

#include "NeuronGridView.h"
#include "Palette.h"
#include "XYChartView.h"
#include "learning/LearningCurveColumns.h"

#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hopfield::app {

BoltzmannPanel::BoltzmannPanel(QWidget* parent)
    : LabPanel(tr("Unlearning at T = 1 becomes Boltzmann-machine learning: J ← J + λ "
                  "(⟨s_i s_j⟩_data − ⟨s_i s_j⟩_model), the model's moments estimated by "
                  "Glauber chains at T = 1. The data are noisy letters; the trained network, "
                  "run at T = 1, generates new ones."),
               parent)
{
    m_examples =
        addIntegerControl(QStringLiteral("examples"), tr("Examples per letter"), 1, 5000, 50);
    m_quality = addNumberControl(QStringLiteral("quality"), tr("Quality r"), 0.05, 1.0, 0.05, 2);
    m_learningRate = addNumberControl(QStringLiteral("learning-rate"), tr("Learning rate λ"), 0.001,
                                      1.0, 0.01, 3);
    m_epochs = addIntegerControl(QStringLiteral("epochs"), tr("Epochs"), 1, 10000, 50);
    m_seed = addIntegerControl(QStringLiteral("seed"), tr("Seed"), 0, 1'000'000);
    setSetup({});

    m_view =
        new ui::XYChartView(tr("Moment matching"),
                            {tr("epoch"), tr("‖⟨ss⟩_model − ⟨ss⟩_data‖ / N"), false, 0, 0, 0, 0});
    m_view->setObjectName(QStringLiteral("momentError"));
    addFigure(
        m_view, [this] { return csvColumns(); }, QStringLiteral("boltzmann-learning"));

    m_gallery = new QWidget;
    m_gallery->setObjectName(QStringLiteral("boltzmannSamples"));
    m_gallery->setAutoFillBackground(true);
    m_galleryLayout = new QGridLayout(m_gallery);
    m_galleryLayout->addWidget(new QLabel(tr("data")), 0, 0);
    m_galleryLayout->addWidget(new QLabel(tr("samples at T = 1\n(s and −s equally likely)")), 1, 0);
    for (int row = 0; row < 2; ++row)
        for (int k = 0; k < m_requested.samples; ++k) {
            auto* thumbnail = new ui::NeuronGridView;
            thumbnail->setMinimumSize(56, 56);
            m_galleryLayout->addWidget(thumbnail, row, k + 1);
            m_thumbnails.push_back(thumbnail);
        }
    addFigure(
        m_gallery, [this] { return thumbnailColumns(); }, QStringLiteral("boltzmann-samples"));

    connect(&m_controller, &BoltzmannController::busyChanged, this, &BoltzmannPanel::setBusy);
    connect(&m_controller, &BoltzmannController::epochDone, this,
            [this](int, double error, double done) {
                m_errors.push_back(error);
                setProgress(done);
                // Rebuilding the chart costs more than an epoch: every 10th, and the last.
                if (m_errors.size() % 10 == 0)
                    redraw();
            });
    connect(&m_controller, &BoltzmannController::samplesReady, this, &BoltzmannPanel::showSamples);
    connect(&m_controller, &BoltzmannController::failed, this, &BoltzmannPanel::setStatus);
}

void BoltzmannPanel::setSetup(const BoltzmannSetup& setup)
{
    m_requested = setup;
    m_examples->setValue(setup.examples);
    m_quality->setValue(setup.quality);
    m_learningRate->setValue(setup.learningRate);
    m_epochs->setValue(setup.epochs);
    m_seed->setValue(static_cast<int>(setup.seed));
}

BoltzmannSetup BoltzmannPanel::setup() const
{
    BoltzmannSetup setup = m_requested; // the letters and the sample count are not controls
    setup.examples = m_examples->value();
    setup.quality = m_quality->value();
    setup.learningRate = m_learningRate->value();
    setup.epochs = m_epochs->value();
    setup.seed = static_cast<std::uint64_t>(m_seed->value());
    return setup;
}

void BoltzmannPanel::compute()
{
    m_requested = setup();
    m_errors.clear();
    m_data.clear();
    m_samples.clear();
    m_view->clear();
    setStatus(tr("Learning…"));
    m_controller.start(m_requested);
}

void BoltzmannPanel::cancel()
{
    m_controller.cancel();
    setStatus(tr("Cancelled"));
}

void BoltzmannPanel::showSamples(int width, int height, const QVector<SpinGrid>& data,
                                 const QVector<SpinGrid>& samples)
{
    redraw();
    m_data = data;
    m_samples = samples;
    const auto columns = static_cast<std::size_t>(m_requested.samples);
    for (std::size_t k = 0; k < columns && k < static_cast<std::size_t>(data.size()); ++k) {
        m_thumbnails[k]->setGrid(width, height, data[static_cast<int>(k)]);
        m_thumbnails[columns + k]->setGrid(width, height, samples[static_cast<int>(k)]);
    }
    setStatus(tr("Moment error %1 → %2")
                  .arg(m_errors.empty() ? 0.0 : m_errors.front(), 0, 'f', 4)
                  .arg(m_errors.empty() ? 0.0 : m_errors.back(), 0, 'f', 4));
    emit shown();
}

void BoltzmannPanel::redraw()
{
    ui::XYSeries error{tr("moment error"), {}, {}, ui::palette::series(0), Qt::SolidLine, false};
    for (std::size_t e = 0; e < m_errors.size(); ++e)
        error.points.append({static_cast<double>(e + 1), m_errors[e]});
    m_view->setSeries({error});
}

std::vector<ui::CsvColumn> BoltzmannPanel::csvColumns() const
{
    ui::CsvColumn epochs = ui::CsvColumn::named(learning_curve::kEpoch);
    for (std::size_t e = 0; e < m_errors.size(); ++e)
        epochs.values.push_back(static_cast<double>(e + 1));
    return {epochs, ui::CsvColumn::named(learning_curve::kMomentError, m_errors)};
}

} // namespace hopfield::app

namespace hopfield::app {

std::vector<ui::CsvColumn> BoltzmannPanel::thumbnailColumns() const
{
    std::vector<ui::CsvColumn> columns;
    const auto add = [&columns](const QString& name, const QVector<SpinGrid>& grids) {
        for (int k = 0; k < grids.size(); ++k)
            columns.push_back({QStringLiteral("%1_%2").arg(name).arg(k),
                               std::vector<double>(grids[k].begin(), grids[k].end())});
    };
    add(QStringLiteral("data"), m_data);
    add(QStringLiteral("sample"), m_samples);
    return columns;
}

} // namespace hopfield::app
