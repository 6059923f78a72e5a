#pragma once

#include "gui/patterns/StartState.h"
#include "gui/retrieval/run/RetrievalSetup.h"

#include <QString>
#include <optional>

namespace hopfield::app {

/// A ready-made experiment: a name for the command line (--demo NAME), a title and a
/// sentence for the window, and the run it starts.
struct Demo {
    QString name;
    QString title;
    QString description;
    RetrievalSetup setup;
    /// For a start given as spins (StartKind::Given): the pattern panel's recipe that
    /// makes exactly those spins (makeStartState), so the panel shows how they were made.
    std::optional<CorruptionSettings> corruption;
};

} // namespace hopfield::app
