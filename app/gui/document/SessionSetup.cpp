#include "gui/document/SessionSetup.h"

#include "gui/document/SessionError.h"
#include "gui/document/SessionNames.h"
#include "gui/document/SessionPatterns.h"
#include "gui/patterns/PatternResource.h"

namespace hopfield::app {

RetrievalSetup toRetrievalSetup(const Session& session)
{
    const SessionSettings& settings = session.settings;
    RetrievalSetup setup;
    switch (session.origin.kind) {
    case PatternOrigin::Kind::Builtin:
        setup.patterns.kind = PatternSource::Kind::Resource;
        setup.patterns.resource = sessionNames::builtinResource(session.origin.builtinSet);
        setup.patterns.names = session.origin.names;
        break;
    case PatternOrigin::Kind::Random:
        setup.patterns.kind = PatternSource::Kind::Random;
        setup.patterns.width = session.patterns.width();
        setup.patterns.height = session.patterns.height();
        setup.patterns.count = session.patterns.size();
        break;
    case PatternOrigin::Kind::Inline:
        setup.patterns.kind = PatternSource::Kind::Given;
        setup.patterns.given = session.patterns;
        break;
    }
    setup.start = settings.start;
    setup.target = settings.target;
    setup.mixture = settings.mixture;
    if (settings.start == StartKind::Given) {
        const auto spins = session.start.spins();
        setup.startSpins.assign(spins.begin(), spins.end());
    }
    setup.noise = settings.noise;
    setup.temperature = settings.temperature;
    setup.mode = settings.mode;
    setup.rule = settings.rule;
    if (settings.rule == CouplingRule::Dreaming)
        setup.dreamingTime = settings.dreamingTime;
    setup.denseMemory = settings.denseMemory;
    setup.fieldPattern = settings.fieldPattern;
    if (settings.fieldPattern)
        setup.fieldStrength = settings.field;
    setup.seed = settings.seed;
    setup.speed = settings.speed;
    return setup;
}

Session sessionFromSetup(const RetrievalSetup& setup)
{
    Session session;
    const PatternSource& source = setup.patterns;
    if (source.kind == PatternSource::Kind::Given) {
        session.origin.kind = PatternOrigin::Kind::Inline;
        session.patterns = source.given;
    } else if (source.kind == PatternSource::Kind::Random) {
        session.origin.kind = PatternOrigin::Kind::Random;
        session.patterns =
            sessionRandomPatterns(source.width, source.height, source.count, setup.seed);
    } else {
        const std::optional<QString> set = builtinSetOf(source.resource);
        if (!set)
            throw SessionError(
                QStringLiteral("patterns: %1 is not a built-in pattern set").arg(source.resource));
        session.origin = {PatternOrigin::Kind::Builtin, *set, source.names};
        try {
            session.patterns = loadPatterns(source.resource, source.names);
        } catch (const std::exception& error) {
            throw SessionError(
                QStringLiteral("patterns: %1").arg(QString::fromStdString(error.what())));
        }
    }
    SessionSettings& settings = session.settings;
    settings.start = setup.start;
    settings.target = setup.target;
    settings.mixture = setup.mixture;
    if (setup.start == StartKind::Given)
        session.start = Pattern(session.patterns.width(), session.patterns.height(),
                                std::vector<Spin>(setup.startSpins));
    settings.noise = setup.noise;
    settings.temperature = setup.temperature;
    settings.mode = setup.mode;
    settings.rule = setup.rule;
    // The file keeps t for the dreaming rule only (the others ignore it).
    if (setup.rule == CouplingRule::Dreaming)
        settings.dreamingTime = setup.dreamingTime;
    settings.denseMemory = setup.denseMemory;
    // The file keeps H with its pattern only (no pattern, no field).
    settings.fieldPattern = setup.fieldPattern;
    if (setup.fieldPattern)
        settings.field = setup.fieldStrength;
    settings.seed = setup.seed;
    settings.speed = setup.speed;
    return session;
}

} // namespace hopfield::app
