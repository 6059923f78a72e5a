#include "gui/generative/RbmPanel.h"

#include "NeuronGridView.h"
#include "OverlapBarsView.h"
#include "Palette.h"
#include "XYChartView.h"
#include "gui/generative/ThumbnailRow.h"
#include "learning/LearningCurveColumns.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <cmath>

namespace hopfield::app {

RbmPanel::RbmPanel(QWidget* parent)
    : LabPanel(tr("A Hopfield network is the marginal of an RBM with one Gaussian hidden unit "
                  "per memory and weights ξ^μ/√N: left the network (Glauber), right the RBM "
                  "(block Gibbs), both at T from the same corrupted letter; the hidden units "
                  "read the overlaps m_μ. Compute trains a binary RBM by contrastive "
                  "divergence."),
               parent)
{
    m_letters = new QLineEdit(QStringLiteral("A, E, X"));
    controls()->addRow(tr("Memories"), m_letters);
    m_temperature =
        addNumberControl(QStringLiteral("temperature"), tr("Temperature T"), 0.05, 2.0, 0.05, 2);
    m_temperature->setValue(RbmLiveSetup{}.temperature);
    m_noise =
        addNumberControl(QStringLiteral("noise"), tr("Noise of the start"), 0.0, 0.5, 0.05, 2);
    m_noise->setValue(RbmLiveSetup{}.noise);
    m_runButton = new QPushButton(tr("Run side by side"));
    m_runButton->setObjectName(QStringLiteral("runRbm"));
    controls()->addRow(m_runButton);
    controls()->addRow(new QLabel(tr("<b>Training</b> (Compute)")));
    m_data = new QComboBox;
    m_data->addItems({tr("bars & stripes 4×4 (exact ln L)"), tr("letters A E X O 16×16")});
    controls()->addRow(tr("Data"), m_data);
    m_hidden = addIntegerControl(QStringLiteral("hidden"), tr("Hidden units"), 1, 16);
    m_variant = new QComboBox;
    m_variant->addItems({tr("CD-k"), tr("persistent CD")});
    controls()->addRow(tr("Variant"), m_variant);
    m_k = addIntegerControl(QStringLiteral("gibbs-steps"), tr("Gibbs steps k"), 1, 50);
    m_epochs = addIntegerControl(QStringLiteral("epochs"), tr("Epochs"), 1, 5000, 50);
    m_learningRate = addNumberControl(QStringLiteral("learning-rate"), tr("Learning rate ε"), 0.001,
                                      1.0, 0.01, 3);
    m_seed = addIntegerControl(QStringLiteral("seed"), tr("Seed"), 0, 1'000'000);
    setTrainSetup({});

    auto* live = new QWidget;
    live->setObjectName(QStringLiteral("rbmLive"));
    live->setAutoFillBackground(true);
    auto* grid = new QGridLayout(live);
    m_hopfieldView = new ui::NeuronGridView;
    m_hopfieldView->setCaption(tr("Hopfield network"));
    m_visibleView = new ui::NeuronGridView;
    m_visibleView->setCaption(tr("RBM visible units s"));
    m_hopfieldBars = new ui::OverlapBarsView;
    m_hiddenBars = new ui::OverlapBarsView;
    grid->addWidget(m_hopfieldView, 0, 0);
    grid->addWidget(m_visibleView, 0, 1);
    grid->addWidget(m_hopfieldBars, 1, 0);
    grid->addWidget(m_hiddenBars, 1, 1);
    m_weightCaption = new QLabel(tr("hidden units' weights"));
    grid->addWidget(m_weightCaption, 2, 0, 1, 2);
    m_weightRow = new QHBoxLayout;
    grid->addLayout(m_weightRow, 3, 0, 1, 2);
    grid->addWidget(new QLabel(tr("samples of the machine")), 4, 0, 1, 2);
    m_sampleRow = new QHBoxLayout;
    grid->addLayout(m_sampleRow, 5, 0, 1, 2);
    grid->setRowStretch(0, 4);
    grid->setRowStretch(1, 2);
    grid->setRowStretch(3, 1);
    grid->setRowStretch(5, 1);
    addFigure(
        live, [this] { return liveColumns(); }, QStringLiteral("rbm-hopfield"), 3);

    m_curve = new ui::XYChartView(
        tr("Contrastive divergence"),
        {tr("epoch"), tr("mean ln L / reconstruction error"), false, 0, 0, 0, 0});
    m_curve->setObjectName(QStringLiteral("rbmCurve"));
    addFigure(
        m_curve, [this] { return curveColumns(); }, QStringLiteral("rbm-training"), 2);

    connect(m_runButton, &QPushButton::clicked, this, &RbmPanel::run);
    connect(&m_controller, &RbmController::frameReady, this, &RbmPanel::showFrame);
    connect(&m_controller, &RbmController::epochDone, this,
            [this](int, double logLikelihood, double reconstruction, double done) {
                m_logLikelihood.push_back(logLikelihood);
                m_reconstruction.push_back(reconstruction);
                setProgress(done);
                if (m_logLikelihood.size() % 10 == 0)
                    redrawCurve();
            });
    connect(&m_controller, &RbmController::trainingDone, this, [this] {
        redrawCurve();
        const bool exact = !m_logLikelihood.empty() && std::isfinite(m_logLikelihood.back());
        setStatus(
            exact ? tr("ln L per example %1 → %2 (exact, 2^16 states)")
                        .arg(m_logLikelihood.front(), 0, 'f', 3)
                        .arg(m_logLikelihood.back(), 0, 'f', 3)
                  : tr("Reconstruction error %1 → %2")
                        .arg(m_reconstruction.empty() ? 0.0 : m_reconstruction.front(), 0, 'f', 4)
                        .arg(m_reconstruction.empty() ? 0.0 : m_reconstruction.back(), 0, 'f', 4));
        emit trainingShown();
    });
    connect(&m_controller, &RbmController::trainingBusyChanged, this, &RbmPanel::setBusy);
    connect(&m_controller, &RbmController::failed, this, &RbmPanel::setStatus);
}

void RbmPanel::setTrainSetup(const RbmTrainSetup& setup)
{
    m_requested = setup;
    m_data->setCurrentIndex(setup.data == RbmData::BarsAndStripes ? 0 : 1);
    m_hidden->setValue(setup.hidden);
    m_variant->setCurrentIndex(setup.variant == CdVariant::Standard ? 0 : 1);
    m_k->setValue(setup.k);
    m_epochs->setValue(setup.epochs);
    m_learningRate->setValue(setup.learningRate);
    m_seed->setValue(static_cast<int>(setup.seed));
}

RbmTrainSetup RbmPanel::trainSetup() const
{
    RbmTrainSetup setup;
    setup.data = m_data->currentIndex() == 0 ? RbmData::BarsAndStripes : RbmData::Letters;
    setup.hidden = m_hidden->value();
    setup.variant = m_variant->currentIndex() == 0 ? CdVariant::Standard : CdVariant::Persistent;
    setup.k = m_k->value();
    setup.epochs = m_epochs->value();
    setup.learningRate = m_learningRate->value();
    setup.seed = static_cast<std::uint64_t>(m_seed->value());
    return setup;
}

RbmLiveSetup RbmPanel::liveSetup() const
{
    RbmLiveSetup setup;
    setup.letters.clear();
    for (const QString& name : m_letters->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        setup.letters << name.trimmed();
    setup.temperature = m_temperature->value();
    setup.noise = m_noise->value();
    setup.seed = static_cast<std::uint64_t>(m_seed->value());
    return setup;
}

void RbmPanel::run()
{
    const RbmLiveSetup setup = liveSetup();
    QStringList hidden;
    for (const QString& letter : setup.letters)
        hidden << QStringLiteral("z:%1").arg(letter);
    m_hopfieldBars->setNames(setup.letters);
    m_hiddenBars->setNames(hidden);
    setStatus(tr("Sampling both at T = %1…").arg(setup.temperature));
    m_controller.run(setup);
}

void RbmPanel::compute()
{
    m_requested = trainSetup();
    m_logLikelihood.clear();
    m_reconstruction.clear();
    m_curve->clear();
    setStatus(tr("Training…"));
    m_controller.train(m_requested);
}

void RbmPanel::cancel()
{
    m_controller.cancelTraining();
    setStatus(tr("Cancelled"));
}

void RbmPanel::showFrame(const RbmFrame& frame)
{
    m_last = frame;
    if (!frame.hopfield.isEmpty()) {
        m_hopfieldView->setGrid(frame.width, frame.height, frame.hopfield);
        m_visibleView->setGrid(frame.width, frame.height, frame.visible);
        m_hopfieldBars->setOverlaps(frame.hopfieldOverlaps);
        m_hiddenBars->setOverlaps(frame.hiddenOverlaps);
    }
    // The live run shows the dual's weights, xi^mu / sqrt(N); training its machine's.
    m_weightCaption->setText(
        frame.hopfield.isEmpty()
            ? tr("hidden units' weights, trained RBM (epoch %1)").arg(frame.step)
            : tr("hidden units' weights: ξ^μ/√N, the memories"));
    resizeThumbnailRow(m_weightRow, m_weightViews, static_cast<int>(frame.weights.size()));
    for (int mu = 0; mu < frame.weights.size(); ++mu) {
        auto* view = m_weightViews[static_cast<std::size_t>(mu)];
        view->setGrid(frame.width, frame.height, QVector<qint8>(frame.width * frame.height, 1));
        view->setMeans(frame.weights[mu]);
    }
    resizeThumbnailRow(m_sampleRow, m_sampleViews, static_cast<int>(frame.samples.size()));
    for (int k = 0; k < frame.samples.size(); ++k)
        m_sampleViews[static_cast<std::size_t>(k)]->setGrid(frame.width, frame.height,
                                                            frame.samples[k]);
    if (frame.finished && !frame.hopfield.isEmpty()) {
        QStringList pairs;
        for (int mu = 0; mu < frame.hopfieldOverlaps.size(); ++mu)
            pairs << QStringLiteral("m = %1 / z = %2")
                         .arg(frame.hopfieldOverlaps[mu], 0, 'f', 2)
                         .arg(frame.hiddenOverlaps.value(mu), 0, 'f', 2);
        setStatus(tr("After %1 steps: %2").arg(frame.step).arg(pairs.join(QStringLiteral("; "))));
        emit runFinished();
    }
}

void RbmPanel::redrawCurve()
{
    ui::XYSeries logLikelihood{tr("mean ln L (exact)"), {},  {}, ui::palette::series(0),
                               Qt::SolidLine,           true};
    ui::XYSeries reconstruction{
        tr("reconstruction error"), {}, {}, ui::palette::series(1), Qt::SolidLine, true};
    for (std::size_t e = 0; e < m_reconstruction.size(); ++e) {
        if (std::isfinite(m_logLikelihood[e]))
            logLikelihood.points.append({static_cast<double>(e), m_logLikelihood[e]});
        reconstruction.points.append({static_cast<double>(e), m_reconstruction[e]});
    }
    // The exact likelihood when there is one (N <= 16), else the reconstruction error.
    m_curve->setSeries({logLikelihood.points.isEmpty() ? reconstruction : logLikelihood});
}

std::vector<ui::CsvColumn> RbmPanel::liveColumns() const
{
    return {{QStringLiteral("hopfield_overlap"),
             std::vector<double>(m_last.hopfieldOverlaps.begin(), m_last.hopfieldOverlaps.end())},
            {QStringLiteral("hidden_overlap"),
             std::vector<double>(m_last.hiddenOverlaps.begin(), m_last.hiddenOverlaps.end())}};
}

std::vector<ui::CsvColumn> RbmPanel::curveColumns() const
{
    ui::CsvColumn epochs = ui::CsvColumn::named(learning_curve::kEpoch);
    for (std::size_t e = 0; e < m_reconstruction.size(); ++e)
        epochs.values.push_back(static_cast<double>(e));
    return {epochs, ui::CsvColumn::named(learning_curve::kLogLikelihood, m_logLikelihood),
            ui::CsvColumn::named(learning_curve::kReconstructionError, m_reconstruction)};
}

} // namespace hopfield::app
