#include "gui/plasticity/PlasticityLab.h"

#include "gui/common/Scrollable.h"
#include "gui/lessons/HintPanel.h"
#include "gui/plasticity/PlasticityControls.h"
#include "gui/plasticity/PlasticityCurves.h"
#include "gui/plasticity/PlasticitySweepPanel.h"
#include "gui/plasticity/ReceptiveFieldPanel.h"
#include "gui/plasticity/SingleNeuronPanel.h"
#include "plasticity/DatasetSource.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>
#include <cmath>

namespace hopfield::app {
namespace {

enum DataChoice { BundledDigits, IdxFile, CifarFile };

QString dataDirectory()
{
    return QString::fromStdString(
        DatasetSource::findDataDirectory(QCoreApplication::applicationDirPath().toStdString()));
}

/// "12 s", "3 min 5 s".
QString duration(double seconds)
{
    const auto whole = static_cast<long long>(std::ceil(seconds));
    if (whole < 60)
        return QStringLiteral("%1 s").arg(whole);
    return QStringLiteral("%1 min %2 s").arg(whole / 60).arg(whole % 60);
}

} // namespace

PlasticityLab::PlasticityLab(QWidget* parent)
    : QWidget(parent), m_controller(this), m_fields(new ReceptiveFieldPanel),
      m_curves(new PlasticityCurves)
{
    m_singleNeuron = new SingleNeuronPanel;
    m_sweep = new PlasticitySweepPanel([this] { return m_controls->settings(); },
                                       [this] { return m_controller.dataset(); });
    m_views = new QTabWidget;
    m_views->setObjectName(QStringLiteral("plasticityViews"));
    m_views->addTab(m_fields, tr("Receptive fields"));
    m_views->addTab(m_curves, tr("Curves"));
    m_views->addTab(m_singleNeuron, tr("Single neuron"));
    m_views->addTab(m_sweep, tr("Sweep gamma, s"));
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(buildSide());
    layout->addWidget(scrollable(m_views), 1);

    connect(&m_controller, &PlasticityController::datasetReady, this,
            &PlasticityLab::onDatasetReady);
    connect(&m_controller, &PlasticityController::frameReady, this, &PlasticityLab::onFrame);
    connect(&m_controller, &PlasticityController::runningChanged, this, &PlasticityLab::onRunning);
    connect(&m_controller, &PlasticityController::pixelAccuracyReady, this,
            [this](double accuracy) { m_curves->setPixelAccuracy(accuracy); });
    connect(&m_controller, &PlasticityController::failed, this, [this](const QString& message) {
        setStatus(message);
        // A file that failed to load leaves the choice on the data still in use.
        m_dataChoice->blockSignals(true);
        m_dataChoice->setCurrentIndex(m_shownDataChoice);
        m_dataChoice->blockSignals(false);
    });
    connect(m_fields, &ReceptiveFieldPanel::exported, this,
            [this](const QString& path, const QString& error) {
                setStatus(error.isEmpty() ? tr("Saved %1").arg(path) : error);
            });
    connect(m_curves, &PlasticityCurves::exported, this,
            [this](const QString& path, const QString& error) {
                setStatus(error.isEmpty() ? tr("Saved %1").arg(path) : error);
            });
    // New settings start a new run: the old one's fields would not match them.
    connect(m_controls, &PlasticityControls::changed, this, [this] {
        if (m_controller.hasRun()) {
            reset();
            setStatus(tr("Settings changed: press Play to train afresh."));
        }
    });
    openDataset(QStringLiteral("digits"));
}

QWidget* PlasticityLab::buildSide()
{
    auto* side = new QWidget;
    auto* layout = new QVBoxLayout(side);
    m_hints = new HintPanel;
    m_hints->setObjectName(QStringLiteral("plasticityHints"));
    layout->addWidget(m_hints);
    auto* about = new QLabel(
        tr("Neurons learn from real handwritten digits with no labels.  BCM: y = sigma((1 - "
           "L)^-1 W x), dW = y (y - theta) x / theta, theta the running <y^2> (memory gamma), "
           "lateral strength s.  Competing units (Krotov and Hopfield 2019): the winner "
           "learns, the k-th ranked unlearns."));
    about->setWordWrap(true);
    layout->addWidget(about);

    m_dataChoice = new QComboBox;
    m_dataChoice->setObjectName(QStringLiteral("plasticityData"));
    m_dataChoice->addItems({tr("Bundled digits (10,000 MNIST)"), tr("Open IDX file..."),
                            tr("Open CIFAR-10 batch...")});
    connect(m_dataChoice, &QComboBox::activated, this, &PlasticityLab::chooseDataset);
    layout->addWidget(m_dataChoice);
    m_dataFacts = new QLabel(tr("Loading the digits..."));
    m_dataFacts->setWordWrap(true);
    layout->addWidget(m_dataFacts);

    m_controls = new PlasticityControls;
    layout->addWidget(m_controls);

    auto* buttons = new QHBoxLayout;
    m_play = new QPushButton(tr("Play"));
    m_play->setObjectName(QStringLiteral("plasticityPlay"));
    m_reset = new QPushButton(tr("Reset"));
    m_reset->setObjectName(QStringLiteral("plasticityReset"));
    buttons->addWidget(m_play);
    buttons->addWidget(m_reset);
    layout->addLayout(buttons);
    connect(m_play, &QPushButton::clicked, this, [this] {
        if (m_controller.isRunning())
            pause();
        else
            play();
    });
    connect(m_reset, &QPushButton::clicked, this, &PlasticityLab::reset);

    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setFormat(QString());
    layout->addWidget(m_progress);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("plasticityStatus"));
    layout->addWidget(m_status);
    layout->addStretch(1);

