#pragma once

#include "gui/retrieval/demos/Demo.h"

#include <QMainWindow>
#include <memory>

class QLabel;
class QMenu;
class QTabWidget;

namespace hopfield::app {

class AppearanceActions;
class Preferences;
class RetrievalController;
class RetrievalStudio;
class StudioPage;
class StudioSessionBridge;

/// The window: a menu bar, a tab per lab (the retrieval studio with its pattern panel
/// first; later labs add theirs with addLab), and a status bar with the current network's
/// facts.  Wiring only: StudioPage composes the studio's tab, StudioSessionBridge the
/// sessions, lessons and autosave, AppearanceActions the theme and presentation mode.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// Opens on `demo`, running at once when `play` is true.
    explicit MainWindow(const Demo& demo, bool play = true, QWidget* parent = nullptr);
    ~MainWindow() override;

    void loadDemo(const Demo& demo, bool play);
    RetrievalStudio* studio() const noexcept { return m_studio; }
    StudioPage* studioPage() const noexcept { return m_page; }
    StudioSessionBridge& sessions() noexcept { return *m_sessions; }
    AppearanceActions& appearance() noexcept { return *m_appearance; }
    Preferences& preferences() noexcept { return *m_preferences; }
    /// Sizes the window to its screen's available geometry (never beyond it).
    void fitToScreen();
    /// Puts the window where the preferences remember it (not for screenshots, which
    /// keep the default size).
    void restoreSavedGeometry();
    RetrievalController& controller() noexcept;
    QTabWidget* tabs() const noexcept { return m_tabs; }
    /// Adds a lab as the next tab and returns its index.
    int addLab(QWidget* lab, const QString& title);
    QMenu* fileMenu() const noexcept { return m_fileMenu; }
    QMenu* exportMenu() const noexcept { return m_exportMenu; }
    QMenu* viewMenu() const noexcept { return m_viewMenu; }

protected:
    /// A clean exit: the autosave goes, the geometry is kept.
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void buildEditMenu();
    void buildViewMenu();

    std::unique_ptr<Preferences> m_preferences;
    QTabWidget* m_tabs;
    StudioPage* m_page;
    RetrievalStudio* m_studio;
    StudioSessionBridge* m_sessions;
    AppearanceActions* m_appearance;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_exportMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QLabel* m_facts;
};

} // namespace hopfield::app
