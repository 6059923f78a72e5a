#include "gui/document/SessionReader.h"

#include "gui/document/ControlIds.h"
#include "gui/document/JsonField.h"
#include "gui/document/SessionError.h"
#include "gui/document/SessionNames.h"
#include "gui/document/SessionPatterns.h"
#include "gui/patterns/PatternResource.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <algorithm>
#include <limits>

namespace hopfield::app {
namespace {

/// The limits of SessionReader.h, counted before anything is allocated: a grid's side
/// (the studio offers 5x5 to 128x128; files may go further), the stored patterns (built-in
/// names expand to one pattern each), all stored spins together, and the JSON values.
constexpr long long kMaxSide = 1024;
constexpr long long kMaxPatterns = sessionLimits::kMaxPatterns;
constexpr long long kMaxStoredSpins = sessionLimits::kMaxStoredSpins;
/// Speeds above this are "unlimited" in all but name; the cap keeps the value finite.
constexpr double kMaxSpeed = 1e12;

Pattern patternFromRows(const JsonField& rows, int width, int height, const QString& name)
{
    const QJsonArray lines = rows.array();
    if (lines.size() != height)
        rows.fail(
            QStringLiteral("expected %1 rows (the height), got %2").arg(height).arg(lines.size()));
    std::vector<Spin> spins;
    spins.reserve(static_cast<std::size_t>(width) * static_cast<std::size_t>(height));
    for (int y = 0; y < height; ++y) {
        const JsonField line = rows.element(y);
        const QString text = line.string();
        if (text.size() != width)
            line.fail(QStringLiteral("expected %1 characters (the width), got %2")
                          .arg(width)
                          .arg(text.size()));
        for (int x = 0; x < width; ++x) {
            if (text[x] == QLatin1Char(sessionNames::kSpinUp))
                spins.push_back(1);
            else if (text[x] == QLatin1Char(sessionNames::kSpinDown))
                spins.push_back(-1);
            else
                line.fail(QStringLiteral("character %1 is '%2'; a spin is '%3' or '%4'")
                              .arg(x + 1)
                              .arg(text[x])
                              .arg(QLatin1Char(sessionNames::kSpinUp))
                              .arg(QLatin1Char(sessionNames::kSpinDown)));
        }
    }
    return Pattern(width, height, std::move(spins), name.toStdString());
}

int side(const JsonField& parent, const QString& key)
{
    return static_cast<int>(parent.member(key).integerIn(1, kMaxSide));
}

/// Refuses more patterns, or more spins in all, than a session may hold, before they are
/// made.
void checkStoredSpins(const JsonField& field, long long neurons, long long count)
{
    if (count > kMaxPatterns)
        field.fail(QStringLiteral("%1 patterns are more than the %2 a session may hold")
                       .arg(count)
                       .arg(kMaxPatterns));
    if (neurons * count > kMaxStoredSpins)
        field.fail(QStringLiteral("%1 patterns of %2 neurons are more than the %3 spins a "
                                  "session may hold")
                       .arg(count)
                       .arg(neurons)
                       .arg(kMaxStoredSpins));
}

PatternSet inlinePatterns(const JsonField& field)
{
    field.allowOnly({QStringLiteral("width"), QStringLiteral("height"), QStringLiteral("items")});
    const int width = side(field, QStringLiteral("width"));
    const int height = side(field, QStringLiteral("height"));
    const JsonField items = field.member(QStringLiteral("items"));
    const qsizetype count = items.array().size();
    checkStoredSpins(items, static_cast<long long>(width) * height, count);
    PatternSet patterns(width, height);
    for (qsizetype i = 0; i < count; ++i) {
        const JsonField item = items.element(i);
        item.allowOnly({QStringLiteral("name"), QStringLiteral("rows")});
        const QString name = item.member(QStringLiteral("name")).string();
        patterns.add(patternFromRows(item.member(QStringLiteral("rows")), width, height, name));
    }
    return patterns;
}

PatternSet builtinPatterns(const JsonField& field, PatternOrigin& origin)
{
    field.allowOnly({QStringLiteral("builtin"), QStringLiteral("names")});
    const JsonField set = field.member(QStringLiteral("builtin"));
    origin.kind = PatternOrigin::Kind::Builtin;
    origin.builtinSet = set.string();
    if (!sessionNames::builtinSets().contains(origin.builtinSet))
        set.fail(
            QStringLiteral("unknown built-in set \"%1\"; the sets are %2")
                .arg(origin.builtinSet, sessionNames::builtinSets().join(QStringLiteral(", "))));
    const QString resource = sessionNames::builtinResource(origin.builtinSet);
    const std::optional<JsonField> names = field.optionalMember(QStringLiteral("names"));
    if (names) {
        // Each name becomes a pattern of the set's size: count them before reading them.
        const PatternSet all = loadPatterns(resource);
        checkStoredSpins(*names, all.neurons(), names->array().size());
        origin.names = names->strings();
    }
    try {
        return loadPatterns(resource, origin.names);
    } catch (const std::exception& error) {
        (names ? *names : set).fail(QString::fromStdString(error.what()));
    }
}

PatternSet randomPatternsFrom(const JsonField& field, std::uint64_t seed, PatternOrigin& origin)
{
    field.allowOnly({QStringLiteral("random")});
    const JsonField random = field.member(QStringLiteral("random"));
    random.allowOnly({QStringLiteral("width"), QStringLiteral("height"), QStringLiteral("count")});
    const int width = side(random, QStringLiteral("width"));
    const int height = side(random, QStringLiteral("height"));
    const JsonField countField = random.member(QStringLiteral("count"));
    const int count = static_cast<int>(countField.integerIn(1, kMaxPatterns));
    checkStoredSpins(countField, static_cast<long long>(width) * height, count);
    origin.kind = PatternOrigin::Kind::Random;
    return sessionRandomPatterns(width, height, count, seed);
}

std::uint64_t seedFrom(const JsonField& field)
{
    if (field.value().isString()) {
        bool ok = false;
        const std::uint64_t seed = field.string().toULongLong(&ok);
        if (!ok)
            field.fail(QStringLiteral("expected a whole number from 0 to 2^64 - 1, got \"%1\"")
                           .arg(field.string()));
        return seed;
    }
    return static_cast<std::uint64_t>(
        field.integerIn(0, static_cast<long long>(sessionNames::kLargestExactSeed)));
}

std::uint64_t settingsSeed(const JsonField& root)
{
    return seedFrom(root.member(QStringLiteral("settings")).member(QStringLiteral("seed")));
}

PatternSet storedPatterns(const JsonField& root, PatternOrigin& origin)
{
    const JsonField field = root.member(QStringLiteral("patterns"));
    PatternSet patterns;
    if (field.has(QStringLiteral("builtin")))
        patterns = builtinPatterns(field, origin);
    else if (field.has(QStringLiteral("random")))
        patterns = randomPatternsFrom(field, settingsSeed(root), origin);
    else
        patterns = inlinePatterns(field);
    if (patterns.empty())
        field.fail(QStringLiteral("no pattern is stored; a session needs at least one"));
    return patterns;
}

void readRule(const JsonField& field, SessionSettings& settings)
{
    field.allowOnly(
        {QStringLiteral("name"), QStringLiteral("dreaming-time"), QStringLiteral("order")});
    const JsonField name = field.member(QStringLiteral("name"));
    const std::optional<JsonField> order = field.optionalMember(QStringLiteral("order"));
    if (name.string() == QStringLiteral("dense")) {
        const QString text = order ? order->string() : QStringLiteral("3");
        try {
            settings.denseMemory = interactionFromName(text.toStdString());
        } catch (const std::invalid_argument& error) {
            (order ? *order : name).fail(QString::fromStdString(error.what()));
        }
    } else {
        if (order)
            order->fail(QStringLiteral("only the dense memory takes an order"));
        try {
            settings.rule = couplingRuleFromName(name.string().toStdString());
        } catch (const std::invalid_argument&) {
            QStringList rules;
            for (CouplingRule rule : allCouplingRules())
                rules << QString::fromStdString(couplingRuleName(rule));
            name.fail(QStringLiteral("unknown learning rule \"%1\"; the rules are %2 and dense")
                          .arg(name.string(), rules.join(QStringLiteral(", "))));
        }
    }
    const std::optional<JsonField> time = field.optionalMember(QStringLiteral("dreaming-time"));
    if (time && settings.rule != CouplingRule::Dreaming)
        time->fail(QStringLiteral("only the dreaming rule takes a dreaming time"));
    if (time)
        settings.dreamingTime = time->numberIn(0.0, std::numeric_limits<double>::max());
}

std::vector<int> mixtureFrom(const JsonField& field, int patterns)
{
    std::vector<int> indices;
    const qsizetype count = field.array().size();
    for (qsizetype i = 0; i < count; ++i) {
        const JsonField index = field.element(i);
        const int value = static_cast<int>(index.integerIn(0, patterns - 1));
        if (std::find(indices.begin(), indices.end(), value) != indices.end())
            index.fail(QStringLiteral("pattern %1 is mixed twice").arg(value));
        indices.push_back(value);
    }
    return indices;
}

double speedFrom(const JsonField& field)
{
    if (field.value().isString()) {
        if (field.string() != QStringLiteral("unlimited"))
            field.fail(QStringLiteral("expected spin updates per second or \"unlimited\", got "
                                      "\"%1\"")
                           .arg(field.string()));
        return kUnlimitedSpeed;
    }
    const double speed = field.numberIn(0.0, kMaxSpeed);
    if (speed <= 0.0)
        field.fail(QStringLiteral("the speed must be above 0 spin updates per second"));
    return speed;
}

SessionSettings settingsFrom(const JsonField& field, int patterns)
{
    field.allowOnly({QStringLiteral("temperature"), QStringLiteral("update"),
                     QStringLiteral("rule"), QStringLiteral("seed"), QStringLiteral("noise"),
                     QStringLiteral("start"), QStringLiteral("target"), QStringLiteral("mixture"),
                     QStringLiteral("speed"), QStringLiteral("field")});
    SessionSettings settings;
    if (auto temperature = field.optionalMember(QStringLiteral("temperature")))
        settings.temperature = temperature->numberIn(0.0, SessionSettings::kMaxTemperature);
    if (auto update = field.optionalMember(QStringLiteral("update"))) {
        const std::optional<UpdateMode> mode = sessionNames::updateModeFrom(update->string());
        if (!mode)
            update->fail(
                QStringLiteral("unknown update mode \"%1\"; the modes are %2")
                    .arg(update->string(), sessionNames::updateModes().join(QStringLiteral(", "))));
        settings.mode = *mode;
    }
    if (auto rule = field.optionalMember(QStringLiteral("rule")))
        readRule(*rule, settings);
    settings.seed = seedFrom(field.member(QStringLiteral("seed")));
    if (auto noise = field.optionalMember(QStringLiteral("noise")))
        settings.noise = noise->numberIn(0.0, 1.0);
    if (auto start = field.optionalMember(QStringLiteral("start"))) {
        const std::optional<StartKind> kind = sessionNames::startKindFrom(start->string());
        if (!kind)
            start->fail(
                QStringLiteral("unknown start \"%1\"; the starts are %2")
                    .arg(start->string(), sessionNames::startKinds().join(QStringLiteral(", "))));
        settings.start = *kind;
    }
    if (auto target = field.optionalMember(QStringLiteral("target")))
        settings.target = static_cast<int>(target->integerIn(0, patterns - 1));
    if (auto mixture = field.optionalMember(QStringLiteral("mixture")))
        settings.mixture = mixtureFrom(*mixture, patterns);
    if (settings.start == StartKind::Mixture && settings.mixture.size() < 2)
        field.fail(QStringLiteral("a mixture start needs \"mixture\" with at least 2 patterns"));
    if (auto speed = field.optionalMember(QStringLiteral("speed")))
        settings.speed = speedFrom(*speed);
    if (auto external = field.optionalMember(QStringLiteral("field"))) {
        external->allowOnly({QStringLiteral("pattern"), QStringLiteral("strength")});
        if (settings.denseMemory)
            external->fail(QStringLiteral("the dense memory takes no external field"));
        settings.fieldPattern = static_cast<int>(
            external->member(QStringLiteral("pattern")).integerIn(0, patterns - 1));
        settings.field =
            external->member(QStringLiteral("strength")).numberIn(0.0, SessionSettings::kMaxField);
    }
    return settings;
}

Rng::State generatorFrom(const JsonField& field)
{
    const QString text = field.string();
    constexpr int kDigitsPerWord = 16;
    Rng::State state{};
    bool ok = text.size() == kDigitsPerWord * static_cast<int>(state.size());
    for (std::size_t w = 0; ok && w < state.size(); ++w)
        state[w] = text.mid(static_cast<qsizetype>(w) * kDigitsPerWord, kDigitsPerWord)
                       .toULongLong(&ok, 16);
    if (!ok)
        field.fail(QStringLiteral("expected 64 hexadecimal digits (four 64-bit words)"));
    if (state == Rng::State{})
        field.fail(QStringLiteral("four zero words are not a state the generator can be in"));
    return state;
}

QVector<int> orderFrom(const JsonField& field, int neurons)
{
    const qsizetype count = field.array().size();
    if (count != neurons)
        field.fail(QStringLiteral("expected %1 neurons (a visiting order of them all), got %2")
                       .arg(neurons)
                       .arg(count));
    QVector<int> order;
    order.reserve(neurons);
    std::vector<bool> seen(static_cast<std::size_t>(neurons), false);
    for (qsizetype k = 0; k < count; ++k) {
        const JsonField element = field.element(k);
        const int neuron = static_cast<int>(element.integerIn(0, neurons - 1));
        if (seen[static_cast<std::size_t>(neuron)])
            element.fail(QStringLiteral("neuron %1 is visited twice").arg(neuron));
        seen[static_cast<std::size_t>(neuron)] = true;
        order.push_back(neuron);
    }
    return order;
}

/// Version 1 wrote only "sweep" and "rows" (at a sweep's end); version 2 adds where the
/// run stood, so it goes on exactly (RunCheckpoint).  Either way nothing is replayed.
void readState(const JsonField& field, const PatternSet& patterns, Session& session)
{
    field.allowOnly({QStringLiteral("sweep"), QStringLiteral("position"),
                     QStringLiteral("flips-this-sweep"), QStringLiteral("flips-last-sweep"),
                     QStringLiteral("generator"), QStringLiteral("order"), QStringLiteral("rows")});
    const int neurons = patterns.neurons();
    session.sweep = static_cast<int>(
        field.member(QStringLiteral("sweep")).integerIn(0, std::numeric_limits<int>::max()));
    RunCheckpoint& run = session.run;
    if (auto position = field.optionalMember(QStringLiteral("position")))
        run.position = static_cast<int>(position->integerIn(0, neurons - 1));
    if (auto flips = field.optionalMember(QStringLiteral("flips-this-sweep")))
        run.flipsThisSweep = static_cast<int>(flips->integerIn(0, neurons));
    if (auto flips = field.optionalMember(QStringLiteral("flips-last-sweep")))
        run.flipsLastSweep = static_cast<int>(flips->integerIn(-1, neurons));
    if (auto generator = field.optionalMember(QStringLiteral("generator")))
        run.generator = generatorFrom(*generator);
    if (auto order = field.optionalMember(QStringLiteral("order")))
        run.order = orderFrom(*order, neurons);
    session.state = patternFromRows(field.member(QStringLiteral("rows")), patterns.width(),
                                    patterns.height(), {});
}

QList<ControlId> controlIds(const JsonField& field, LessonLab lab)
{
    const QStringList names = field.strings();
    QList<ControlId> ids;
    for (qsizetype i = 0; i < names.size(); ++i)
        ids.append(controlIdFrom(field.element(i), lab));
    return ids;
}

/// A lab's controls as the file has them: numbers and names by key, or (a panel of the lab)
/// an object of those.  The lab checks the keys and ranges against its controls
/// (KeyedControls::check) before it applies any.
QJsonObject labControlsFrom(const JsonField& field, bool panels)
{
    const QJsonObject object = field.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const JsonField member = field.member(it.key());
        if (member.value().isObject() && panels)
            labControlsFrom(member, false);
        else if (!member.value().isDouble() && !member.value().isString())
            member.fail(QStringLiteral("expected a number or a name%1")
                            .arg(panels ? QStringLiteral(" or a panel's object") : QString()));
    }
    return object;
}

void readLabs(const JsonField& field, Session& session)
{
    field.allowOnly({QStringLiteral("learning"), QStringLiteral("continuous")});
    if (auto learning = field.optionalMember(QStringLiteral("learning")))
        session.learning = labControlsFrom(*learning, true);
    if (auto continuous = field.optionalMember(QStringLiteral("continuous")))
        session.continuous = labControlsFrom(*continuous, false);
}

/// Refuses a document of more JSON values than a session may hold before parsing it (a
/// parsed value costs tens of bytes): every value after the first in an array or object
/// follows a comma, so commas + 1 bound the values in any container.
void checkValueCount(const QByteArray& json)
{
    const qsizetype commas = json.count(',');
    if (commas >= sessionLimits::kMaxJsonValues)
        throw SessionError(QStringLiteral("(top level): more than the %1 values a session file "
                                          "may hold (%2 commas)")
                               .arg(sessionLimits::kMaxJsonValues)
                               .arg(commas));
}

JsonField parse(const QByteArray& json)
{
    checkValueCount(json);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        throw SessionError(QStringLiteral("malformed JSON at byte %1: %2")
                               .arg(error.offset)
                               .arg(error.errorString()));
    if (!document.isObject())
        throw SessionError(QStringLiteral("(top level): expected an object, got an array"));
    return JsonField(document.object(), {});
}

} // namespace

