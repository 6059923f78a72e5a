#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace hopfield::cli {

/// `ode`: integrate a continuous Hopfield or Krotov network (a preset, couplings from a
/// file, or a learning rule on stored patterns) and print the trajectory as CSV or a JSON
/// summary with the final state, its classification ("equilibrium", "limit-cycle",
/// "time-limit") and the fixed points (flags: the usage text in main.cpp).
int runOde(const std::vector<std::string>& options, std::ostream& out);

} // namespace hopfield::cli
