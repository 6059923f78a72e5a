#include "gui/retrieval/view/RetrievalStudio.h"

#include "CsvExport.h"
#include "FigureExport.h"
#include "HeatMapView.h"
#include "NeuronGridView.h"
#include "OverlapBarsView.h"
#include "Palette.h"
#include "PatternGallery.h"
#include "StatusBadge.h"
#include "TimeBar.h"
#include "TimeSeriesChartView.h"
#include "gui/retrieval/export/RunAnimation.h"
#include "gui/retrieval/run/AttractorText.h"
#include "gui/retrieval/run/LoadedDescription.h"
#include "gui/retrieval/view/RetrievalControls.h"
#include "gui/retrieval/view/RetrievalLandscapePanel.h"
#include "gui/retrieval/view/RetrievalTrialsPanel.h"
#include "gui/retrieval/view/SpeedScale.h"

#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace hopfield::app {
namespace {

// The side and verdict columns take their preferred widths on a wide screen and give
// way down to their minimum ones, in character widths so they follow the type size;
// below that their contents scroll (issue 11, item 7: 1024x768 must fit).
constexpr int kSideColumnChars = 46;
constexpr int kSideColumnMinChars = 30;
constexpr int kVerdictChars = 58;
constexpr int kVerdictMinChars = 30;
constexpr int kColumnSpacing = 10;

/// `chars` average character widths of `widget`'s font.
int charWidths(const QWidget& widget, int chars)
{
    return chars * widget.fontMetrics().averageCharWidth();
}

/// A scroll area around `content` that scrolls vertically, and horizontally only when the
/// column is narrower than its content can be.
QScrollArea* scrolling(QWidget* content)
{
    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

/// Secondary text takes the palette's placeholder colour, which keeps WCAG AA contrast
/// in both themes (tst_appearance), rather than a fixed grey that vanishes on dark.
QLabel* makeLabel(const QString& text, double scale, bool bold, bool secondary = false)
{
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
    if (secondary)
        label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QString progressText(const RetrievalFrame& frame)
{
    if (frame.converged)
        return RetrievalStudio::tr("Fixed point: sweep %1 flipped no spin").arg(frame.sweep);
    QString text = RetrievalStudio::tr("Sweep t = %1").arg(frame.time(), 0, 'f', 2);
    if (frame.flipsLastSweep >= 0)
        text += RetrievalStudio::tr(" \u00b7 %n flip(s) in the last sweep", nullptr,
                                    frame.flipsLastSweep);
    if (frame.updatesPerSecond > 0.0)
        text +=
            QStringLiteral(" \u00b7 ") + speedscale::speedLabel(std::round(frame.updatesPerSecond));
    return text;
}

} // namespace

RetrievalStudio::RetrievalStudio(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("retrievalStudio"));
    m_timeBar = new ui::TimeBar;
    m_timeBar->setSpeedRange(speedscale::kMaxPosition);

    // Left: settings (full height).  Middle: what is stored, the start and the network
    // on top, the same run as curves below.  Right: the verdict, the overlap bars and the
    // landscape the run moves on.  The time bar under everything.
    m_title = makeLabel({}, 1.3, true);
    m_title->setWordWrap(true); // a long lesson title wraps rather than widens the window
    m_description = makeLabel({}, 1.0, false, true);
    m_description->setWordWrap(true);
    auto* stored = new QGroupBox(tr("Stored patterns"));
    auto* storedLayout = new QVBoxLayout(stored);
    storedLayout->setContentsMargins(4, 4, 4, 4);
    m_gallery = new ui::PatternGallery;
    // One row that scrolls sideways: the grids below get the column's whole width.
    m_gallery->setSingleRow(true);
    QScrollArea* galleryScroll = scrolling(m_gallery);
    galleryScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    galleryScroll->setFixedHeight(m_gallery->rowHeight() + 2 * m_gallery->fontMetrics().height() +
                                  galleryScroll->horizontalScrollBar()->sizeHint().height());
    storedLayout->addWidget(galleryScroll);
    m_middle = new QVBoxLayout;
    m_middle->setSpacing(6);
    m_middle->addWidget(m_title);
    m_middle->addWidget(m_description);
    m_middle->addWidget(stored);
    m_middle->addWidget(buildGrids(), 1);
    m_middle->addWidget(buildCharts(), 1);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(kColumnSpacing);
    columns->addWidget(buildSideColumn());
    columns->addLayout(m_middle, 1);
    columns->addWidget(buildVerdict());

    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(8, 6, 8, 2);
    rows->setSpacing(4);
    rows->addLayout(columns, 1);
    rows->addWidget(m_timeBar);
    fitColumns();

    connectTimeBar();
    connectControls();
    connect(&m_controller, &RetrievalController::runningChanged, m_timeBar,
            &ui::TimeBar::setRunning);
    connect(&m_controller, &RetrievalController::sceneReady, this, &RetrievalStudio::showScene);
    connect(&m_controller, &RetrievalController::sweepsCompleted, this,
            &RetrievalStudio::onSweepEnds);
    connect(&m_controller, &RetrievalController::frameReady, this, &RetrievalStudio::onFrame);
    connect(&m_controller, &RetrievalController::failed, this, &RetrievalStudio::showFailure);
    connect(&m_controller, &RetrievalController::trialsProgress, m_trials,
            &RetrievalTrialsPanel::showCounts);
}

RetrievalStudio::~RetrievalStudio() = default;

QWidget* RetrievalStudio::buildSideColumn()
{
    m_sidePanels = new QTabWidget;
    m_sidePanels->setObjectName(QStringLiteral("sidePanels"));
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    m_controls = new RetrievalControls;
    m_trials = new RetrievalTrialsPanel;
    layout->addWidget(m_controls);
    layout->addWidget(m_trials);
    layout->addStretch(1);
    m_runPage = page;
    QScrollArea* runScroll = scrolling(page);
    m_sidePanels->addTab(runScroll, tr("Run"));
    connect(m_trials, &RetrievalTrialsPanel::runRequested, &m_controller,
            &RetrievalController::runTrials);
    connect(m_trials, &RetrievalTrialsPanel::cancelRequested, &m_controller,
            &RetrievalController::cancelTrials);
    return m_sidePanels;
}

QWidget* RetrievalStudio::buildGrids()
{
    auto* grids = new QWidget;
    auto* layout = new QHBoxLayout(grids);
    layout->setContentsMargins(0, 0, 0, 0);
    m_startView = new ui::NeuronGridView;
    m_startView->setObjectName(QStringLiteral("startView"));
    m_stateView = new ui::NeuronGridView;
    m_stateView->setObjectName(QStringLiteral("stateView"));
    m_stateView->setCaption(tr("Network state"));
    m_stateView->setToolTip(tr("Dark: s = +1, light: s = \u22121. The orange outline marks the "
                               "neuron updated last."));
    for (ui::NeuronGridView* view : {m_startView, m_stateView}) {
        QFont font = view->font();
        font.setBold(true);
        view->setFont(font);
        layout->addWidget(view);
    }
    return grids;
}

QWidget* RetrievalStudio::buildVerdict()
{
    auto* panel = new QWidget;
    m_verdict = panel;
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    m_badge = new ui::StatusBadge;
    m_badge->setObjectName(QStringLiteral("attractorBadge"));
    m_progress = makeLabel({}, 1.0, false, true);
    m_progress->setWordWrap(true);
    m_progress->setAlignment(Qt::AlignHCenter);
    m_bars = new ui::OverlapBarsView;
    m_bars->setObjectName(QStringLiteral("overlapBars"));
    m_bars->setMinimumHeight(130);
    m_landscape = new RetrievalLandscapePanel;
    layout->addWidget(m_badge);
    layout->addWidget(m_progress);
    layout->addWidget(makeLabel(tr("Overlaps m<sub>\u03bc</sub>"), 1.0, true), 0, Qt::AlignHCenter);
    layout->addWidget(m_bars, 2);
    layout->addWidget(m_landscape, 5);
    connect(m_landscape, &RetrievalLandscapePanel::landscapeRequested, &m_landscapes,
            &RetrievalLandscapeController::request);
    connect(&m_landscapes, &RetrievalLandscapeController::landscapeReady, m_landscape,
            &RetrievalLandscapePanel::showLandscape);
    return panel;
}

QWidget* RetrievalStudio::buildCharts()
{
    auto* charts = new QWidget;
    m_chartGrid = new QGridLayout(charts);
    m_chartGrid->setContentsMargins(0, 0, 0, 0);
    m_chartGrid->setSpacing(10);
    ui::ChartAxes overlapAxes{tr("sweep t"), tr("overlap m<sub>\u03bc</sub>"), -1.0, 1.0, 0.5, 2.0};
    m_overlapChart = new ui::TimeSeriesChartView(tr("Overlaps with memories"), overlapAxes);
    m_overlapChart->setObjectName(QStringLiteral("overlapChart"));
    ui::ChartAxes energyAxes{tr("sweep t"), tr("energy E / N"), 0.0, 0.0, 0.0, 2.0};
    m_energyChart = new ui::TimeSeriesChartView(tr("Energy"), energyAxes);
    m_energyChart->setObjectName(QStringLiteral("energyChart"));
    m_energyChart->setSeriesNames({tr("E / N")});
    for (ui::TimeSeriesChartView* chart : {m_overlapChart, m_energyChart})
        chart->setMinimumHeight(230);
    m_chartGrid->addWidget(m_overlapChart, 0, 0);
    m_chartGrid->addWidget(m_energyChart, 0, 1);
    m_chartGrid->setColumnStretch(0, 3);
    m_chartGrid->setColumnStretch(1, 2);
    return charts;
}

void RetrievalStudio::fitColumns()
{
    // As wide as the run controls need, with room for a vertical scroll bar: narrower, they
    // scroll sideways.
    const int fields = m_runPage->minimumSizeHint().width() +
                       m_sidePanels->style()->pixelMetric(QStyle::PM_ScrollBarExtent) +
                       2 * m_sidePanels->style()->pixelMetric(QStyle::PM_DefaultFrameWidth);
    const int sideMax = std::max(fields, charWidths(*this, kSideColumnChars));
    const int verdictMin = charWidths(*this, kVerdictMinChars);
    const int verdictMax = charWidths(*this, kVerdictChars);
    m_sidePanels->setMinimumWidth(std::min(fields, charWidths(*this, kSideColumnMinChars)));
    m_verdict->setMinimumWidth(verdictMin);
    // QBoxLayout takes a shortfall equally from every column above its minimum, so the run
    // column scrolled at 1280 px while the verdict column was wider than its least.  The
    // maxima set the order instead (they leave the window's least size alone): first the
    // run controls' width, then the verdict up to its full width, then the run column up
    // to its own; the middle takes the rest.  Too narrow for that (1024 px), the verdict
    // keeps its least width and the run column gives way down to its minimum.
    const QMargins margins = layout()->contentsMargins();
    const int free = width() - margins.left() - margins.right() - 2 * kColumnSpacing -
                     m_middle->minimumSize().width();
    const int side = std::clamp(free - verdictMax, fields, sideMax);
    m_sidePanels->setMaximumWidth(side);
    m_verdict->setMaximumWidth(std::clamp(free - side, verdictMin, verdictMax));
}

void RetrievalStudio::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // Presentation mode: the columns scale too, once the controls inside know their size.
    if (event->type() == QEvent::FontChange)
        QTimer::singleShot(0, this, &RetrievalStudio::fitColumns);
}

