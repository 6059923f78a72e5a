#pragma once

#include "gui/document/ControlIds.h"
#include "gui/document/Session.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QVariant>

namespace hopfield::app {

/// A lesson for a lab other than the retrieval studio: which lab and which of its views,
/// the values its controls take (by ControlId, applied in the order of controls::all(),
/// the order the lab's forms list them), whether the view's run starts at once, and the
/// notes with the controls hidden or locked.
struct LabLesson {
    LessonLab lab = LessonLab::Plasticity;
    QString view; ///< the start of the lab's view tab title, lower case ("single neuron")
    bool run = true;
    QMap<ControlId, QVariant> values; ///< a double, or a QString naming a choice
    LessonNotes notes;
};

/// The marker of a lab lesson file, beside SessionNames' "hopfield-lab-session".
inline constexpr char kLabLessonFormat[] = "hopfield-lab-lesson";

/// Reads a lab lesson, checking every field (throws SessionError naming the first bad one):
///   { "format": "hopfield-lab-lesson", "version": 1,
///     "lab": "plasticity" | "generative", "view": "single neuron", "run": true (default),
///     "controls": { "<control id of that lab>": number | "choice", ... },
///     "lesson": { as in a session (SessionReader.h), ids of that lab } }
/// Unknown fields, ids of another lab and values that are neither numbers nor strings are
/// refused; whether a value fits its control is checked when it is applied
/// (LessonControls::setValue), as the range is the widget's.
LabLesson readLabLesson(const QByteArray& json);

/// True when `json` is marked as a lab lesson (its "format"); false for anything else,
/// a session included, which readSession then judges.
bool isLabLesson(const QByteArray& json);

} // namespace hopfield::app
