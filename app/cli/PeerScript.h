#pragma once

#include <string>
#include <vector>

namespace hopfield::cli {

/// Runs `python script arguments...` (a benchmark's NumPy peer) and returns its output, one
/// JSON line.  The interpreter gets an argument vector (posix_spawnp, no shell), so no
/// character of a path is ever run as a command.  Throws UsageError when it cannot start,
/// fails, or prints nothing.
std::string runPeerScript(const std::string& python, const std::string& script,
                          const std::vector<std::string>& arguments);

/// The number after "KEY": in the peer's JSON line: finite and > 0, or a UsageError (an
/// unparsable figure must never read as a speed-up of 0).
double peerNumber(const std::string& peerJson, const std::string& key);

} // namespace hopfield::cli
