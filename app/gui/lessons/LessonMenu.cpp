#include "gui/lessons/LessonMenu.h"

#include "gui/lessons/LessonCatalog.h"

#include <QActionGroup>

namespace hopfield::app {

LessonMenu::LessonMenu(QWidget* parent) : QMenu(tr("&Lessons"), parent)
{
    m_group = new QActionGroup(this);
    // Exclusive only among the lessons; with a demo or a file open none is checked.
    m_group->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    for (const LessonEntry& entry : lessonEntries()) {
        QAction* action = addAction(entry.title);
        action->setCheckable(true);
        action->setData(entry.id);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, id = entry.id] {
            setCurrentLesson(id);
            emit lessonChosen(id);
        });
    }
}

void LessonMenu::setCurrentLesson(const QString& id)
{
    for (QAction* action : m_group->actions())
        action->setChecked(action->data().toString() == id);
}

} // namespace hopfield::app
