#include "SessionSetup.h"

#include "PatternResource.h"
#include "SessionError.h"
#include "SessionNames.h"
#include "SessionPatterns.h"

namespace hopfield::app {

RetrievalSetup toRetrievalSetup(const Session& session)
{
    const SessionSettings& settings = session.settings;
    if (settings.rule != CouplingRule::Hebb)
        throw SessionError(QStringLiteral("settings.rule: the live run stores patterns with "
                                          "Hebb's rule only; this session asks for %1")
                               .arg(QString::fromStdString(couplingRuleName(settings.rule))));
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
        throw SessionError(QStringLiteral("patterns: a retrieval run takes built-in or random "
                                          "patterns only; this session's are drawn by hand"));
    }
    setup.start = settings.start;
    setup.target = settings.target;
    setup.mixture = settings.mixture;
    setup.noise = settings.noise;
    setup.temperature = settings.temperature;
    setup.mode = settings.mode;
    setup.seed = settings.seed;
    setup.speed = settings.speed;
    return setup;
}

Session sessionFromSetup(const RetrievalSetup& setup)
{
    Session session;
    const PatternSource& source = setup.patterns;
    if (source.kind == PatternSource::Kind::Random) {
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
    settings.noise = setup.noise;
    settings.temperature = setup.temperature;
    settings.mode = setup.mode;
    settings.seed = setup.seed;
    settings.speed = setup.speed;
    return session;
}

} // namespace hopfield::app
