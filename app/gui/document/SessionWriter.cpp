#include "gui/document/SessionWriter.h"

#include "gui/document/ControlIds.h"
#include "gui/document/SessionNames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace hopfield::app {
namespace {

QJsonArray rowsOf(const Pattern& pattern)
{
    QJsonArray rows;
    for (int y = 0; y < pattern.height(); ++y) {
        QString row(pattern.width(), QLatin1Char(sessionNames::kSpinDown));
        for (int x = 0; x < pattern.width(); ++x)
            if (pattern.at(x, y) > 0)
                row[x] = QLatin1Char(sessionNames::kSpinUp);
        rows.append(row);
    }
    return rows;
}

QJsonObject patternsObject(const Session& session)
{
    const PatternOrigin& origin = session.origin;
    QJsonObject object;
    switch (origin.kind) {
    case PatternOrigin::Kind::Builtin:
        object[QStringLiteral("builtin")] = origin.builtinSet;
        if (!origin.names.isEmpty())
            object[QStringLiteral("names")] = QJsonArray::fromStringList(origin.names);
        return object;
    case PatternOrigin::Kind::Random:
        object[QStringLiteral("random")] =
            QJsonObject{{QStringLiteral("width"), session.patterns.width()},
                        {QStringLiteral("height"), session.patterns.height()},
                        {QStringLiteral("count"), session.patterns.size()}};
        return object;
    case PatternOrigin::Kind::Inline:
        break;
    }
    object[QStringLiteral("width")] = session.patterns.width();
    object[QStringLiteral("height")] = session.patterns.height();
    QJsonArray items;
    for (const Pattern& pattern : session.patterns)
        items.append(QJsonObject{{QStringLiteral("name"), QString::fromStdString(pattern.name())},
                                 {QStringLiteral("rows"), rowsOf(pattern)}});
    object[QStringLiteral("items")] = items;
    return object;
}

QJsonValue seedValue(std::uint64_t seed)
{
    if (seed <= sessionNames::kLargestExactSeed)
        return static_cast<double>(seed);
    return QString::number(seed);
}

QJsonObject settingsObject(const SessionSettings& settings)
{
    QJsonObject rule{
        {QStringLiteral("name"), QString::fromStdString(couplingRuleName(settings.rule))}};
    if (settings.denseMemory) {
        rule[QStringLiteral("name")] = QStringLiteral("dense");
        rule[QStringLiteral("order")] =
            QString::fromStdString(interactionName(*settings.denseMemory));
    } else if (settings.rule == CouplingRule::Dreaming) {
        rule[QStringLiteral("dreaming-time")] = settings.dreamingTime;
    }
    QJsonObject object{
        {QStringLiteral("temperature"), settings.temperature},
        {QStringLiteral("update"), sessionNames::updateMode(settings.mode)},
        {QStringLiteral("rule"), rule},
        {QStringLiteral("seed"), seedValue(settings.seed)},
        {QStringLiteral("noise"), settings.noise},
        {QStringLiteral("start"), sessionNames::startKind(settings.start)},
        {QStringLiteral("target"), settings.target},
    };
    if (settings.fieldPattern)
        object[QStringLiteral("field")] = QJsonObject{
            {QStringLiteral("pattern"), *settings.fieldPattern},
            {QStringLiteral("strength"), settings.field},
        };
    if (!settings.mixture.empty()) {
        QJsonArray mixture;
        for (int index : settings.mixture)
            mixture.append(index);
        object[QStringLiteral("mixture")] = mixture;
    }
    object[QStringLiteral("speed")] = std::isinf(settings.speed)
                                          ? QJsonValue(QStringLiteral("unlimited"))
                                          : QJsonValue(settings.speed);
    return object;
}

/// The generator's four words as 64 hex digits: JSON numbers hold only 53 bits exactly.
QString generatorText(const Rng::State& state)
{
    QString text;
    for (std::uint64_t word : state)
        text += QStringLiteral("%1").arg(word, 16, 16, QLatin1Char('0'));
    return text;
}

QJsonObject stateObject(const Session& session)
{
    const RunCheckpoint& run = session.run;
    QJsonObject object{{QStringLiteral("sweep"), session.sweep},
                       {QStringLiteral("position"), run.position},
                       {QStringLiteral("flips-this-sweep"), run.flipsThisSweep},
                       {QStringLiteral("flips-last-sweep"), run.flipsLastSweep}};
    if (run.generator)
        object[QStringLiteral("generator")] = generatorText(*run.generator);
    if (!run.order.empty()) {
        QJsonArray order;
        for (int neuron : run.order)
            order.append(neuron);
        object[QStringLiteral("order")] = order;
    }
    object[QStringLiteral("rows")] = rowsOf(session.state);
    return object;
}

QJsonObject lessonObject(const LessonNotes& lesson)
{
    return {
        {QStringLiteral("title"), lesson.title},
        {QStringLiteral("what-is-it"), lesson.whatIsIt},
        {QStringLiteral("things-to-notice"), lesson.thingsToNotice},
        {QStringLiteral("things-to-try"), lesson.thingsToTry},
        {QStringLiteral("hidden"), QJsonArray::fromStringList(controls::names(lesson.hidden))},
        {QStringLiteral("locked"), QJsonArray::fromStringList(controls::names(lesson.locked))},
    };
}

} // namespace

QByteArray writeSession(const Session& session)
{
    QJsonObject root{
        {QStringLiteral("format"), sessionNames::kFormat},
        {QStringLiteral("version"), sessionNames::kVersion},
        {QStringLiteral("patterns"), patternsObject(session)},
        {QStringLiteral("settings"), settingsObject(session.settings)},
    };
    if (session.settings.start == StartKind::Given)
        root[QStringLiteral("start-state")] =
            QJsonObject{{QStringLiteral("rows"), rowsOf(session.start)}};
    if (session.state.size() > 0)
        root[QStringLiteral("state")] = stateObject(session);
    if (session.lesson)
        root[QStringLiteral("lesson")] = lessonObject(*session.lesson);
    QJsonObject labs;
    if (!session.learning.isEmpty())
        labs[QStringLiteral("learning")] = session.learning;
    if (!session.continuous.isEmpty())
        labs[QStringLiteral("continuous")] = session.continuous;
    if (!labs.isEmpty())
        root[QStringLiteral("labs")] = labs;
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace hopfield::app
