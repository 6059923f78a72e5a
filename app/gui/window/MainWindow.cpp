#include "gui/window/MainWindow.h"

#include "gui/appearance/AppearanceActions.h"
#include "gui/appearance/Preferences.h"
#include "gui/continuous/ContinuousLab.h"
#include "gui/document/Autosaver.h"
#include "gui/document/SessionActions.h"
#include "gui/generative/GenerativeLab.h"
#include "gui/help/HelpMenu.h"
#include "gui/learning/LearningLab.h"
#include "gui/lessons/HintPanel.h"
#include "gui/lessons/LessonMenu.h"
#include "gui/patterns/PatternsPanel.h"
#include "gui/plasticity/PlasticityLab.h"
#include "gui/retrieval/demos/DemoCatalog.h"
#include "gui/retrieval/demos/DemoTips.h"
#include "gui/retrieval/view/RetrievalStudio.h"
#include "gui/retrieval/view/StudioPage.h"
#include "gui/window/StudioSessionBridge.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>

namespace hopfield::app {

MainWindow::MainWindow(const Demo& demo, bool play, QWidget* parent)
    : QMainWindow(parent), m_preferences(std::make_unique<Preferences>())
{
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("labTabs"));
    m_tabs->setDocumentMode(true);
    m_page = new StudioPage;
    m_studio = m_page->studio();
    m_tabs->addTab(m_page, tr("Retrieval studio"));
    auto* learning = new LearningLab;
    auto* continuous = new ContinuousLab;
    addLab(learning, tr("Learning && capacity"));
    addLab(continuous, tr("Continuous && control"));
    auto* plasticity = new PlasticityLab;
    addLab(plasticity, tr("Plasticity"));
    auto* generative = new GenerativeLab;
    addLab(generative, tr("Generative && hetero"));
    setCentralWidget(m_tabs);
    m_sessions = new StudioSessionBridge(*m_page, *this, Autosaver::defaultDirectory(), this);
    m_sessions->keepLabs(learning->sessionControls(), continuous->sessionControls());
    m_sessions->setPageShower([this](QWidget* page) { m_tabs->setCurrentWidget(page); });
    m_sessions->addLessonPage({LessonLab::Plasticity, plasticity, plasticity->hints(),
                               plasticity->views(),
                               [plasticity] {
                                   plasticity->runView();
                               }},
                              plasticity->lessonControls());
    m_sessions->addLessonPage({LessonLab::Generative, generative, generative->hints(),
                               generative->views(),
                               [generative] {
                                   generative->runView();
                               }},
                              generative->lessonControls());
    m_sessions->autosaver().setIntervalSeconds(m_preferences->autosaveIntervalSeconds());
    m_appearance = new AppearanceActions(*m_preferences, this);
    buildMenus();
    m_studio->addExportActions(m_exportMenu);

    m_facts = new QLabel;
    m_facts->setObjectName(QStringLiteral("networkFacts"));
    // The facts give way on a narrow window (the tooltip keeps them whole).
    m_facts->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addWidget(m_facts, 1);
    // The facts describe the studio's network: the other labs show their own.
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this](int index) { m_facts->setVisible(m_tabs->widget(index) == m_page); });
    connect(m_studio, &RetrievalStudio::titleChanged, this, &QWidget::setWindowTitle);
    connect(m_studio, &RetrievalStudio::factsChanged, m_facts, [this](const QString& facts) {
        m_facts->setText(facts);
        m_facts->setToolTip(facts);
    });
    connect(&m_studio->controller(), &RetrievalController::failed, this,
            [this](const QString& message) { statusBar()->showMessage(message); });
    connect(m_studio, &RetrievalStudio::runAnimationWritten, this,
            [this](const QString& path, const QString& error) {
                if (error.isEmpty())
                    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
            });
    connect(m_sessions, &StudioSessionBridge::failed, this,
            [this](const QString& message) { statusBar()->showMessage(message); });
    connect(&m_sessions->actions(), &SessionActions::sessionSaved, this,
            [this](const QString& path) {
                m_preferences->setLastSessionPath(path);
                statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
            });

    // Keyboard focus starts off the spin boxes, so Space, R and N reach their actions.
    m_studio->setFocusPolicy(Qt::StrongFocus);
    m_studio->setFocus();
    fitToScreen();
    loadDemo(demo, play);
}

