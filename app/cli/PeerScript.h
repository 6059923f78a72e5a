#pragma once

#include <string>

namespace hopfield::cli {

/// Runs `python script arguments` (a benchmark's NumPy peer) and returns its output, one
/// JSON line.  Throws UsageError when it cannot start, fails, or prints nothing.
std::string runPeerScript(const std::string& python, const std::string& script,
                          const std::string& arguments);

/// The number after "KEY": in the peer's JSON line; throws UsageError when it is missing.
double peerNumber(const std::string& peerJson, const std::string& key);

} // namespace hopfield::cli
