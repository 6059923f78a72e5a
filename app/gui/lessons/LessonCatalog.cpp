#include "gui/lessons/LessonCatalog.h"

#include "gui/document/SessionError.h"
#include "gui/document/SessionFile.h"
#include "gui/document/SessionSetup.h"

#include <QFile>

namespace hopfield::app {

QStringList lessonIds()
{
    return {QStringLiteral("letters-retrieval"),
            QStringLiteral("overloading"),
            QStringLiteral("spurious-mixtures"),
            QStringLiteral("temperature-melts-memory"),
            QStringLiteral("basins-of-attraction"),
            QStringLiteral("same-rule-different-temperature"),
            QStringLiteral("bcm-selects-one-pattern"),
            QStringLiteral("lateral-inhibition-competes"),
            QStringLiteral("memory-factor-selectivity"),
            QStringLiteral("competing-units-prototypes")};
}

QString lessonPath(const QString& id)
{
    return QStringLiteral(":/lessons/%1.json").arg(id);
}

namespace {

/// The shipped file of lesson `id`, checked to be one.
QByteArray lessonBytes(const QString& id)
{
    if (!lessonIds().contains(id))
        throw SessionError(QStringLiteral("unknown lesson '%1'; the lessons are %2")
                               .arg(id, lessonIds().join(QStringLiteral(", "))));
    QFile file(lessonPath(id));
    if (!file.open(QIODevice::ReadOnly))
        throw SessionError(
            QStringLiteral("%1: cannot open: %2").arg(lessonPath(id), file.errorString()));
    return file.readAll();
}

} // namespace

LessonLab lessonLab(const QString& id)
{
    const QByteArray bytes = lessonBytes(id);
    return isLabLesson(bytes) ? loadLabLesson(id).lab : LessonLab::Studio;
}

Session loadLesson(const QString& id)
{
    if (isLabLesson(lessonBytes(id)))
        throw SessionError(QStringLiteral("lesson '%1' is for the %2 lab, not the studio")
                               .arg(id, controls::labName(loadLabLesson(id).lab)));
    Session session = loadSessionFile(lessonPath(id));
    if (!session.lesson)
        throw SessionError(
            QStringLiteral("%1: the lesson has no \"lesson\" notes").arg(lessonPath(id)));
    return session;
}

LabLesson loadLabLesson(const QString& id)
{
    const QByteArray bytes = lessonBytes(id);
    if (!isLabLesson(bytes))
        throw SessionError(
            QStringLiteral("lesson '%1' is a studio session, not a lab lesson").arg(id));
    try {
        return readLabLesson(bytes);
    } catch (const SessionError& error) {
        throw SessionError(QStringLiteral("%1: %2").arg(lessonPath(id), error.message()));
    }
}

QList<LessonEntry> lessonEntries()
{
    QList<LessonEntry> entries;
    for (const QString& id : lessonIds())
        entries.append({id, lessonLab(id) == LessonLab::Studio ? loadLesson(id).lesson->title
                                                               : loadLabLesson(id).notes.title});
    return entries;
}

std::optional<Demo> lessonDemo(const QString& id)
{
    if (!lessonIds().contains(id) || lessonLab(id) != LessonLab::Studio)
        return std::nullopt;
    const Session session = loadLesson(id);
    return Demo{id, session.lesson->title, session.lesson->whatIsIt, toRetrievalSetup(session),
                std::nullopt};
}

QList<Demo> lessonDemos()
{
    QList<Demo> all;
    for (const QString& id : lessonIds())
        if (std::optional<Demo> demo = lessonDemo(id))
            all.append(*demo);
    return all;
}

} // namespace hopfield::app