    auto* scroll = new QScrollArea;
    scroll->setWidget(side);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(280);
    scroll->setMaximumWidth(320);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return scroll;
}

void PlasticityLab::chooseDataset(int index)
{
    QString spec;
    if (index == BundledDigits) {
        spec = QStringLiteral("digits");
    } else {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open images"), QString(),
            index == IdxFile ? tr("IDX images (*idx3-ubyte *idx3-ubyte.gz);;All "
                                  "files (*)")
                             : tr("CIFAR-10 batch (*.bin *.bin.gz);;All files (*)"));
        if (path.isEmpty()) {
            m_dataChoice->setCurrentIndex(m_shownDataChoice);
            return;
        }
        spec = index == IdxFile ? path : QStringLiteral("cifar:") + path;
    }
    openDataset(spec);
}

void PlasticityLab::openDataset(const QString& spec)
{
    setStatus(tr("Loading %1...").arg(spec));
    m_controller.loadDataset(spec, dataDirectory());
}

void PlasticityLab::onDatasetReady(const QString& spec)
{
    const Dataset& dataset = *m_controller.dataset();
    m_shownDataChoice = spec == QStringLiteral("digits")           ? BundledDigits
                        : spec.startsWith(QStringLiteral("cifar")) ? CifarFile
                                                                   : IdxFile;
    m_dataChoice->setCurrentIndex(m_shownDataChoice);
    m_dataFacts->setText(tr("%1: %2 images of %3 x %4%5, %6 for training, %7 held out.")
                             .arg(QString::fromStdString(dataset.name()).isEmpty()
                                      ? spec
                                      : QString::fromStdString(dataset.name()))
                             .arg(dataset.count())
                             .arg(dataset.cols())
                             .arg(dataset.rows())
                             .arg(dataset.labelled() ? tr(", labelled") : QString())
                             .arg(dataset.trainIndices().size())
                             .arg(dataset.heldOutIndices().size()));
    m_fields->setDataset(m_controller.dataset());
    m_curves->clear();
    m_curves->setPixelAccuracy(std::nullopt);
    m_frames = 0;
    m_progress->setValue(0);
    m_progress->setFormat(QString());
    setStatus(tr("Press Play to train."));
}

void PlasticityLab::play()
{
    if (!m_controller.dataset())
        return;
    if (!m_controller.hasRun()) {
        m_fields->clear();
        m_curves->clear();
        m_frames = 0;
    }
    m_controller.play(m_controls->settings(), m_controls->evaluateEvery());
    setStatus(tr("Training..."));
}

void PlasticityLab::runView()
{
    QWidget* view = m_views->currentWidget();
    if (view == m_singleNeuron) {
        m_singleNeuron->run();
        return;
    }
    const auto start = [this, view] {
        if (view == m_sweep) {
            m_sweep->compute();
        } else {
            reset();
            play();
        }
    };
    if (m_controller.dataset())
        start();
    else
        connect(&m_controller, &PlasticityController::datasetReady, this, start,
                Qt::SingleShotConnection);
}

QList<LessonControl> PlasticityLab::lessonControls() const
{
    return m_controls->lessonControls() + m_singleNeuron->lessonControls() +
           m_sweep->lessonControls();
}

void PlasticityLab::pause()
{
    m_controller.pause();
    setStatus(tr("Paused: Play continues, Reset starts over."));
}

void PlasticityLab::reset()
{
    m_controller.reset();
    m_fields->clear();
    m_curves->clear();
    m_frames = 0;
    m_progress->setValue(0);
    m_progress->setFormat(QString());
    setStatus(tr("Press Play to train."));
}

void PlasticityLab::onFrame(const PlasticityFrame& frame)
{
    ++m_frames;
    m_fields->showFrame(frame);
    m_curves->showFrame(frame);
    m_progress->setValue(static_cast<int>(std::lround(1000.0 * frame.progress.fraction())));
    m_progress->setFormat(frame.finished ? tr("%1 epochs done").arg(frame.progress.epochs)
                                         : tr("epoch %1 / %2, %3 left")
                                               .arg(frame.epochs, 0, 'f', 1)
                                               .arg(frame.progress.epochs)
                                               .arg(frame.progress.batchesDone > 0
                                                        ? duration(frame.secondsLeft)
                                                        : QStringLiteral("?")));
    if (frame.measures) {
        const SelectivityReport& report = frame.measures->selectivity;
        QString text = tr("Epoch %1: mean selectivity %2 of %3 patterns, S = %4, beta = %5")
                           .arg(frame.epochs, 0, 'f', 1)
                           .arg(report.meanSelectivity, 0, 'f', 0)
                           .arg(report.patterns)
                           .arg(report.selectedPatterns)
                           .arg(report.overlapIndex, 0, 'f', 2);
        if (frame.measures->readout)
            text += tr(", read-out %1%").arg(100.0 * frame.measures->readout->accuracy, 0, 'f', 1);
        if (frame.samplesPerSecond > 0.0)
            text += tr("; %1 samples/s").arg(frame.samplesPerSecond, 0, 'f', 0);
        setStatus(text + QLatin1Char('.'));
    }
    if (frame.finished)
        emit finished();
}

void PlasticityLab::onRunning(bool running)
{
    m_play->setText(running ? tr("Pause") : tr("Play"));
}

void PlasticityLab::setStatus(const QString& text)
{
    m_status->setText(text);
}

QString PlasticityLab::statusText() const
{
    return m_status->text();
}

QString PlasticityLab::datasetText() const
{
    return m_dataFacts->text();
}

} // namespace hopfield::app
