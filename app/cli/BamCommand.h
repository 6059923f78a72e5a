#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace hopfield::cli {

/// `bam`: Kosko's bidirectional associative memory.  Stores P pairs (random, or the
/// letter <-> digit demo), retrieves one from a corrupted first half and prints JSON
/// (pair_overlap_s, pair_overlap_tau, retrieved, energy_trace); with --alpha RANGE prints
/// the capacity curve as CSV alpha,pairs,retrieved_fraction,mean_overlap.
int runBam(const std::vector<std::string>& options, std::ostream& out);

} // namespace hopfield::cli
