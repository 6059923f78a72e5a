#pragma once

#include "gui/document/ControlIds.h"

#include <QList>
#include <QMap>
#include <QPointer>
#include <QVariant>

class QObject;

namespace hopfield::app {

/// Hides and locks the controls a lesson names: hidden controls disappear with their form
/// labels, locked ones are disabled. The widgets that own the controls register them by
/// id (add()), so a lesson reaches exactly the widgets registered for its ids. It undoes
/// its own changes before applying a new lesson (or none), and touches nothing else, so a
/// control the studio hides for its own reasons (the dreaming time of another rule) stays
/// hidden.
class LessonControls {
public:
    void add(const QList<LessonControl>& controls);

    void apply(const QList<ControlId>& hidden, const QList<ControlId>& locked);
    void clear() { apply({}, {}); }

    /// Sets control `id` to `value` on every widget registered for it: a number for a spin
    /// box, a choice's text (any case) for a combo box.  Returns "" or why the
    /// value does not fit ("plasticity-units: 500 is outside 2..400"), leaving it as it was.
    QString setValue(ControlId id, const QVariant& value) const;

    /// The widgets and actions registered for `id` (what apply() hides or locks).
    QList<QObject*> controlsOf(ControlId id) const;

private:
    QMap<ControlId, QList<QPointer<QObject>>> m_registered;
    QList<QPointer<QObject>> m_hidden;
    QList<QPointer<QObject>> m_locked;
};

} // namespace hopfield::app
