#pragma once

#include "analysis/Sweep.h"
#include "analysis/SweepShard.h"

#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace hopfield::cli {

/// "start:stop:step" or a single number (start = stop); throws UsageError naming
/// --`option` otherwise.  The range's own limits are checked by SweepParameters.
SweepRange parseSweepRange(const std::string& option, const std::string& text);

/// A `sweep` command line read and checked: what to run and how to print it.
struct SweepJob {
    SweepParameters parameters;
    SweepRule rule;
    bool perSample = false;
    std::optional<SweepShard> shard; ///< --shard K/N: run only this share
};

/// Reads the options of `sweep` (the words after the command); UsageError or
/// std::invalid_argument naming the first bad one.
SweepJob parseSweepJob(const std::vector<std::string>& words);

/// The sweep's CSV: one row per point, or with perSample one row per sample.
void writeSweepCsv(const SweepResult& result, bool perSample, std::ostream& out);

/// `sweep`: Monte-Carlo retrieval statistics over load, temperature and noise; prints CSV
/// alpha,temperature,noise,mean_overlap,std_overlap,retrieval_fraction,samples (or, with
/// --per-sample, alpha,temperature,noise,sample,overlap: one row per sample).  With
/// --shard K/N it runs the K-th share only and writes a shard file (SweepShardFile.h).
int runSweepCommand(const std::vector<std::string>& words, std::ostream& out);

} // namespace hopfield::cli
