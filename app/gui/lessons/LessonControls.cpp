#include "gui/lessons/LessonControls.h"

#include "gui/document/ControlIds.h"

#include <QAction>
#include <QFormLayout>
#include <QHash>
#include <QWidget>

namespace hopfield::app {
namespace {

/// The object names (RetrievalControls, TimeBar, the studio's panels, PatternsPanel) of
/// each control id.
const QHash<QString, QStringList>& objectNames()
{
    static const QHash<QString, QStringList> names = {
        {controls::kTemperature,
         {QStringLiteral("temperatureSlider"), QStringLiteral("temperatureSpinBox")}},
        {controls::kUpdateMode, {QStringLiteral("modeComboBox")}},
        {controls::kRule, {QStringLiteral("ruleComboBox"), QStringLiteral("dreamingTimeSpinBox")}},
        {controls::kSeed, {QStringLiteral("seedSpinBox")}},
        {controls::kNoise, {QStringLiteral("noiseSpinBox")}},
        {controls::kTarget, {QStringLiteral("targetComboBox")}},
        {controls::kCorruption,
         {QStringLiteral("newCorruptionAction"), QStringLiteral("corruptionBox")}},
        {controls::kSpeed, {QStringLiteral("speedSlider")}},
        {controls::kPatternsEditor, {QStringLiteral("patternEditorBox")}},
        {controls::kPatternLibrary, {QStringLiteral("patternLibraryBox")}},
        {controls::kLandscape, {QStringLiteral("landscapePanel")}},
        {controls::kTrials, {QStringLiteral("trialsPanel")}},
    };
    return names;
}

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

LessonControls::LessonControls(QWidget& root) : m_root(root) {}

QList<QObject*> LessonControls::controlsOf(const QString& id) const
{
    QList<QObject*> found;
    for (const QString& name : objectNames().value(id)) {
        if (QWidget* widget = m_root.findChild<QWidget*>(name))
            found.append(widget);
        else if (QAction* action = m_root.findChild<QAction*>(name))
            found.append(action);
    }
    return found;
}

void LessonControls::apply(const QStringList& hidden, const QStringList& locked)
{
    for (const QPointer<QObject>& control : std::as_const(m_hidden))
        if (control)
            setShown(control, true);
    for (const QPointer<QObject>& control : std::as_const(m_locked))
        if (control)
            setUsable(control, true);
    m_hidden.clear();
    m_locked.clear();
    for (const QString& id : hidden)
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
    for (const QString& id : locked)
        for (QObject* control : controlsOf(id)) {
            setUsable(control, false);
            m_locked.append(control);
        }
}

} // namespace hopfield::app