void RetrievalStudio::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitColumns();
}

void RetrievalStudio::connectTimeBar()
{
    connect(m_timeBar, &ui::TimeBar::playToggled, this, &RetrievalStudio::togglePlay);
    connect(m_timeBar, &ui::TimeBar::stepSweepRequested, this, &RetrievalStudio::stepSweep);
    connect(m_timeBar, &ui::TimeBar::stepSpinRequested, this, &RetrievalStudio::stepSpin);
    connect(m_timeBar, &ui::TimeBar::stepBackRequested, this, &RetrievalStudio::stepBack);
    connect(m_timeBar, &ui::TimeBar::historyScrubbed, this, &RetrievalStudio::showHistoryFrame);
    connect(m_timeBar, &ui::TimeBar::resetAllRequested, this, &RetrievalStudio::resetAll);
    connect(m_timeBar, &ui::TimeBar::speedChanged, this, &RetrievalStudio::setSpeedPosition);
}

void RetrievalStudio::connectControls()
{
    connect(m_controls, &RetrievalControls::temperatureChanged, this, [this](double temperature) {
        m_controller.setTemperature(temperature);
        m_landscape->setTemperature(temperature);
        emit factsChanged(networkFacts());
    });
    connect(m_controls, &RetrievalControls::modeChanged, &m_controller,
            &RetrievalController::setMode);
    connect(m_controls, &RetrievalControls::ruleChanged, &m_controller,
            &RetrievalController::setRule);
    connect(m_controls, &RetrievalControls::seedChanged, &m_controller,
            &RetrievalController::setSeed);
    connect(m_controls, &RetrievalControls::fieldChanged, &m_controller,
            &RetrievalController::setField);
    connect(m_controls, &RetrievalControls::targetChanged, &m_controller,
            &RetrievalController::setTarget);
    connect(m_controls, &RetrievalControls::noiseChanged, &m_controller,
            &RetrievalController::setNoise);
    connect(m_controls, &RetrievalControls::newCorruptionRequested, &m_controller,
            &RetrievalController::newCorruption);
    connect(m_controls, &RetrievalControls::showAveragesToggled, this, [this] {
        if (!m_history.isEmpty())
            present(m_history.at(m_shown < 0 ? m_history.size() - 1 : m_shown));
    });
}