ControlId controlIdFrom(const JsonField& field, LessonLab lab)
{
    const QString text = field.string();
    const std::optional<ControlId> id = controls::fromName(text);
    if (!id || controls::labOf(*id) != lab)
        field.fail(QStringLiteral("unknown control \"%1\"; the %2 controls are %3")
                       .arg(text, controls::labName(lab),
                            controls::names(controls::ofLab(lab)).join(QStringLiteral(", "))));
    return *id;
}

LessonNotes readLessonNotes(const JsonField& field, LessonLab lab)
{
    field.allowOnly({QStringLiteral("title"), QStringLiteral("what-is-it"),
                     QStringLiteral("things-to-notice"), QStringLiteral("things-to-try"),
                     QStringLiteral("hidden"), QStringLiteral("locked")});
    LessonNotes lesson;
    const JsonField title = field.member(QStringLiteral("title"));
    lesson.title = title.string();
    if (lesson.title.trimmed().isEmpty())
        title.fail(QStringLiteral("a lesson needs a title"));
    const auto text = [&field](const QString& key) {
        const std::optional<JsonField> member = field.optionalMember(key);
        return member ? member->string() : QString();
    };
    lesson.whatIsIt = text(QStringLiteral("what-is-it"));
    lesson.thingsToNotice = text(QStringLiteral("things-to-notice"));
    lesson.thingsToTry = text(QStringLiteral("things-to-try"));
    if (auto hidden = field.optionalMember(QStringLiteral("hidden")))
        lesson.hidden = controlIds(*hidden, lab);
    if (auto locked = field.optionalMember(QStringLiteral("locked")))
        lesson.locked = controlIds(*locked, lab);
    return lesson;
}

