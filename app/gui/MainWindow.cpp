#include "MainWindow.h"

#include "AttractorText.h"
#include "DemoCatalog.h"
#include "NeuronGridView.h"
#include "Palette.h"
#include "PatternGallery.h"
#include "RetrievalToolBar.h"
#include "SpeedScale.h"
#include "StatusBadge.h"
#include "TimeSeriesChartView.h"

#include <QActionGroup>
#include <QApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QVBoxLayout>
#include <cmath>

namespace hopfield::app {
namespace {

constexpr QSize kDefaultSize(1280, 800);

QLabel* makeLabel(const QString& text, double scale, bool bold, const QString& colour = {})
{
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
    if (!colour.isEmpty())
        label->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
    return label;
}

QString progressText(const RetrievalFrame& frame)
{
    if (frame.converged)
        return MainWindow::tr("Fixed point: sweep %1 flipped no spin").arg(frame.sweep);
    QString text = MainWindow::tr("Sweep t = %1").arg(frame.time(), 0, 'f', 2);
    if (frame.flipsLastSweep >= 0)
        text +=
            MainWindow::tr(" \u00b7 %n flip(s) in the last sweep", nullptr, frame.flipsLastSweep);
    return text;
}

} // namespace

MainWindow::MainWindow(const Demo& demo, bool play, QWidget* parent) : QMainWindow(parent)
{
    m_toolBar = new RetrievalToolBar(this);
    addToolBar(Qt::TopToolBarArea, m_toolBar);
    buildMenus();

    // Top: what is stored, where the run started, where it is, and what it means.
    // Bottom: the same run as curves over time, wide so the time axis has room.
    auto* central = new QWidget;
    auto* rows = new QVBoxLayout(central);
    rows->setContentsMargins(10, 8, 10, 6);
    rows->setSpacing(8);
    auto* top = new QHBoxLayout;
    top->setSpacing(12);
    auto* stored = new QGroupBox(tr("Stored patterns"));
    auto* storedLayout = new QVBoxLayout(stored);
    m_gallery = new ui::PatternGallery;
    storedLayout->addWidget(m_gallery);
    top->addWidget(stored, 0);
    top->addLayout(buildGrids(), 1);
    top->addWidget(buildVerdict(), 0);
    rows->addLayout(top, 5);
    rows->addLayout(buildCharts(), 4);
    setCentralWidget(central);

    m_facts = new QLabel;
    m_speed = new QLabel;
    statusBar()->addWidget(m_facts, 1);
    statusBar()->addPermanentWidget(m_speed);

    connect(m_toolBar, &RetrievalToolBar::playToggled, &m_controller,
            &RetrievalController::togglePlay);
    connect(m_toolBar, &RetrievalToolBar::stepRequested, &m_controller,
            &RetrievalController::stepSweep);
    connect(m_toolBar, &RetrievalToolBar::resetRequested, &m_controller,
            &RetrievalController::reset);
    connect(m_toolBar, &RetrievalToolBar::newCorruptionRequested, &m_controller,
            &RetrievalController::newCorruption);
    connect(m_toolBar, &RetrievalToolBar::speedChanged, &m_controller,
            &RetrievalController::setSpeed);
    connect(m_toolBar, &RetrievalToolBar::noiseChanged, &m_controller,
            &RetrievalController::setNoise);
    connect(m_toolBar, &RetrievalToolBar::targetChanged, &m_controller,
            &RetrievalController::setTarget);
    connect(m_toolBar, &RetrievalToolBar::temperatureChanged, this, [this](double temperature) {
        m_controller.setTemperature(temperature);
        showNetworkFacts();
    });
    connect(&m_controller, &RetrievalController::runningChanged, m_toolBar,
            &RetrievalToolBar::setRunning);
    connect(&m_controller, &RetrievalController::sceneReady, this, &MainWindow::showScene);
    connect(&m_controller, &RetrievalController::frameReady, this, &MainWindow::showFrame);
    connect(&m_controller, &RetrievalController::failed, this, &MainWindow::showFailure);

    // Keyboard focus starts off the spin boxes, so Space, R and N reach their actions.
    central->setFocusPolicy(Qt::StrongFocus);
    central->setFocus();
    resize(kDefaultSize);
    loadDemo(demo, play);
}

MainWindow::~MainWindow() = default;

QLayout* MainWindow::buildGrids()
{
    auto* grids = new QHBoxLayout;
    m_startView = new ui::NeuronGridView;
    m_startView->setObjectName(QStringLiteral("startView"));
    m_stateView = new ui::NeuronGridView;
    m_stateView->setObjectName(QStringLiteral("stateView"));
    m_stateView->setCaption(tr("Network state"));
    m_stateView->setToolTip(tr("Dark: s = +1, light: s = \u22121. The orange outline marks the "
                               "neuron updated last."));
    for (ui::NeuronGridView* view : {m_startView, m_stateView}) {
        QFont font = view->font();
        font.setPointSizeF(font.pointSizeF() * 1.15);
        font.setBold(true);
        view->setFont(font);
        grids->addWidget(view);
    }
    return grids;
}

QWidget* MainWindow::buildVerdict()
{
    auto* panel = new QWidget;
    panel->setFixedWidth(300);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = makeLabel({}, 1.5, true);
    m_title->setWordWrap(true);
    m_description = makeLabel({}, 1.0, false, QStringLiteral("#4a4a4a"));
    m_description->setWordWrap(true);
    m_badge = new ui::StatusBadge;
    m_badge->setObjectName(QStringLiteral("attractorBadge"));
    m_progress = makeLabel({}, 1.0, false, QStringLiteral("#4a4a4a"));
    m_progress->setWordWrap(true);
    m_progress->setAlignment(Qt::AlignHCenter);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addSpacing(16);
    layout->addWidget(makeLabel(tr("Current state"), 1.0, true), 0, Qt::AlignHCenter);
    layout->addWidget(m_badge);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    return panel;
}

QLayout* MainWindow::buildCharts()
{
    auto* charts = new QHBoxLayout;
    charts->setSpacing(10);
    ui::ChartAxes overlapAxes{tr("sweep t"), tr("overlap m<sub>\u03bc</sub>"), -1.0, 1.0, 0.5, 2.0};
    m_overlapChart =
        new ui::TimeSeriesChartView(tr("Overlaps with the stored patterns"), overlapAxes);
    m_overlapChart->setObjectName(QStringLiteral("overlapChart"));
    ui::ChartAxes energyAxes{tr("sweep t"), tr("energy E / N"), 0.0, 0.0, 0.0, 2.0};
    m_energyChart = new ui::TimeSeriesChartView(tr("Energy per neuron"), energyAxes);
    m_energyChart->setObjectName(QStringLiteral("energyChart"));
    m_energyChart->setSeriesNames({tr("E / N")});
    // Never squeezed below readable axes, whatever the top row holds.
    for (ui::TimeSeriesChartView* chart : {m_overlapChart, m_energyChart})
        chart->setMinimumHeight(260);
    charts->addWidget(m_overlapChart, 3);
    charts->addWidget(m_energyChart, 2);
    return charts;
}

void MainWindow::buildMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* demoMenu = menuBar()->addMenu(tr("&Demo"));
    auto* group = new QActionGroup(this);
    for (const Demo& demo : demos()) {
        QAction* action = demoMenu->addAction(demo.title);
        action->setCheckable(true);
        action->setData(demo.name);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, demo] { loadDemo(demo, true); });
    }
    connect(demoMenu, &QMenu::aboutToShow, this, [this, group] {
        for (QAction* action : group->actions())
            action->setChecked(action->data().toString() == m_demo.name);
    });
}