QString RetrievalStudio::descriptionText() const
{
    return m_description->text();
}

void RetrievalStudio::addSidePanel(QWidget* panel, const QString& title)
{
    m_sidePanels->addTab(panel, title);
}

QWidget* RetrievalStudio::stateView() const noexcept
{
    return m_stateView;
}

void RetrievalStudio::loadDemo(const Demo& demo, bool play, const std::optional<RunResume>& resume)
{
    m_demo = demo;
    m_demoPatterns.reset(); // the next scene holds the patterns the demo's text describes
    m_title->setText(demo.title);
    m_description->setText(demo.description);
    emit titleChanged(demo.title);
    loadSetup(demo.setup, play, resume);
}

void RetrievalStudio::loadSetup(const RetrievalSetup& setup, bool play,
                                const std::optional<RunResume>& resume)
{
    m_badge->setBadge(tr("preparing\u2026"), ui::palette::neutral());
    m_controller.cancelTrials(); // counts of another setup would mislead
    m_trials->clear();
    m_controller.load(setup, play, resume);
}

void RetrievalStudio::togglePlay()
{
    if (!m_controller.isRunning())
        resumeFromShownFrame();
    m_controller.togglePlay();
}

void RetrievalStudio::stepSweep()
{
    resumeFromShownFrame();
    m_controller.stepSweep();
}

