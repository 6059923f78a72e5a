#pragma once

#include "core/PatternSet.h"

#include <string>

namespace hopfield::cli {

/// The patterns a `--data` option names: "letters" (A-Z), "digits" (0-9), "symbols" (the
/// sets the GUI's library offers, compiled in), or else the path of a pattern file (PBM or
/// ASCII art).  Throws ParseError for a file that cannot be read.
PatternSet namedPatterns(const std::string& name);

} // namespace hopfield::cli