Session readSession(const QByteArray& json)
{
    const JsonField root = parse(json);
    root.allowOnly({QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("patterns"),
                    QStringLiteral("settings"), QStringLiteral("start-state"),
                    QStringLiteral("state"), QStringLiteral("lesson"), QStringLiteral("labs")});
    const JsonField format = root.member(QStringLiteral("format"));
    if (format.string() != sessionNames::kFormat)
        format.fail(QStringLiteral("expected \"%1\", got \"%2\"; this is not a Hopfield Lab "
                                   "session")
                        .arg(sessionNames::kFormat, format.string()));
    const JsonField version = root.member(QStringLiteral("version"));
    if (version.integerIn(1, std::numeric_limits<int>::max()) > sessionNames::kVersion)
        version.fail(QStringLiteral("this build reads versions up to %1; the file is version %2, "
                                    "written by a newer Hopfield Lab")
                         .arg(sessionNames::kVersion)
                         .arg(version.number()));

    Session session;
    session.patterns = storedPatterns(root, session.origin);
    session.settings =
        settingsFrom(root.member(QStringLiteral("settings")), session.patterns.size());
    if (session.settings.start == StartKind::Given) {
        const JsonField start = root.member(QStringLiteral("start-state"));
        start.allowOnly({QStringLiteral("rows")});
        session.start = patternFromRows(start.member(QStringLiteral("rows")),
                                        session.patterns.width(), session.patterns.height(), {});
    }
    if (auto state = root.optionalMember(QStringLiteral("state")))
        readState(*state, session.patterns, session);
    if (auto lesson = root.optionalMember(QStringLiteral("lesson")))
        session.lesson = readLessonNotes(*lesson, LessonLab::Studio);
    if (auto labs = root.optionalMember(QStringLiteral("labs")))
        readLabs(*labs, session);
    return session;
}

} // namespace hopfield::app