void RetrievalStudio::stepSpin()
{
    resumeFromShownFrame();
    m_controller.stepSpin();
}

void RetrievalStudio::stepBack()
{
    const int current = m_shown < 0 ? m_history.size() - 1 : m_shown;
    if (current > 0)
        showHistoryFrame(current - 1);
}

void RetrievalStudio::showHistoryFrame(int index)
{
    if (index < 0 || index >= m_history.size())
        return;
    if (m_controller.isRunning())
        m_controller.pause();
    m_shown = index == m_history.size() - 1 ? -1 : index;
    present(m_history.at(index));
    m_landscape->showTrajectory(m_history, m_shown);
    showHistoryPosition();
}

void RetrievalStudio::resumeFromShownFrame()
{
    if (m_shown < 0)
        return;
    const RetrievalFrame frame = m_history.at(m_shown);
    m_history.truncateAfter(m_shown);
    m_shown = -1;
    // The curves go back with the run.
    m_series.truncateAfter(frame.time());
    replayCharts();
    m_lastTime = frame.time();
    m_controller.restore(frame);
    showHistoryPosition();
}

void RetrievalStudio::resetAll()
{
    m_history.clear();
    m_shown = -1;
    clearCurves();
    m_lastTime = 0.0;
    m_trials->clear();
    m_controller.cancelTrials();
    m_controller.reset();
    showHistoryPosition();
}