void MainWindow::loadDemo(const Demo& demo, bool play)
{
    m_demo = demo;
    setWindowTitle(demo.title);
    m_title->setText(demo.title);
    m_description->setText(demo.description);
    m_badge->setBadge(tr("preparing\u2026"), ui::palette::neutral());
    m_controller.load(demo.setup, play);
}

void MainWindow::showScene(const RetrievalScene& scene)
{
    m_scene = scene;
    m_gallery->setPatterns(scene.width, scene.height, scene.names, scene.thumbnails,
                           scene.patterns());
    m_gallery->setSelected(scene.target);
    m_startView->setCaption(tr("Start: %1").arg(scene.startDescription));
    m_startView->setGrid(scene.width, scene.height, scene.start);
    m_stateView->setGrid(scene.width, scene.height, scene.start);
    m_overlapSeries = OverlapSeries(scene.names, scene.target);
    m_overlapChart->setSeriesNames(m_overlapSeries.names());
    m_overlapChart->setEmphasized(m_overlapSeries.emphasized());
    m_energyChart->clearPoints();
    m_lastTime = 0.0;
    m_toolBar->showSetup(m_controller.setup(), scene.names);
    showNetworkFacts();
}

void MainWindow::showFrame(const RetrievalFrame& frame)
{
    if (frame.time() < m_lastTime) { // a reset: the curves start again
        m_overlapChart->clearPoints();
        m_energyChart->clearPoints();
    }
    m_lastTime = frame.time();
    m_stateView->setSpins(frame.spins);
    m_stateView->setHighlightedCell(frame.lastUpdated);
    m_overlapChart->appendPoint(frame.time(), m_overlapSeries.values(frame.overlaps));
    m_energyChart->appendPoint(frame.time(), {frame.energyPerNeuron});
    m_badge->setBadge(frame.attractor, attractorColour(frame.kind));
    m_progress->setText(progressText(frame));
    if (frame.converged)
        m_speed->setText(tr("stopped at a fixed point"));
    else if (frame.updatesPerSecond > 0.0)
        m_speed->setText(speedscale::speedLabel(std::round(frame.updatesPerSecond)));
    else
        m_speed->setText(tr("paused"));
}

void MainWindow::showFailure(const QString& message)
{
    m_badge->setBadge(tr("cannot run"), ui::palette::warning());
    m_progress->setText(message);
    statusBar()->showMessage(message);
}

void MainWindow::showNetworkFacts()
{
    const int neurons = m_scene.neurons();
    if (neurons == 0)
        return;
    m_facts->setText(tr("N = %1 neurons (%2\u00d7%3) \u00b7 P = %4 patterns \u00b7 load \u03b1 = "
                        "P/N = %5 \u00b7 Hebb couplings \u00b7 T = %6 \u00b7 seed %7")
                         .arg(neurons)
                         .arg(m_scene.width)
                         .arg(m_scene.height)
                         .arg(m_scene.patterns())
                         .arg(static_cast<double>(m_scene.patterns()) / neurons, 0, 'f', 3)
                         .arg(m_controller.setup().temperature, 0, 'f', 2)
                         .arg(m_controller.setup().seed));
}

} // namespace hopfield::app
