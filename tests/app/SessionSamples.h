#pragma once

#include "gui/document/ControlIds.h"
#include "gui/document/Session.h"

#include <QMetaType>

Q_DECLARE_METATYPE(hopfield::app::Session)

/// Sessions with every field away from its default, shared by the session suites.
namespace sessionSamples {

using namespace hopfield;
using namespace hopfield::app;

/// A 5 x 3 grid (non-square, so width and height cannot be swapped unnoticed) with three
/// hand-drawn named patterns, a mid-run state and full lesson notes.
inline Session handDrawn()
{
    Session session;
    PatternSet patterns(5, 3);
    const std::vector<std::vector<Spin>> spins = {
        {1, 1, 1, 1, 1, -1, -1, 1, -1, -1, -1, -1, 1, -1, -1},
        {1, -1, -1, -1, 1, -1, 1, -1, 1, -1, -1, -1, 1, -1, -1},
        {-1, -1, -1, -1, -1, 1, 1, 1, 1, 1, -1, -1, -1, -1, -1},
    };
    const char* names[] = {"T", "V", "minus"};
    for (std::size_t mu = 0; mu < spins.size(); ++mu)
        patterns.add(Pattern(5, 3, spins[mu], names[mu]));
    session.patterns = patterns;
    session.settings.temperature = 0.35;
    session.settings.mode = UpdateMode::Synchronous;
    session.settings.rule = CouplingRule::Dreaming;
    session.settings.dreamingTime = 0.75;
    session.settings.seed = 18446744073709551557ULL; // above 2^53: needs the string form
    session.settings.noise = 0.125;
    session.settings.start = StartKind::Mixture;
    session.settings.target = 2;
    session.settings.mixture = {2, 0, 1};
    session.settings.speed = kUnlimitedSpeed;
    session.state =
        Pattern(5, 3, std::vector<Spin>{1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1});
    session.sweep = 7;
    session.run.flipsLastSweep = 3;
    session.run.generator = Rng::State{0x0123456789abcdefULL, 42, 0, ~std::uint64_t{0}};
    LessonNotes lesson;
    lesson.title = QStringLiteral("Three shapes");
    lesson.whatIsIt = QStringLiteral("A tiny network.");
    lesson.thingsToNotice = QStringLiteral("m = 1/2 \u2014 \"quoted\"\nsecond line");
    lesson.thingsToTry = QStringLiteral("Raise T.");
    lesson.hidden = {ControlId::Rule, ControlId::PatternsEditor};
    lesson.locked = {ControlId::Seed};
    session.lesson = lesson;
    return session;
}

} // namespace sessionSamples