void RetrievalStudio::setSpeedPosition(int position)
{
    const double speed = speedscale::speedAt(position);
    m_timeBar->showSpeed(position, speedscale::speedLabel(speed));
    m_controller.setSpeed(speed);
}

void RetrievalStudio::showScene(const RetrievalScene& scene)
{
    m_scene = scene;
    const RetrievalSetup& setup = m_controller.setup();
    if (!m_demoPatterns)
        m_demoPatterns = scene.stored;
    // Other patterns than the demo's own (a set loaded, a pattern drawn): its text would
    // describe what is no longer there.
    m_description->setText(scene.stored == *m_demoPatterns ? m_demo.description
                                                           : loadedDescription(scene, setup));
    m_gallery->setPatterns(scene.width, scene.height, scene.names,
                           scene.stored.mid(0, RetrievalScene::kMaxThumbnails), scene.patterns());
    m_gallery->setSelected(scene.target);
    m_startView->setCaption(tr("Start: %1").arg(scene.startDescription));
    m_startView->setGrid(scene.width, scene.height, scene.start);
    m_stateView->setGrid(scene.width, scene.height, scene.start);
    m_bars->setNames(scene.names);
    m_overlapSeries = OverlapSeries(scene.names, scene.target);
    m_overlapChart->setSeriesNames(m_overlapSeries.names());
    m_overlapChart->setEmphasized(m_overlapSeries.emphasized());
    m_series.setOverlapNames(m_overlapSeries.names());
    m_history.clear();
    m_shown = -1;
    clearCurves();
    m_lastTime = 0.0;
    m_controls->showSetup(setup, scene.names);
    // With the pattern field the energy drawn has the term -h.s = -H N m_mu too; the
    // name stays short enough for the legend at 1280 px.
    m_energyChart->setSeriesNames(
        {setup.fieldPattern ? tr("E/N, field on %1").arg(scene.names.value(*setup.fieldPattern))
                            : tr("E / N")});
    // The plane of the start: the mixture's first two patterns sliced through the third,
    // or the target against the next pattern.
    if (setup.start == StartKind::Mixture && setup.mixture.size() >= 3)
        m_landscape->setPatterns(scene.names, scene.stored, setup.mixture[0], setup.mixture[1],
                                 setup.mixture[2]);
    else if (scene.patterns() >= 2)
        m_landscape->setPatterns(scene.names, scene.stored, std::max(scene.target, 0),
                                 scene.target == 0 ? 1 : 0, -1);
    m_landscape->setTemperature(setup.temperature);
    m_timeBar->showSpeed(speedscale::positionFor(setup.speed), speedscale::speedLabel(setup.speed));
    m_timeBar->setSpinStepEnabled(setup.mode != UpdateMode::Synchronous);
    showHistoryPosition();
    emit factsChanged(networkFacts());
}

void RetrievalStudio::record(const RetrievalFrame& frame)
{
    m_lastTime = frame.time();
    const bool full = m_history.size() == m_history.capacity();
    m_history.append(frame);
    if (m_shown >= 0 && full) // the frame on view moved one place towards the front
        m_shown = std::max(m_shown - 1, 0);
    appendToCurves(frame);
}

void RetrievalStudio::onSweepEnds(const QVector<RetrievalFrame>& sweepEnds)
{
    for (const RetrievalFrame& frame : sweepEnds)
        if (frame.time() > m_lastTime)
            record(frame);
}

