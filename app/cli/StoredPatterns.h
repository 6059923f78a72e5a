#pragma once

#include "core/PatternSet.h"
#include "core/Rng.h"

#include <CLI/CLI.hpp>
#include <string>

namespace hopfield::cli {

/// The options that choose the patterns a command stores: --patterns-file FILE (PBM or
/// ASCII art; --neurons, if given, must match it), or --neurons N --patterns P [--bias B]
/// random ones, with the command's defaults for N and P.
struct PatternOptions {
    std::string file;
    int neurons = 0;
    int patterns = 0;
    double bias = 0.0;
};

/// Adds the options; `options` holds the command's defaults for N and P.
void addPatternOptions(CLI::App& command, PatternOptions& options);

/// The patterns the options choose; random ones are drawn from `rng`.
PatternSet storedPatterns(const CLI::App& command, const PatternOptions& options, Rng& rng);

} // namespace hopfield::cli
