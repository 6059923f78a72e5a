#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace hopfield::cli {

/// `rbm`: the restricted Boltzmann machine of seed 001.  --check-duality compares the Hebb
/// network with its Gaussian RBM by exact enumeration (max_abs_log_ratio); --train cd|pcd
/// trains an RBM by contrastive divergence and prints its learning curve.  JSON.
int runRbm(const std::vector<std::string>& options, std::ostream& out);

} // namespace hopfield::cli
