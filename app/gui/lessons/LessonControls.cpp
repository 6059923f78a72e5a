#include "gui/lessons/LessonControls.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QWidget>
#include <cmath>

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

/// Sets `control` to `value`, or says why it does not fit.
QString setOne(QObject* control, const QVariant& value)
{
    const bool isNumber = value.typeId() == QMetaType::Double;
    const double number = value.toDouble();
    const auto outside = [&](auto low, auto high) {
        return QStringLiteral("%1 is outside %2..%3").arg(number).arg(low).arg(high);
    };
    if (auto* box = qobject_cast<QDoubleSpinBox*>(control)) {
        if (!isNumber)
            return QStringLiteral("expected a number, got \"%1\"").arg(value.toString());
        if (number < box->minimum() || number > box->maximum())
            return outside(box->minimum(), box->maximum());
        box->setValue(number);
        return {};
    }
    if (auto* combo = qobject_cast<QComboBox*>(control)) {
        const int index = combo->findText(value.toString(), Qt::MatchFixedString);
        if (isNumber || index < 0) {
            QStringList choices;
            for (int i = 0; i < combo->count(); ++i)
                choices.append(combo->itemText(i));
            return QStringLiteral("\"%1\" is not one of %2")
                .arg(value.toString(), choices.join(QStringLiteral(", ")));
        }
        combo->setCurrentIndex(index);
        return {};
    }
    auto* box = qobject_cast<QSpinBox*>(control);
    if (box == nullptr)
        return QStringLiteral("this control takes no value");
    if (!isNumber || number != std::floor(number))
        return QStringLiteral("expected a whole number, got %1").arg(value.toString());
    if (number < box->minimum() || number > box->maximum())
        return outside(box->minimum(), box->maximum());
    box->setValue(static_cast<int>(number));
    return {};
}

} // namespace

QString LessonControls::setValue(ControlId id, const QVariant& value) const
{
    const QList<QObject*> found = controlsOf(id);
    if (found.isEmpty())
        return QStringLiteral("%1: no such control in this window").arg(controls::name(id));
    for (QObject* control : found)
        if (const QString error = setOne(control, value); !error.isEmpty())
            return QStringLiteral("%1: %2").arg(controls::name(id), error);
    return {};
}

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
