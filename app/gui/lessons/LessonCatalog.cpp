#include "gui/lessons/LessonCatalog.h"

#include "gui/document/SessionError.h"
#include "gui/document/SessionFile.h"
#include "gui/document/SessionSetup.h"

namespace hopfield::app {

QStringList lessonIds()
{
    return {QStringLiteral("letters-retrieval"), QStringLiteral("overloading"),
            QStringLiteral("spurious-mixtures"), QStringLiteral("temperature-melts-memory"),
            QStringLiteral("basins-of-attraction")};
}

QString lessonPath(const QString& id)
{
    return QStringLiteral(":/lessons/%1.json").arg(id);
}

Session loadLesson(const QString& id)
{
    if (!lessonIds().contains(id))
        throw SessionError(QStringLiteral("unknown lesson '%1'; the lessons are %2")
                               .arg(id, lessonIds().join(QStringLiteral(", "))));
    Session session = loadSessionFile(lessonPath(id));
    if (!session.lesson)
        throw SessionError(
            QStringLiteral("%1: the lesson has no \"lesson\" notes").arg(lessonPath(id)));
    return session;
}

QList<LessonEntry> lessonEntries()
{
    QList<LessonEntry> entries;
    for (const QString& id : lessonIds())
        entries.append({id, loadLesson(id).lesson->title});
    return entries;
}

std::optional<Demo> lessonDemo(const QString& id)
{
    if (!lessonIds().contains(id))
        return std::nullopt;
    const Session session = loadLesson(id);
    return Demo{id, session.lesson->title, session.lesson->whatIsIt, toRetrievalSetup(session),
                std::nullopt};
}

QList<Demo> lessonDemos()
{
    QList<Demo> all;
    for (const QString& id : lessonIds())
        all.append(*lessonDemo(id));
    return all;
}

} // namespace hopfield::app
