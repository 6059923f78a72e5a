#pragma once

#include "core/InteractionFunction.h"
#include "core/PatternSet.h"
#include "discrete/UpdateMode.h"
#include "learning/CouplingRules.h"

#include <QString>
#include <QStringList>
#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

namespace hopfield::app {

/// Where the stored patterns come from: an ASCII-art file among the built-in resources
/// (all its patterns, or the named ones in the given order), random patterns drawn
/// from the run's seed, or patterns given as values (a library the user edited).
struct PatternSource {
    enum class Kind { Resource, Random, Given };
    Kind kind = Kind::Resource;
    QString resource;  ///< e.g. ":/patterns/letters.txt"
    QStringList names; ///< the subset to store; empty stores every pattern of the file
    int width = 0;     ///< random patterns only
    int height = 0;
    int count = 0;
    PatternSet given; ///< Kind::Given only
};

/// How the start state is made from the stored patterns.
enum class StartKind {
    CorruptedTarget, ///< the target with a fraction `noise` of its spins flipped
    Mixture,         ///< sign(xi^a + xi^b + ...) of the `mixture` patterns, then `noise` flipped
    Given,           ///< exactly `startSpins` (a start corrupted elsewhere), `noise` unused
};

/// Speed meaning "as many spin updates as the machine can do".
inline constexpr double kUnlimitedSpeed = std::numeric_limits<double>::infinity();

/// Everything a retrieval run is made from: one value, copied into the worker thread.
/// Random draws follow hopfield-lab-cli retrieve: one generator seeded with `seed` draws
/// the random patterns, then the start state, then the dynamics, so the CLI with the same
/// seed and options reproduces a run.
struct RetrievalSetup {
    PatternSource patterns;
    StartKind start = StartKind::CorruptedTarget;
    int target = 0;
    std::vector<int> mixture;
    std::vector<Spin> startSpins; ///< StartKind::Given only
    double noise = 0.2;           ///< fraction of spins flipped in the start state, in [0, 1]
    double temperature = 0.0;
    UpdateMode mode = UpdateMode::RandomAsync;
    CouplingRule rule = CouplingRule::Hebb;
    double dreamingTime = 1.0; ///< t of the dreaming kernel; other rules ignore it
    /// Set: the patterns make a dense associative memory with this F instead of couplings
    /// (`rule` is then unused); it runs asynchronous T = 0 dynamics only.
    std::optional<InteractionFunction> denseMemory;
    /// Set: the external field h = fieldStrength xi^fieldPattern selects that stored pattern
    /// (seed 001; hopfield-lab-cli retrieve --field-pattern --field).  It enters the local
    /// field and the energy E = -1/2 s.J.s - h.s; the dense memory takes none.
    std::optional<int> fieldPattern;
    double fieldStrength = 0.0; ///< H; unused while fieldPattern is unset
    std::uint64_t seed = 1;
    double speed = 400.0; ///< spin updates per second, or kUnlimitedSpeed
};

} // namespace hopfield::app