MainWindow::~MainWindow() = default;

RetrievalController& MainWindow::controller() noexcept
{
    return m_studio->controller();
}

int MainWindow::addLab(QWidget* lab, const QString& title)
{
    return m_tabs->addTab(lab, title);
}

void MainWindow::fitToScreen()
{
    const QScreen* screen = this->screen();
    if (screen == nullptr)
        return;
    // The window opens on the whole of what the screen offers (minus panels and docks):
    // a 1280x800 projector and a 2560x1440 monitor alike.
    const QRect available = screen->availableGeometry();
    resize(available.size().expandedTo(minimumSizeHint()).boundedTo(available.size()));
    move(available.topLeft());
}

void MainWindow::restoreSavedGeometry()
{
    const QByteArray geometry = m_preferences->windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = m_preferences->windowState();
    if (!state.isEmpty())
        restoreState(state);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_sessions->autosaver().finish();
    m_preferences->setWindowGeometry(saveGeometry());
    m_preferences->setWindowState(saveState());
    m_preferences->sync();
    QMainWindow::closeEvent(event);
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_sessions->actions().addTo(m_fileMenu);
    m_fileMenu->addSeparator();
    m_exportMenu = m_fileMenu->addMenu(tr("&Export"));
    m_exportMenu->setObjectName(QStringLiteral("exportMenu"));
    m_fileMenu->addSeparator();
    QAction* quit = m_fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* demoMenu = menuBar()->addMenu(tr("&Demo"));
    auto* group = new QActionGroup(this);
    for (const Demo& demo : demos()) {
        QAction* action = demoMenu->addAction(demo.title);
        action->setCheckable(true);
        action->setData(demo.name);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, demo] {
            m_sessions->forgetLesson();
            loadDemo(demo, true);
        });
    }
    connect(demoMenu, &QMenu::aboutToShow, this, [this, group] {
        for (QAction* action : group->actions())
            action->setChecked(action->data().toString() == m_studio->demo().name);
    });
    menuBar()->insertMenu(demoMenu->menuAction(), m_sessions->lessonMenu());
    buildEditMenu();
    buildViewMenu();
    auto* help = new HelpMenu(this);
    menuBar()->addMenu(help);
    connect(help, &HelpMenu::lessonChosen, m_sessions, &StudioSessionBridge::openLesson);
}

void MainWindow::buildEditMenu()
{
    // The panel's undo stack serves the whole window from the menu, not only while the
    // panel has focus.
    QMenu* edit = new QMenu(tr("&Edit"), this);
    menuBar()->insertMenu(menuBar()->actions().value(1), edit);
    for (QAction* action : {m_page->patterns()->undoAction(), m_page->patterns()->redoAction()}) {
        action->setShortcutContext(Qt::WindowShortcut);
        edit->addAction(action);
    }
}

void MainWindow::buildViewMenu()
{
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    QAction* patterns = m_viewMenu->addAction(tr("&Pattern panel"));
    patterns->setObjectName(QStringLiteral("patternPanelAction"));
    patterns->setCheckable(true);
    patterns->setChecked(true);
    connect(patterns, &QAction::toggled, m_page, &StudioPage::setPatternsVisible);
    m_viewMenu->addSeparator();
    m_appearance->addTo(m_viewMenu);
}

void MainWindow::loadDemo(const Demo& demo, bool play)
{
    m_tabs->setCurrentWidget(m_page);
    m_studio->loadDemo(demo, play);
    m_page->hints()->setThingsToTry(demo.title, demoThingsToTry(demo.name));
}

} // namespace hopfield::app
