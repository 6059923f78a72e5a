#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace hopfield::cli {

/// `tam`: the layered network that splits the 3-mixture (SCIENCE.md sections 5 and 8).
/// One run prints JSON with each layer's overlaps and `separated`; --trials T prints
/// separated_fraction over T runs; --map-lambda and --map-temperature ranges print the
/// separation map as CSV lambda,temperature,separated_fraction,mean_best_overlap.
int runTam(const std::vector<std::string>& options, std::ostream& out);

} // namespace hopfield::cli
