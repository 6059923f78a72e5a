#pragma once

#include "RetrievalSetup.h"
#include "Session.h"

namespace hopfield::app {

/// The retrieval run a session describes.  Everything random in the run comes from
/// settings.seed through RetrievalRun's one generator, so two setups made from one
/// session are equal and replay the same trajectory: reopening a saved session and
/// running settings.sweep sweeps (at the saved temperature) reaches the saved state.
/// Throws SessionError for what a RetrievalSetup cannot express yet: patterns drawn by
/// hand (PatternOrigin::Kind::Inline) and rules other than Hebb's.
RetrievalSetup toRetrievalSetup(const Session& session);

/// The session of a run that has not started: the setup's patterns resolved (read from
/// the resources or drawn from the seed), its settings, no state and no lesson.  Throws
/// SessionError for a resource outside the built-in sets or patterns that do not load.
Session sessionFromSetup(const RetrievalSetup& setup);

} // namespace hopfield::app
