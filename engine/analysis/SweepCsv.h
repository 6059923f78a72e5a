#pragma once

#include "analysis/Sweep.h"

#include <istream>
#include <string>
#include <vector>

namespace hopfield {

/// One row of the CSV `sweep` and `merge` print: a grid point's statistics (its
/// `overlaps` left empty: the CSV does not hold them) and how many samples made them.
struct SweepCsvRow {
    SweepPoint point;
    int samples = 0;
};

/// Reads the CSV `hopfield-lab-cli sweep` (or `merge`) prints, one point per row under the
/// header alpha,temperature,noise,mean_overlap,std_overlap,retrieval_fraction,samples,
/// to draw a phase diagram computed elsewhere.  ParseError naming `fileName` and the line
/// for another header (a shard, the --per-sample form), a row of the wrong width, a value
/// that is not a number or lies outside its range (alpha in (0, 2], T in [0, 10], noise
/// and retrieval_fraction in [0, 1], mean_overlap in [-1, 1], std_overlap >= 0, samples
/// >= 1) or a file with no rows.
std::vector<SweepCsvRow> readSweepCsv(std::istream& in, const std::string& fileName);

} // namespace hopfield
