#pragma once

#include <QMenu>

namespace hopfield::app {

/// The Help menu: a link to each lesson, the keyboard shortcuts the window answers to
/// (read from its actions when asked, so the list cannot drift from the keys), and
/// About (version, licence, where the data come from).
class HelpMenu : public QMenu {
    Q_OBJECT
public:
    /// `window` owns the actions listed as shortcuts and parents the dialogs.
    explicit HelpMenu(QWidget* window);

    /// The shortcut list and the About box as shown (HTML), for the dialogs and tests.
    QString shortcutsHtml() const;

    QAction* shortcutsAction() const noexcept { return m_shortcuts; }
    QAction* aboutAction() const noexcept { return m_about; }

signals:
    void lessonChosen(const QString& id);

private:
    void showShortcuts();
    void showAbout();

    QWidget* m_window;
    QAction* m_shortcuts;
    QAction* m_about;
};

} // namespace hopfield::app
