#include "MainWindow.h"

#include "ContinuousLab.h"
#include "DemoCatalog.h"
#include "LearningLab.h"
#include "RetrievalStudio.h"

#include <QActionGroup>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>

namespace hopfield::app {
namespace {

constexpr QSize kDefaultSize(1280, 800);

} // namespace

MainWindow::MainWindow(const Demo& demo, bool play, QWidget* parent) : QMainWindow(parent)
{
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("labTabs"));
    m_tabs->setDocumentMode(true);
    m_studio = new RetrievalStudio;
    m_tabs->addTab(m_studio, tr("Retrieval studio"));
    addLab(new LearningLab, tr("Learning && capacity"));
    addLab(new ContinuousLab, tr("Continuous && control"));
    setCentralWidget(m_tabs);
    buildMenus();
    m_studio->addExportActions(m_exportMenu);

    m_facts = new QLabel;
    statusBar()->addWidget(m_facts, 1);
    connect(m_studio, &RetrievalStudio::titleChanged, this, &QWidget::setWindowTitle);
    connect(m_studio, &RetrievalStudio::factsChanged, m_facts, &QLabel::setText);
    connect(&m_studio->controller(), &RetrievalController::failed, this,
            [this](const QString& message) { statusBar()->showMessage(message); });

    // Keyboard focus starts off the spin boxes, so Space, R and N reach their actions.
    m_studio->setFocusPolicy(Qt::StrongFocus);
    m_studio->setFocus();
    resize(kDefaultSize);
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

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
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
        connect(action, &QAction::triggered, this, [this, demo] { loadDemo(demo, true); });
    }
    connect(demoMenu, &QMenu::aboutToShow, this, [this, group] {
        for (QAction* action : group->actions())
            action->setChecked(action->data().toString() == m_studio->demo().name);
    });
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
}

void MainWindow::loadDemo(const Demo& demo, bool play)
{
    m_tabs->setCurrentWidget(m_studio);
    m_studio->loadDemo(demo, play);
}

} // namespace hopfield::app
