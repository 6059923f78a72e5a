#include "gui/help/HelpMenu.h"

#include "gui/help/AboutText.h"
#include "gui/help/ShortcutList.h"
#include "gui/lessons/LessonCatalog.h"

#include <QMessageBox>

namespace hopfield::app {

HelpMenu::HelpMenu(QWidget* window) : QMenu(tr("&Help"), window), m_window(window)
{
    setObjectName(QStringLiteral("helpMenu"));
    addSection(tr("Lessons"));
    for (const LessonEntry& lesson : lessonEntries()) {
        QAction* action = addAction(lesson.title);
        action->setObjectName(QStringLiteral("helpLesson-") + lesson.id);
        action->setToolTip(tr("Open the lesson \"%1\"").arg(lesson.title));
        connect(action, &QAction::triggered, this,
                [this, id = lesson.id] { emit lessonChosen(id); });
    }
    addSeparator();
    m_shortcuts = addAction(tr("&Keyboard shortcuts\u2026"), this, &HelpMenu::showShortcuts);
    m_shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    m_shortcuts->setShortcut(QKeySequence::HelpContents);
    m_about = addAction(tr("&About Hopfield Lab\u2026"), this, &HelpMenu::showAbout);
    m_about->setObjectName(QStringLiteral("aboutAction"));
    m_about->setMenuRole(QAction::AboutRole);
}

QString HelpMenu::shortcutsHtml() const
{
    return shortcutTable(shortcutEntries(m_window->findChildren<QAction*>()));
}

void HelpMenu::showShortcuts()
{
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard shortcuts"), shortcutsHtml(),
                    QMessageBox::Close, m_window);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

void HelpMenu::showAbout()
{
    QMessageBox::about(m_window, tr("About Hopfield Lab"), aboutText());
}

} // namespace hopfield::app