void RetrievalStudio::onFrame(const RetrievalFrame& frame)
{
    if (frame.time() < m_lastTime) { // the run started again (a reset, a replay)
        m_history.clear();
        m_shown = -1;
        clearCurves();
    }
    // A frame at a sweep end already recorded by onSweepEnds is not kept twice.
    if (m_history.isEmpty() || frame.time() > m_lastTime)
        record(frame);
    if (m_shown < 0) {
        present(frame);
        m_landscape->showTrajectory(m_history, m_shown);
    }
    showHistoryPosition();
}

void RetrievalStudio::present(const RetrievalFrame& frame)
{
    m_stateView->setSpins(frame.spins);
    m_stateView->setMeans(m_controls->showsAverages() ? frame.meanSpins : QVector<float>{});
    m_stateView->setHighlightedCell(frame.lastUpdated);
    m_bars->setOverlaps(frame.overlaps);
    m_badge->setBadge(frame.attractor,
                      frame.settled ? attractorColour(frame.kind) : ui::palette::neutral());
    m_progress->setText(progressText(frame));
}

void RetrievalStudio::clearCurves()
{
    m_overlapChart->clearPoints();
    m_energyChart->clearPoints();
    m_series.clear();
}

void RetrievalStudio::appendToCurves(const RetrievalFrame& frame)
{
    const QVector<double> overlaps = m_overlapSeries.values(frame.overlaps);
    m_overlapChart->appendPoint(frame.time(), overlaps);
    m_energyChart->appendPoint(frame.time(), {frame.energyPerNeuron});
    m_series.append(frame.time(), frame.energyPerNeuron, overlaps);
}

void RetrievalStudio::replayCharts()
{
    m_overlapChart->clearPoints();
    m_energyChart->clearPoints();
    const std::vector<ui::CsvColumn> columns = m_series.columns();
    for (int row = 0; row < m_series.rows(); ++row) {
        const auto at = static_cast<std::size_t>(row);
        QVector<double> overlaps;
        for (std::size_t k = 2; k < columns.size(); ++k)
            overlaps.append(columns[k].values[at]);
        m_overlapChart->appendPoint(columns[0].values[at], overlaps);
        m_energyChart->appendPoint(columns[0].values[at], {columns[1].values[at]});
    }
}

QWidget* RetrievalStudio::figureWidget(Figure figure)
{
    switch (figure) {
    case Figure::Landscape:
        return m_landscape->view();
    case Figure::OverlapBars:
        return m_bars;
    case Figure::NetworkState:
        return m_stateView;
    case Figure::OverlapChart:
        return m_overlapChart;
    case Figure::EnergyChart:
        return m_energyChart;
    case Figure::Studio:
        break;
    }
    return this;
}

QString RetrievalStudio::exportFigure(Figure figure, const QString& path, double dpi)
{
    ui::figure::Options options;
    options.dpi = dpi;
    options.title = m_demo.title;
    return ui::figure::write(*figureWidget(figure), path, options);
}

QString RetrievalStudio::exportSeries(const QString& path) const
{
    return ui::csv::write(path, m_series.columns());
}

void RetrievalStudio::exportRunAnimation(const QString& path)
{
    RunAnimationOptions options;
    options.showMeans = m_controls->showsAverages();
    m_exportThread.start([this, path, options, history = m_history, width = m_scene.width,
                          height = m_scene.height](const JobThread::Context& context) {
        const QString error = writeRunAnimation(path, history, width, height, options);
        context.post([this, path, error] { emit runAnimationWritten(path, error); });
    });
}

