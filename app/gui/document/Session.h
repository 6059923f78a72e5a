#pragma once

#include "core/Pattern.h"
#include "core/PatternSet.h"
#include "discrete/UpdateMode.h"
#include "gui/document/ControlIds.h"
#include "gui/retrieval/run/RetrievalSetup.h"
#include "gui/retrieval/run/RunCheckpoint.h"
#include "learning/CouplingRules.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>
#include <vector>

namespace hopfield::app {

/// Where a session's stored patterns come from.  A session file keeps a reference for the
/// built-in and random sets (so a lesson stays short and readable) and the spins
/// themselves for patterns drawn or imported by hand.
struct PatternOrigin {
    enum class Kind {
        Inline,  ///< the spins are in the file
        Builtin, ///< a built-in set by name ("letters", "digits", "symbols"), `names` of it
        Random,  ///< width x height x count unbiased random patterns drawn from the session
                 ///< seed first, as RetrievalRun and hopfield-lab-cli retrieve draw them
    };
    Kind kind = Kind::Inline;
    QString builtinSet;
    QStringList names; ///< the chosen built-in patterns in order; empty means all of them

    bool operator==(const PatternOrigin&) const = default;
};

/// The knobs of a retrieval run, with the ranges the studio's controls allow.
struct SessionSettings {
    static constexpr double kMaxTemperature = 2.0;
    static constexpr double kMaxField = 2.0;

    double temperature = 0.0; ///< T in [0, kMaxTemperature]
    UpdateMode mode = UpdateMode::RandomAsync;
    CouplingRule rule = CouplingRule::Hebb;
    double dreamingTime = 0.0; ///< the dreaming kernel's t >= 0; unused by the other rules
    /// Set: a dense associative memory with this F in place of `rule` (file: rule "dense"
    /// with its "order", "3" or "exp" as in hopfield-lab-cli).
    std::optional<InteractionFunction> denseMemory;
    /// Set: the external field h = field xi^fieldPattern (file: "field": {"pattern": mu,
    /// "strength": H}); unset (no "field" in the file, as in older sessions) means none.
    std::optional<int> fieldPattern;
    double field = 0.0; ///< H in [0, kMaxField]
    std::uint64_t seed = 1;
    double noise = 0.2; ///< fraction of spins flipped in the start state, in [0, 1]
    StartKind start = StartKind::CorruptedTarget;
    int target = 0;           ///< the corrupted pattern, for StartKind::CorruptedTarget
    std::vector<int> mixture; ///< the mixed patterns, for StartKind::Mixture
    double speed = 400.0;     ///< spin updates per second (> 0), or kUnlimitedSpeed

    bool operator==(const SessionSettings&) const = default;
};

/// What a teacher attaches to a session to make it a lesson: a title, the three hint
/// texts shown beside the network, and the controls the class should not touch
/// (ids from ControlIds.h).
struct LessonNotes {
    QString title;
    QString whatIsIt;
    QString thingsToNotice;
    QString thingsToTry;
    QList<ControlId> hidden;
    QList<ControlId> locked;

    bool operator==(const LessonNotes&) const = default;
};

/// The studio's document: the stored patterns, the settings, where the run is (state and
/// sweeps done), and optional lesson notes.  A plain value; SessionReader validates every
/// field, so a Session read from a file is always consistent (sizes, indices, ranges).
struct Session {
    PatternSet patterns; ///< named, all of one size; resolved even when origin is a reference
    PatternOrigin origin;
    SessionSettings settings;
    /// StartKind::Given only: the start made in the pattern panel (salt and pepper, an
    /// occlusion, an inversion), kept as spins ("start-state" in the file).
    Pattern start;
    Pattern state; ///< the network state; empty (size 0) before a run has started
    int sweep = 0; ///< sweeps done to reach `state`
    /// With `state`: the place in the sweep, the flips, the random stream and the visiting
    /// order, so the run reopens exactly where it stood (no generator: an old file).
    RunCheckpoint run;
    std::optional<LessonNotes> lesson;
    /// The other labs' user-set controls by key ("labs" in the file; KeyedControls.h):
    /// the learning lab's view and its panels' controls, the continuous lab's preset and
    /// parameters.  Empty (an older file): the labs' defaults.
    QJsonObject learning;
    QJsonObject continuous;

    bool operator==(const Session&) const = default;
};

} // namespace hopfield::app
