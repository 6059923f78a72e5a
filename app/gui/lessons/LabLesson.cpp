#include "gui/lessons/LabLesson.h"

#include "gui/document/JsonField.h"
#include "gui/document/SessionError.h"
#include "gui/document/SessionReader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <limits>

namespace hopfield::app {
namespace {

JsonField parseObject(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        throw SessionError(QStringLiteral("malformed JSON at byte %1: %2")
                               .arg(error.offset)
                               .arg(error.errorString()));
    if (!document.isObject())
        throw SessionError(QStringLiteral("(top level): expected an object"));
    return JsonField(document.object(), {});
}

QVariant valueFrom(const JsonField& field)
{
    if (field.value().isString())
        return field.string();
    return field.number(); // fails with the field's path for anything but a number
}

} // namespace

bool isLabLesson(const QByteArray& json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    return document.isObject() && document.object().value(QStringLiteral("format")).toString() ==
                                      QLatin1String(kLabLessonFormat);
}

LabLesson readLabLesson(const QByteArray& json)
{
    const JsonField root = parseObject(json);
    root.allowOnly({QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("lab"),
                    QStringLiteral("view"), QStringLiteral("run"), QStringLiteral("controls"),
                    QStringLiteral("lesson")});
    const JsonField format = root.member(QStringLiteral("format"));
    if (format.string() != QLatin1String(kLabLessonFormat))
        format.fail(QStringLiteral("expected \"%1\", got \"%2\"")
                        .arg(QLatin1String(kLabLessonFormat), format.string()));
    const JsonField version = root.member(QStringLiteral("version"));
    if (version.integerIn(1, std::numeric_limits<int>::max()) > 1)
        version.fail(QStringLiteral("this build reads lab lessons of version 1"));

    LabLesson lesson;
    const JsonField lab = root.member(QStringLiteral("lab"));
    const std::optional<LessonLab> labId = controls::labFromName(lab.string());
    if (!labId || *labId == LessonLab::Studio)
        lab.fail(QStringLiteral("expected \"plasticity\" or \"generative\", got \"%1\" (a studio "
                                "lesson is a session file)")
                     .arg(lab.string()));
    lesson.lab = *labId;
    lesson.view = root.member(QStringLiteral("view")).string().toLower();
    if (auto run = root.optionalMember(QStringLiteral("run"))) {
        if (!run->value().isBool())
            run->fail(QStringLiteral("expected true or false"));
        lesson.run = run->value().toBool();
    }
    if (auto values = root.optionalMember(QStringLiteral("controls"))) {
        const QJsonObject object = values->object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const JsonField key(it.key(), values->path() + QLatin1Char('.') + it.key());
            const ControlId id = controlIdFrom(key, lesson.lab);
            lesson.values.insert(id, valueFrom(values->member(it.key())));
        }
    }
    lesson.notes = readLessonNotes(root.member(QStringLiteral("lesson")), lesson.lab);
    return lesson;
}

} // namespace hopfield::app