void RetrievalStudio::addExportActions(QMenu* menu)
{
    const std::pair<Figure, QString> figures[] = {
        {Figure::Landscape, tr("Free-energy &landscape\u2026")},
        {Figure::OverlapBars, tr("Overlap &bars\u2026")},
        {Figure::NetworkState, tr("&Network state\u2026")},
        {Figure::OverlapChart, tr("&Overlap curves\u2026")},
        {Figure::EnergyChart, tr("&Energy curve\u2026")},
        {Figure::Studio, tr("The whole &studio\u2026")},
    };
    for (const auto& [figure, text] : figures) {
        QAction* action = menu->addAction(text);
        action->setToolTip(tr("PNG at a chosen DPI, SVG or PDF"));
        connect(action, &QAction::triggered, this, [this, figure = figure] {
            const QString path = QFileDialog::getSaveFileName(
                this, tr("Export figure"), QString(),
                tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
            if (path.isEmpty())
                return;
            double dpi = 300.0;
            if (path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive)) {
                bool ok = false;
                dpi = QInputDialog::getInt(this, tr("Export figure"), tr("Resolution (DPI):"), 300,
                                           72, 1200, 50, &ok);
                if (!ok)
                    return;
            }
            const QString error = exportFigure(figure, path, dpi);
            if (!error.isEmpty())
                QMessageBox::warning(this, tr("Export figure"), error);
        });
    }
    menu->addSeparator();
    addFileExport(menu, tr("Overlap and energy &series (CSV)\u2026"), tr("CSV table (*.csv)"),
                  [this](const QString& path) { return exportSeries(path); });
    QAction* gif = menu->addAction(tr("The run as an animated &GIF\u2026"));
    gif->setToolTip(tr("The network state of the last %1 frames, looping")
                        .arg(RetrievalHistory::kDefaultCapacity));
    connect(gif, &QAction::triggered, this, [this] {
        if (const QString path = askExportPath(tr("Animated GIF (*.gif)")); !path.isEmpty())
            exportRunAnimation(path);
    });
    connect(this, &RetrievalStudio::runAnimationWritten, this,
            [this](const QString&, const QString& error) {
                if (!error.isEmpty())
                    QMessageBox::warning(this, tr("Export"), error);
            });
}

QString RetrievalStudio::askExportPath(const QString& filter)
{
    return QFileDialog::getSaveFileName(this, tr("Export"), QString(), filter);
}

QAction* RetrievalStudio::addFileExport(QMenu* menu, const QString& text, const QString& filter,
                                        std::function<QString(const QString&)> write)
{
    QAction* action = menu->addAction(text);
    connect(action, &QAction::triggered, this, [this, filter, write = std::move(write)] {
        const QString path = askExportPath(filter);
        if (path.isEmpty())
            return;
        const QString error = write(path);
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Export"), error);
    });
    return action;
}

void RetrievalStudio::showHistoryPosition()
{
    const int count = m_history.size();
    m_timeBar->showHistory(count, m_shown < 0 ? count - 1 : m_shown);
}

void RetrievalStudio::showFailure(const QString& message)
{
    m_badge->setBadge(tr("cannot run"), ui::palette::warning());
    m_progress->setText(message);
}

QString RetrievalStudio::networkFacts() const
{
    const int neurons = m_scene.neurons();
    if (neurons == 0)
        return {};
    const RetrievalSetup& setup = m_controller.setup();
    const QString memory =
        setup.denseMemory
            ? tr("dense memory F = %1")
                  .arg(setup.denseMemory->kind == InteractionKind::Exponential
                           ? QStringLiteral("e^x")
                           : QStringLiteral("x^%1").arg(setup.denseMemory->power))
            : tr("%1 couplings").arg(QString::fromStdString(couplingRuleName(setup.rule)));
    return tr("N = %1 neurons (%2\u00d7%3) \u00b7 P = %4 patterns \u00b7 load \u03b1 = P/N = %5 "
              "\u00b7 %6 \u00b7 T = %7 \u00b7 seed %8")
        .arg(neurons)
        .arg(m_scene.width)
        .arg(m_scene.height)
        .arg(m_scene.patterns())
        .arg(static_cast<double>(m_scene.patterns()) / neurons, 0, 'f', 3)
        .arg(memory)
        .arg(setup.temperature, 0, 'f', 2)
        .arg(setup.seed);
}

QList<LessonControl> RetrievalStudio::lessonControls() const
{
    QList<LessonControl> controls = m_controls->lessonControls();
    controls.append(LessonControl{ControlId::Speed, m_timeBar->speedSlider()});
    controls.append(LessonControl{ControlId::Landscape, m_landscape});
    controls.append(LessonControl{ControlId::Trials, m_trials});
    return controls;
}

} // namespace hopfield::app
