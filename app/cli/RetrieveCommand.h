#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace hopfield::cli {

/// `retrieve`: store patterns, start from a corrupted pattern or a mixture, run Glauber
/// dynamics and print one JSON object (see README.md, "Command line").
int runRetrieve(const std::vector<std::string>& words, std::ostream& out);

} // namespace hopfield::cli
