#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace hopfield::cli {

/// `control`: the controlled asymmetric network du/dt = (A + xi) g(u) - u (or the authors'
/// map) with its optimal control solved numerically; prints JSON with the outcome
/// (recognised, recorded, limit-cycle, wandering), the cost, the largest controls on
/// existing and silent synapses and the bounds used; `--trajectory csv` embeds the
/// trajectory as CSV text in the field "trajectory_csv".  `--preset NAME` starts from a
/// preset (flags override it); `--list-presets` prints the presets.
int runControlCommand(const std::vector<std::string>& options, std::ostream& out);

} // namespace hopfield::cli
