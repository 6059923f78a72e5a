#pragma once

#include "gui/document/Session.h"
#include "gui/lessons/LabLesson.h"
#include "gui/retrieval/demos/Demo.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace hopfield::app {

/// One entry of the Lessons menu and of `hopfield-lab --list-demos`.
struct LessonEntry {
    QString id;    ///< the file name without ".json", also the --demo name
    QString title; ///< the lesson's title
};

/// The lessons shipped in resources/lessons (read as ":/lessons/<id>.json"), in the
/// order a course would take them.
QStringList lessonIds();
QList<LessonEntry> lessonEntries();
QString lessonPath(const QString& id);

/// The lab lesson `id` drives: the studio (a session file) or another lab.  Throws
/// SessionError as loadLesson.
LessonLab lessonLab(const QString& id);

/// The studio lesson's session; throws SessionError for an unknown id (listing the
/// lessons), a lab lesson (naming its lab) or a lesson file that does not read.
Session loadLesson(const QString& id);
/// The lab lesson `id`; throws SessionError for an unknown id, a studio lesson or a file
/// that does not read.
LabLesson loadLabLesson(const QString& id);

/// A studio lesson as a Demo for --demo ID: its id, title, "What is it" text and run.
/// Nothing for an unknown id or a lab lesson.
std::optional<Demo> lessonDemo(const QString& id);
/// The studio lessons as Demos.
QList<Demo> lessonDemos();

} // namespace hopfield::app
