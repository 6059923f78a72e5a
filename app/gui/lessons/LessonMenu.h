#pragma once

#include <QMenu>

class QActionGroup;

namespace hopfield::app {

/// The Lessons menu: one checkable action per shipped lesson (LessonCatalog), titled by
/// the lesson; choosing one emits lessonChosen(id), and the window loads that lesson.
class LessonMenu : public QMenu {
    Q_OBJECT
public:
    explicit LessonMenu(QWidget* parent = nullptr);

public slots:
    /// Checks the action of lesson `id`; an id that is no lesson (a demo, a file, "")
    /// unchecks them all.
    void setCurrentLesson(const QString& id);

signals:
    void lessonChosen(const QString& id);

private:
    QActionGroup* m_group;
};

} // namespace hopfield::app
