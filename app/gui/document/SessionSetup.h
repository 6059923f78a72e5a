#pragma once

#include "gui/document/Session.h"
#include "gui/retrieval/run/RetrievalSetup.h"

namespace hopfield::app {

/// The retrieval run a session describes.  Everything random in the run comes from
/// settings.seed through RetrievalRun's one generator, so two setups made from one
/// session are equal and replay the same trajectory: reopening a saved session and
/// running settings.sweep sweeps (at the saved temperature) reaches the saved state.
/// Patterns drawn by hand (PatternOrigin::Kind::Inline) become PatternSource::Kind::Given.
RetrievalSetup toRetrievalSetup(const Session& session);

/// The session of a run that has not started: the setup's patterns resolved (read from
/// the resources, drawn from the seed, or the given ones, kept inline), its settings, no
/// state and no lesson.  Throws
/// SessionError for a resource outside the built-in sets or patterns that do not load.
Session sessionFromSetup(const RetrievalSetup& setup);

} // namespace hopfield::app
