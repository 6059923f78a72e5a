#pragma once

#include "Arguments.h"
#include "core/PatternSet.h"
#include "core/Rng.h"

namespace hopfield::cli {

/// The patterns a command stores: --patterns-file FILE (PBM or ASCII art; --neurons, if
/// given, must match it), or --neurons N --patterns P [--bias B] random ones drawn from
/// `rng`, with the command's defaults for N and P.
PatternSet storedPatterns(Arguments& args, Rng& rng, int defaultNeurons, int defaultPatterns);

} // namespace hopfield::cli
