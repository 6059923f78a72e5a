#include "gui/lessons/LessonControls.h"

#include <QAction>
#include <QFormLayout>
#include <QWidget>

namespace hopfield::app {
namespace {

/// The form row of `widget` (its label too), or nothing when it is not in a form.
QFormLayout* formOf(QWidget* widget)
{
    QWidget* parent = widget->parentWidget();
    auto* form = parent ? qobject_cast<QFormLayout*>(parent->layout()) : nullptr;
    return form && form->indexOf(widget) >= 0 ? form : nullptr;
}

void setShown(QObject* control, bool shown)
{
    if (auto* action = qobject_cast<QAction*>(control)) {
        action->setVisible(shown);
        return;
    }
    auto* widget = qobject_cast<QWidget*>(control);
    if (QFormLayout* form = formOf(widget))
        form->setRowVisible(widget, shown);
    else
        widget->setVisible(shown);
}

void setUsable(QObject* control, bool usable)
{
    if (auto* action = qobject_cast<QAction*>(control))
        action->setEnabled(usable);
    else if (auto* widget = qobject_cast<QWidget*>(control))
        widget->setEnabled(usable);
}

} // namespace

void LessonControls::add(const QList<LessonControl>& controls)
{
    for (const LessonControl& control : controls)
        m_registered[control.id].append(control.control);
}

QList<QObject*> LessonControls::controlsOf(ControlId id) const
{
    QList<QObject*> found;
    for (const QPointer<QObject>& control : m_registered.value(id))
        if (control)
            found.append(control);
    return found;
}

void LessonControls::apply(const QList<ControlId>& hidden, const QList<ControlId>& locked)
{
    for (const QPointer<QObject>& control : std::as_const(m_hidden))
        if (control)
            setShown(control, true);
    for (const QPointer<QObject>& control : std::as_const(m_locked))
        if (control)
            setUsable(control, true);
    m_hidden.clear();
    m_locked.clear();
    for (ControlId id : hidden)
        for (QObject* control : controlsOf(id)) {
            // The dreaming time shows only with its rule: a widget the studio hid itself is
            // not the lesson's to show again later.
            auto* widget = qobject_cast<QWidget*>(control);
            if (widget && widget->testAttribute(Qt::WA_WState_ExplicitShowHide) &&
                widget->isHidden())
                continue;
            setShown(control, false);
            m_hidden.append(control);
        }
    for (ControlId id : locked)
        for (QObject* control : controlsOf(id)) {
            setUsable(control, false);
            m_locked.append(control);
        }
}

} // namespace hopfield::app
