#pragma once

#include "Demo.h"

#include <QMainWindow>

class QLabel;
class QMenu;
class QTabWidget;

namespace hopfield::app {

class RetrievalController;
class RetrievalStudio;

/// The window: a menu bar, a tab per lab (the retrieval studio first; later labs add
/// theirs with addLab), and a status bar with the current network's facts.  Wiring only.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// Opens on `demo`, running at once when `play` is true.
    explicit MainWindow(const Demo& demo, bool play = true, QWidget* parent = nullptr);
    ~MainWindow() override;

    void loadDemo(const Demo& demo, bool play);
    RetrievalStudio* studio() const noexcept { return m_studio; }
    RetrievalController& controller() noexcept;
    QTabWidget* tabs() const noexcept { return m_tabs; }
    /// Adds a lab as the next tab and returns its index.
    int addLab(QWidget* lab, const QString& title);
    QMenu* fileMenu() const noexcept { return m_fileMenu; }
    QMenu* exportMenu() const noexcept { return m_exportMenu; }
    QMenu* viewMenu() const noexcept { return m_viewMenu; }

private:
    void buildMenus();

    QTabWidget* m_tabs;
    RetrievalStudio* m_studio;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_exportMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QLabel* m_facts;
};

} // namespace hopfield::app
