#pragma once

#include "gui/document/Session.h"
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

/// The lesson's session; throws SessionError for an unknown id (listing the lessons) or
/// a lesson file that does not read.
Session loadLesson(const QString& id);

/// A lesson as a Demo for --demo ID: its id, title, "What is it" text and run.  Nothing
/// for an unknown id.
std::optional<Demo> lessonDemo(const QString& id);
QList<Demo> lessonDemos();

} // namespace hopfield::app
