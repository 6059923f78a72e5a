#pragma once

#include <QList>
#include <QPointer>
#include <QStringList>

class QObject;
class QWidget;

namespace hopfield::app {

/// Hides and locks the controls a lesson names (ids of ControlIds.h) in a window: hidden
/// controls disappear with their form labels, locked ones are disabled.  It undoes its
/// own changes before applying a new lesson (or none), and touches nothing else, so a
/// control the studio hides for its own reasons (the dreaming time of another rule)
/// stays hidden.
class LessonControls {
public:
    /// `root` is searched by object name for the controls (the window).
    explicit LessonControls(QWidget& root);

    void apply(const QStringList& hidden, const QStringList& locked);
    void clear() { apply({}, {}); }

    /// The widgets and actions of control `id` (what apply() hides or locks).
    QList<QObject*> controlsOf(const QString& id) const;

private:
    QWidget& m_root;
    QList<QPointer<QObject>> m_hidden;
    QList<QPointer<QObject>> m_locked;
};

} // namespace hopfield::app
