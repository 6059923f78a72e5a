#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class QObject;

/// The controls a lesson may hide or lock. A lesson's JSON names them by string; the
/// session reader turns the names into these ids (refusing any other), and the widget
/// that owns a control registers it under its id (LessonControl), so renaming a widget
/// cannot silently break a lesson.
namespace hopfield::app {

enum class ControlId {
    Temperature,
    UpdateMode,
    Rule,
    Seed,
    Field, ///< the external field h = H xi^mu: its pattern and strength
    Noise,
    Target,
    Corruption,
    Speed,
    PatternsEditor,
    PatternLibrary,
    Landscape,
    Trials,
};

/// One widget or action of a control, as its owner registers it.
struct LessonControl {
    ControlId id;
    QObject* control;
};

namespace controls {

/// Every id, in the order a settings panel lists them.
const QList<ControlId>& all();
/// The name a lesson's JSON uses ("temperature", "update-mode", ...).
QString name(ControlId id);
/// The id of `name`, or nothing when no control has that name.
std::optional<ControlId> fromName(const QString& name);
/// The names of `ids` (or of every id), for messages and for the session writer.
QStringList names(const QList<ControlId>& ids = all());

} // namespace controls
} // namespace hopfield::app
