#pragma once

#include "analysis/SweepRange.h"

#include <ostream>
#include <string>
#include <vector>

namespace hopfield::cli {

/// "start:stop:step" or a single number (start = stop); throws UsageError naming
/// --`option` otherwise.  The range's own limits are checked by SweepParameters.
SweepRange parseSweepRange(const std::string& option, const std::string& text);

/// `sweep`: Monte-Carlo retrieval statistics over load, temperature and noise; prints CSV
/// alpha,temperature,noise,mean_overlap,std_overlap,retrieval_fraction,samples (or, with
/// --per-sample, alpha,temperature,noise,sample,overlap: one row per sample).
int runSweepCommand(const std::vector<std::string>& words, std::ostream& out);

} // namespace hopfield::cli
